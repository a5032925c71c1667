package jp.sosportal.web.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

import org.apache.commons.csv.CSVFormat;
import org.junit.jupiter.api.Test;

class CsvExportTest {

    @Test
    void writesEveryPageAfterTheHeaderWithNoCellThatASpreadsheetWouldRun() throws IOException {
        List<Integer> rows = IntStream.range(0, CsvExport.PAGE + 1).boxed().toList();
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        CsvExport.write(out, CSVFormat.EXCEL, List.of("番号", "名前"),
                first -> rows.subList(first, Math.min(rows.size(), first + CsvExport.PAGE)),
                row -> Arrays.asList(row, row == 0 ? "=HYPERLINK(\"x\")" : row == 1 ? null : "行" + row));

        byte[] bytes = out.toByteArray();
        assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        List<String> lines = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8).lines().toList();
        assertThat(lines).hasSize(CsvExport.PAGE + 2);
        assertThat(lines.subList(0, 4)).containsExactly("番号,名前", "0,\"'=HYPERLINK(\"\"x\"\")\"", "1,", "2,行2");
        assertThat(lines.get(lines.size() - 1)).isEqualTo(CsvExport.PAGE + ",行" + CsvExport.PAGE);
    }
}
