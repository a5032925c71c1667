package jp.sosportal.batch.control;

import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import jp.sosportal.platform.Labels;

/**
 * A survey CSV read one record at a time (RFC 4180 by Commons CSV: quoted commas and line breaks), after its
 * header was checked: every column of the kind present once, in any order, and nothing else. Each record becomes
 * a {@link SurveyRow}; a row repeating an institution and date (and item) of an earlier row of the same file is
 * refused with the line of the first.
 */
public final class SurveyCsv implements Closeable {

    static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).get();

    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private final RowParser rowParser;
    private final FirstLines firstLines = new FirstLines();
    private long recordsRead;

    private SurveyCsv(CSVParser parser, RowParser rowParser) {
        this.parser = parser;
        this.records = parser.iterator();
        this.rowParser = rowParser;
    }

    /**
     * Opens a file that {@link SurveyFiles#inspect} accepted. {@code itemCodes} maps the words accepted in the
     * 物資 column (names and codes of the item master) to item codes.
     */
    public static SurveyCsv open(Path file, Charset charset, SurveyKind kind, Map<String, String> itemCodes) {
        try {
            return read(SurveyFiles.open(file, charset), kind, itemCodes);
        } catch (IOException e) {
            throw new RejectedFileException(Labels.text("batch.file.unreadable", e.getMessage()));
        }
    }

    static SurveyCsv read(Reader reader, SurveyKind kind, Map<String, String> itemCodes) throws IOException {
        CSVParser parser = CSVParser.builder().setReader(reader).setFormat(FORMAT).get();
        Iterator<CSVRecord> records = parser.iterator();
        if (!records.hasNext()) {
            parser.close();
            throw new RejectedFileException(Labels.text("batch.file.empty"));
        }
        List<String> header = new ArrayList<>();
        records.next().forEach(cell -> header.add(Text.normalize(cell)));
        int[] positions = positions(kind, header);
        return new SurveyCsv(parser, new RowParser(kind, positions, header.size(), itemCodes));
    }

    /** The next row, or null at the end of the file. */
    public SurveyRow next() {
        long line = parser.getCurrentLineNumber() + 1; // before hasNext(), which reads the record
        try {
            if (!records.hasNext()) {
                return null;
            }
            CSVRecord record = records.next();
            recordsRead++;
            return refuseRepeated(rowParser.parse(line, record));
        } catch (UncheckedIOException | IllegalStateException e) {
            // Commons CSV reports an unclosed quote or an unreadable byte this way: the file cannot be trusted.
            throw new RejectedFileException(Labels.text("batch.file.broken", line, e.getMessage()));
        }
    }

    /** Passes over rows a previous run already handled (a restart), still remembering their keys. */
    public void skip(long count) {
        while (recordsRead < count && next() != null) {
            // the rows are re-read for their duplicate keys only
        }
    }

    /** Records read so far (the header not counted): the reader's checkpoint. */
    public long recordsRead() {
        return recordsRead;
    }

    @Override
    public void close() throws IOException {
        parser.close();
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

    private static int[] positions(SurveyKind kind, List<String> header) {
        List<String> problems = new ArrayList<>();
        int[] positions = new int[kind.columns().size()];
        for (int i = 0; i < positions.length; i++) {
            String label = Text.normalize(kind.columns().get(i).label());
            positions[i] = header.indexOf(label);
            if (positions[i] < 0) {
                problems.add(Labels.text("batch.header.missing", kind.columns().get(i).label()));
            } else if (header.lastIndexOf(label) != positions[i]) {
                problems.add(Labels.text("batch.header.repeated", kind.columns().get(i).label()));
            }
        }
        Set<String> known = new LinkedHashSet<>();
        kind.columns().forEach(column -> known.add(Text.normalize(column.label())));
        header.stream().filter(name -> !known.contains(name))
                .forEach(name -> problems.add(Labels.text("batch.header.unknown", name)));
        if (!problems.isEmpty()) {
            throw new RejectedFileException(Labels.text("batch.header.wrong", String.join(" ", problems)));
        }
        return positions;
    }
}
