package jp.sosportal.survey.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The rows as COPY's text format reads them: one line a row, tabs between fields, specials escaped. */
class CopyStageTest {

    @Test
    void rowsBecomeLinesOfTabSeparatedFieldsWithNullAndSpecialCharactersEscaped() {
        List<List<?>> rows = List.of(List.of(1L, LocalDate.of(2021, 1, 4), 3, true),
                Arrays.asList(2L, null, "a\tb\\c\nd\re", false));
        assertThat(CopyStage.text(rows, row -> row))
                .isEqualTo("1\t2021-01-04\t3\ttrue\n2\t\\N\ta\\tb\\\\c\\nd\\re\tfalse\n");
    }
}
