package jp.sosportal.web.platform;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;
import java.util.function.IntFunction;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import jp.sosportal.platform.SpreadsheetCells;

/**
 * A filtered table as a CSV file: UTF-8 with a BOM (Excel opens it as such), a header, then every row in the
 * table's order, read a page at a time so that a large export never sits in memory. Text cells are neutralised
 * ({@link SpreadsheetCells}): a user name typed at the login page is a stranger's text.
 */
public final class CsvExport {

    public static final int PAGE = 1000;

    private CsvExport() {
    }

    /** {@code pageFrom} answers at most {@link #PAGE} rows from the given position. */
    public static <T> void write(OutputStream out, CSVFormat format, List<String> header,
                                 IntFunction<List<T>> pageFrom, Function<T, List<?>> cells) throws IOException {
        out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        CSVPrinter csv = new CSVPrinter(writer, format);
        csv.printRecord(header);
        for (int first = 0; ; first += PAGE) {
            List<T> page = pageFrom.apply(first);
            for (T row : page) {
                csv.printRecord(SpreadsheetCells.neutralise(cells.apply(row).toArray()));
            }
            csv.flush();
            if (page.size() < PAGE) {
                return;
            }
        }
    }
}
