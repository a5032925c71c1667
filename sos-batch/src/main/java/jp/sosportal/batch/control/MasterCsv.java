package jp.sosportal.batch.control;

import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.csv.CSVRecord;

import jp.sosportal.institution.control.InstitutionInput;
import jp.sosportal.institution.control.InstitutionRow;
import jp.sosportal.institution.entity.InstitutionType;
import jp.sosportal.platform.Labels;
import jp.sosportal.platform.SpreadsheetCells;

/**
 * A 医療機関マスタ CSV read one record at a time (the same RFC 4180 reading and file checks as the survey files),
 * after its header was checked: every {@link MasterColumn} once, in any order, and nothing else. Cells are
 * normalised (NFKC); the type is its label (病院…) or code (HOSPITAL…), the prefecture its name (東京都) or JIS code
 * (13, or 1 for 01), 有効 is 有効/無効 or 1/0 and empty means 有効. Whether the values are allowed is for
 * {@link MasterRowCheck}.
 */
public final class MasterCsv implements Closeable {

    private final CsvRecords records;
    private final int[] positions;
    private final Map<String, String> prefectureCodes;
    private final String activeWords = Labels.text("institution.words.active");
    private final String inactiveWords = Labels.text("institution.words.inactive");

    private MasterCsv(CsvRecords records, Map<String, String> prefectureCodes) {
        this.records = records;
        this.positions = records.positions(header());
        this.prefectureCodes = prefectureCodes;
    }

    /** The header of the file, as the export writes it and the import reads it. */
    public static List<String> header() {
        return java.util.Arrays.stream(MasterColumn.values()).map(MasterColumn::label).toList();
    }

    /**
     * A row of the export, in the columns of {@link #header()}: what the import reads back unchanged. Text a
     * spreadsheet would run as a formula is neutralised ({@link SpreadsheetCells}).
     */
    public static List<String> cells(InstitutionRow row) {
        return java.util.Arrays.stream(SpreadsheetCells.neutralise(row.code(), row.name(), row.type().label(),
                        row.prefectureName(), row.aggregatorCode(), row.address(), row.phone(),
                        Labels.text(row.active() ? "institution.active.yes" : "institution.active.no")))
                .map(cell -> cell == null ? "" : cell.toString()).toList();
    }

    /** Opens a file that {@link SurveyFiles#inspect} accepted; {@code prefectureCodes}: name → JIS code. */
    public static MasterCsv open(Path file, Charset charset, Map<String, String> prefectureCodes) {
        return new MasterCsv(CsvRecords.open(file, charset), prefectureCodes);
    }

    static MasterCsv read(Reader reader, Map<String, String> prefectureCodes) throws IOException {
        return new MasterCsv(CsvRecords.read(reader), prefectureCodes);
    }

    /** The next row, or null at the end of the file. */
    public MasterRow next() {
        return records.next(this::parse);
    }

    /** Passes over rows a previous run already handled (a restart). */
    public void skip(long count) {
        while (records.recordsRead() < count && next() != null) {
            // nothing to remember: the file's codes are indexed before the rows are read
        }
    }

    /** Records read so far (the header not counted): the reader's checkpoint. */
    public long recordsRead() {
        return records.recordsRead();
    }

    @Override
    public void close() throws IOException {
        records.close();
    }

    private MasterRow parse(long line, CSVRecord record) {
        if (record.size() != records.headerSize()) {
            return new MasterRow(line, new InstitutionInput("", "", null, "", null, null), null, true,
                    List.of(new CellError(null, null, Labels.text("batch.row.columnCount", records.headerSize(),
                            record.size()))));
        }
        List<CellError> errors = new ArrayList<>();
        InstitutionInput input = new InstitutionInput(cell(record, MasterColumn.CODE), cell(record, MasterColumn.NAME),
                type(cell(record, MasterColumn.TYPE), errors), prefecture(cell(record, MasterColumn.PREFECTURE)),
                cell(record, MasterColumn.PHONE), cell(record, MasterColumn.ADDRESS)).normalized();
        String aggregator = cell(record, MasterColumn.AGGREGATOR);
        return new MasterRow(line, input, aggregator.isEmpty() ? null : aggregator,
                active(cell(record, MasterColumn.ACTIVE), errors), errors);
    }

    /** The cell, normalised; the apostrophe the export puts before formula-like text is taken off again. */
    private String cell(CSVRecord record, MasterColumn column) {
        String value = Text.normalize(record.get(positions[column.ordinal()]));
        return value.length() > 1 && value.charAt(0) == '\'' && "=+-@".indexOf(value.charAt(1)) >= 0
                ? value.substring(1) : value;
    }

    private static InstitutionType type(String value, List<CellError> errors) {
        if (value.isEmpty()) {
            return null; // the rules say it is required
        }
        for (InstitutionType type : InstitutionType.values()) {
            if (Text.normalize(type.label()).equals(value) || type.name().equalsIgnoreCase(value)) {
                return type;
            }
        }
        errors.add(new CellError(MasterColumn.TYPE.label(), value, Labels.text("institution.type.unknown", value)));
        return null;
    }

    /** A known name or a number becomes the JIS code; anything else stays as typed, for the rules to name. */
    private String prefecture(String value) {
        String code = prefectureCodes.get(value);
        if (code != null) {
            return code;
        }
        return value.matches("\\d") ? "0" + value : value;
    }

    private boolean active(String value, List<CellError> errors) {
        String word = value.toLowerCase(Locale.ROOT);
        if (word.isEmpty() || activeWords.contains("|" + word + "|")) {
            return true;
        }
        if (inactiveWords.contains("|" + word + "|")) {
            return false;
        }
        errors.add(new CellError(MasterColumn.ACTIVE.label(), value, Labels.text("institution.active.unknown", value)));
        return true;
    }
}
