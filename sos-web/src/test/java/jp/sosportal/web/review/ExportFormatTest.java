package jp.sosportal.web.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import jp.sosportal.reporting.control.ExportRow;

class ExportFormatTest {

    static final List<String> HEADER = List.of("タイトル", "申請日時", "対応予定日", "医療機関名", "医療機関ID",
            "医療機関種別", "都道府県", "物資", "対応ステータス", "確認段階");

    /** Pages of two rows, five rows in all; records which pages were asked for. */
    final List<Integer> asked = new ArrayList<>();

    List<ExportRow> page(int page) {
        asked.add(page);
        return IntStream.range(page * 2, Math.min(5, page * 2 + 2)).mapToObj(ExportFormatTest::row).toList();
    }

    static ExportRow row(int n) {
        return new ExportRow("2021/2/1_病院\"" + n + "\",_緊急配布要請", n == 4 ? null : LocalDateTime.of(2021, 2, 1, 9, n),
                LocalDate.of(2021, 2, 2), "病院" + n, "131000000" + n, "病院", "東京都", "①サージカルマスク、⑤非滅菌手袋",
                "都道府県・国確認中", "都道府県確認待ち");
    }

    @Test
    void csvHasABomAHeaderAndEveryPageInOrderQuotedForExcel() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ExportFormat.CSV.write(out, "要請の確認", HEADER, this::page);
        byte[] bytes = out.toByteArray();
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        List<String> lines = text.lines().toList();
        assertThat(lines).hasSize(6);
        assertThat(lines.get(0)).isEqualTo(String.join(",", HEADER));
        assertThat(lines.get(1)).isEqualTo("\"2021/2/1_病院\"\"0\"\",_緊急配布要請\",2021/02/01 09:00,2021/02/02,病院0,"
                + "1310000000,病院,東京都,①サージカルマスク、⑤非滅菌手袋,都道府県・国確認中,都道府県確認待ち");
        assertThat(lines.get(5)).contains(",,2021/02/02,病院4,"); // no 申請日時: an empty cell
        assertThat(text).contains("\r\n");
        assertThat(asked).containsExactly(0, 1, 2, 3);
    }

    @Test
    void xlsxHasTheSameCellsOnANamedSheet() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ExportFormat.XLSX.write(out, "要請の確認", HEADER, this::page);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            Sheet sheet = workbook.getSheet("要請の確認");
            assertThat(sheet.getLastRowNum()).isEqualTo(5);
            assertThat(sheet.getRow(0).getCell(9).getStringCellValue()).isEqualTo("確認段階");
            assertThat(sheet.getRow(3).getCell(4).getStringCellValue()).isEqualTo("1310000002");
            assertThat(sheet.getRow(3).getCell(1).getStringCellValue()).isEqualTo("2021/02/01 09:02");
            assertThat(sheet.getRow(5).getCell(0).getStringCellValue()).isEqualTo("2021/2/1_病院\"4\",_緊急配布要請");
        }
    }

    // Issue 13 (ASVS 5.3.1): an institution named like a formula stays text in both files.

    static final ExportRow FORMULAS = new ExportRow("=HYPERLINK(\"http://evil.example\",\"x\")", null, null,
            "=cmd|' /C calc'!A0", "+1310000001", "@SUM(A1)", "-東京都", "\tタブ", "\r改行", "確認中");

    List<ExportRow> formulaPage(int page) {
        return page == 0 ? List.of(FORMULAS) : List.of();
    }

    @Test
    void csvCellsThatCouldStartAFormulaGetALeadingApostrophe() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ExportFormat.CSV.write(out, "要請の確認", HEADER, this::formulaPage);
        String text = new String(out.toByteArray(), StandardCharsets.UTF_8);
        assertThat(text).contains("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\")\"", "'=cmd|' /C calc'!A0",
                "'+1310000001", "'@SUM(A1)", "'-東京都", ",'\tタブ,", "\"'\r改行\"", ",確認中");
        assertThat(text).doesNotContain(",=", ",+", ",@", ",-");
    }

    @Test
    void xlsxCellsThatCouldStartAFormulaAreTextWithALeadingApostrophe() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ExportFormat.XLSX.write(out, "要請の確認", HEADER, this::formulaPage);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            Sheet sheet = workbook.getSheet("要請の確認");
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue())
                    .isEqualTo("'=HYPERLINK(\"http://evil.example\",\"x\")");
            assertThat(sheet.getRow(1).getCell(3).getStringCellValue()).isEqualTo("'=cmd|' /C calc'!A0");
            assertThat(sheet.getRow(1).getCell(4).getStringCellValue()).isEqualTo("'+1310000001");
            assertThat(sheet.getRow(1).getCell(9).getStringCellValue()).isEqualTo("確認中");
        }
    }
}
