package jp.sosportal.audit.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CsvCellsTest {

    @Test
    void formulaLookingCellsGetALeadingApostrophe() {
        assertThat(CsvCells.neutralised("=cmd|' /C calc'!A0")).isEqualTo("'=cmd|' /C calc'!A0");
        assertThat(CsvCells.neutralised("=HYPERLINK(\"http://evil.example\")")).startsWith("'=HYPERLINK");
        assertThat(CsvCells.neutralised("+1+1")).isEqualTo("'+1+1");
        assertThat(CsvCells.neutralised("-2")).isEqualTo("'-2");
        assertThat(CsvCells.neutralised("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(CsvCells.neutralised("\tx")).isEqualTo("'\tx");
        assertThat(CsvCells.neutralised("\rx")).isEqualTo("'\rx");
    }

    @Test
    void otherCellsStayAsTheyAre() {
        assertThat(CsvCells.neutralised("hospital")).isEqualTo("hospital");
        assertThat(CsvCells.neutralised("東京都 確認担当")).isEqualTo("東京都 確認担当");
        assertThat(CsvCells.neutralised("a=b")).isEqualTo("a=b");
        assertThat(CsvCells.neutralised("")).isEmpty();
        assertThat(CsvCells.neutralised(null)).isNull();
    }
}
