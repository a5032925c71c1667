package jp.sosportal.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class SpreadsheetCellsTest {

    @ParameterizedTest
    @ValueSource(strings = {"=cmd|' /C calc'!A0", "=HYPERLINK(\"http://evil.example\",\"x\")", "+1+1", "-2+3",
            "@SUM(A1)", "\tx", "\rx"})
    void aCellThatAFormulaCouldStartWithGetsALeadingApostrophe(String cell) {
        assertThat(SpreadsheetCells.neutralise(cell)).isEqualTo("'" + cell);
    }

    @ParameterizedTest
    @ValueSource(strings = {"東京都立新宿病院", "1310000001", "a=b", "2021/01/04", " =x", "'already"})
    void otherTextStaysAsItIs(String cell) {
        assertThat(SpreadsheetCells.neutralise(cell)).isEqualTo(cell);
    }

    @Test
    void nullAndEmptyStayAndNumbersAreNotText() {
        assertThat(SpreadsheetCells.neutralise((String) null)).isNull();
        assertThat(SpreadsheetCells.neutralise("")).isEmpty();
        assertThat(SpreadsheetCells.neutralise("=a", 5L, -3, null)).containsExactly("'=a", 5L, -3, null);
    }
}
