package jp.sosportal.batch.control;

import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import jp.sosportal.platform.Labels;

/**
 * A survey CSV read one record at a time (RFC 4180 by Commons CSV: quoted commas and line breaks), after its
 * header was checked: every column of the kind present once, in any order, and nothing else. Each record becomes
 * a {@link SurveyRow}; a row repeating an institution and date (and item) of an earlier row of the same file is
 * refused with the line of the first.
 */
public final class SurveyCsv implements Closeable {

    private final CsvRecords records;
    private final RowParser rowParser;
    private final FirstLines firstLines = new FirstLines();

    private SurveyCsv(CsvRecords records, RowParser rowParser) {
        this.records = records;
        this.rowParser = rowParser;
    }

    /**
     * Opens a file that {@link SurveyFiles#inspect} accepted. {@code itemCodes} maps the words accepted in the
     * 物資 column (names and codes of the item master) to item codes.
     */
    public static SurveyCsv open(Path file, Charset charset, SurveyKind kind, Map<String, String> itemCodes) {
        return of(CsvRecords.open(file, charset), kind, itemCodes);
    }

    static SurveyCsv read(Reader reader, SurveyKind kind, Map<String, String> itemCodes) throws IOException {
        return of(CsvRecords.read(reader), kind, itemCodes);
    }

    private static SurveyCsv of(CsvRecords records, SurveyKind kind, Map<String, String> itemCodes) {
        int[] positions = records.positions(kind.columns().stream().map(Column::label).toList());
        return new SurveyCsv(records, new RowParser(kind, positions, records.headerSize(), itemCodes));
    }

    /** The next row, or null at the end of the file. */
    public SurveyRow next() {
        return records.next((line, record) -> refuseRepeated(rowParser.parse(line, record)));
    }

    /** Passes over rows a previous run already handled (a restart), still remembering their keys. */
    public void skip(long count) {
        while (records.recordsRead() < count && next() != null) {
            // the rows are re-read for their duplicate keys only
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

    private SurveyRow refuseRepeated(SurveyRow row) {
        if (row.institutionCode() == null || row.institutionCode().isEmpty() || row.date() == null) {
            return row; // no key to repeat: the row is refused for that
        }
        Long first = firstLines.putIfAbsent(row.institutionCode(), row.date(),
                row.weekly() == null ? null : row.weekly().item(), row.line());
        if (first == null) {
            return row;
        }
        return row.withErrors(List.of(new CellError(Column.INSTITUTION_CODE.label(), row.institutionCode(),
                Labels.text(row.weekly() == null ? "batch.row.repeated" : "batch.row.repeatedItem", first))));
    }
}
