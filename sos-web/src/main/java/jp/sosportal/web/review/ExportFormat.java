package jp.sosportal.web.review;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.IntFunction;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import jp.sosportal.platform.Dates;
import jp.sosportal.platform.SpreadsheetCells;
import jp.sosportal.reporting.control.ExportRow;

/**
 * The two export files. Both take the rows page by page from {@code pages} (page n, an empty list after the
 * last) and write them out at once, so memory holds one page whatever the number of rows.
 */
public enum ExportFormat {

    /** UTF-8 with a byte order mark, so that Excel opens the Japanese text as such; CRLF lines. */
    CSV("csv") {
        @Override
        void write(OutputStream out, String title, List<String> header, IntFunction<List<ExportRow>> pages) throws IOException {
            out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            CSVPrinter csv = new CSVPrinter(writer, CSVFormat.EXCEL);
            csv.printRecord(header);
            for (int page = 0; ; page++) {
                List<ExportRow> rows = pages.apply(page);
                if (rows.isEmpty()) {
                    break;
                }
                for (ExportRow row : rows) {
                    csv.printRecord(cells(row));
                }
                csv.flush();
            }
            csv.flush();
        }
    },

    /** Apache POI's streaming workbook: only the last 100 rows stay in memory, the rest go to a temp file. */
    XLSX("xlsx") {
        @Override
        void write(OutputStream out, String title, List<String> header, IntFunction<List<ExportRow>> pages) throws IOException {
            SXSSFWorkbook workbook = new SXSSFWorkbook(100);
            workbook.setCompressTempFiles(true);
            try {
                SXSSFSheet sheet = workbook.createSheet(title);
                append(sheet.createRow(0), header);
                int next = 1;
                for (int page = 0; ; page++) {
                    List<ExportRow> rows = pages.apply(page);
                    if (rows.isEmpty()) {
                        break;
                    }
                    for (ExportRow row : rows) {
                        append(sheet.createRow(next++), cells(row));
                    }
                }
                workbook.write(out);
            } finally {
                workbook.dispose();
                workbook.close();
            }
        }
    };


    private final String extension;

    ExportFormat(String extension) {
        this.extension = extension;
    }

    public String extension() {
        return extension;
    }

    abstract void write(OutputStream out, String title, List<String> header, IntFunction<List<ExportRow>> pages) throws IOException;

    /**
     * The table's columns in its order, dates as the table shows them; text a user typed (titles carry the
     * institution's name) cannot start a formula.
     */
    static List<String> cells(ExportRow row) {
        return Stream.of(row.title(), Dates.dateTime(row.submittedAt()),
                row.handlingDate() == null ? "" : Dates.DATE.format(row.handlingDate()), row.institutionName(),
                row.institutionCode(), row.type(), row.prefecture(), row.items(), row.status(), row.stage())
                .map(SpreadsheetCells::neutralise).toList();
    }

    private static void append(Row row, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            row.createCell(i).setCellValue(cells.get(i));
        }
    }
}
