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
import java.util.Set;
import java.util.function.BiFunction;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import jp.sosportal.platform.Labels;

/**
 * The records of a CSV file after its header, one at a time with their line numbers: the reading the survey files
 * and the 医療機関マスタ share. RFC 4180 by Commons CSV (quoted commas and line breaks); an empty file, a header
 * that lacks, repeats or adds a column, an unclosed quote or an unreadable byte reject the whole file.
 */
final class CsvRecords implements Closeable {

    static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).get();

    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private final List<String> header = new ArrayList<>();
    private long recordsRead;

    private CsvRecords(CSVParser parser) {
        this.parser = parser;
        this.records = parser.iterator();
    }

    /** Opens a file that {@link SurveyFiles#inspect} accepted and reads its header. */
    static CsvRecords open(Path file, Charset charset) {
        try {
            return read(SurveyFiles.open(file, charset));
        } catch (IOException e) {
            throw new RejectedFileException(Labels.text("batch.file.unreadable", e.getMessage()));
        }
    }

    static CsvRecords read(Reader reader) throws IOException {
        CsvRecords csv = new CsvRecords(CSVParser.builder().setReader(reader).setFormat(FORMAT).get());
        if (!csv.records.hasNext()) {
            csv.close();
            throw new RejectedFileException(Labels.text("batch.file.empty"));
        }
        csv.records.next().forEach(cell -> csv.header.add(Text.normalize(cell)));
        return csv;
    }

    /** How many cells the header has: a record of another size is refused. */
    int headerSize() {
        return header.size();
    }

    /**
     * Where each of {@code labels} stands in the header (in their order); a header lacking or repeating one of
     * them, or holding another column, rejects the file, naming every problem at once.
     */
    int[] positions(List<String> labels) {
        List<String> problems = new ArrayList<>();
        int[] positions = new int[labels.size()];
        for (int i = 0; i < positions.length; i++) {
            String label = Text.normalize(labels.get(i));
            positions[i] = header.indexOf(label);
            if (positions[i] < 0) {
                problems.add(Labels.text("batch.header.missing", labels.get(i)));
            } else if (header.lastIndexOf(label) != positions[i]) {
                problems.add(Labels.text("batch.header.repeated", labels.get(i)));
            }
        }
        Set<String> known = new LinkedHashSet<>();
        labels.forEach(label -> known.add(Text.normalize(label)));
        header.stream().filter(name -> !known.contains(name))
                .forEach(name -> problems.add(Labels.text("batch.header.unknown", name)));
        if (!problems.isEmpty()) {
            throw new RejectedFileException(Labels.text("batch.header.wrong", String.join(" ", problems)));
        }
        return positions;
    }

    /** The next record parsed with its line number, or null at the end of the file. */
    <T> T next(BiFunction<Long, CSVRecord, T> parse) {
        long line = parser.getCurrentLineNumber() + 1; // before hasNext(), which reads the record
        try {
            if (!records.hasNext()) {
                return null;
            }
            CSVRecord record = records.next();
            recordsRead++;
            return parse.apply(line, record);
        } catch (UncheckedIOException | IllegalStateException e) {
            // Commons CSV reports an unclosed quote or an unreadable byte this way: the file cannot be trusted.
            throw new RejectedFileException(Labels.text("batch.file.broken", line, e.getMessage()));
        }
    }

    /** Records read so far (the header not counted): the reader's checkpoint. */
    long recordsRead() {
        return recordsRead;
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }
}
