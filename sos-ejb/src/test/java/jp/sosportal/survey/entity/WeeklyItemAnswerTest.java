package jp.sosportal.survey.entity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The revision text a replaced weekly row keeps, written by the page/API (Java) and the batch load (SQL) alike. */
class WeeklyItemAnswerTest {

    @Test
    void theRevisionTextNamesTheItemAndEveryValue() {
        assertThat(new WeeklyItemAnswer("SURGICAL_MASK", Outlook.WITHIN_1_WEEK, 100, 200, 0))
                .hasToString("SURGICAL_MASK:WITHIN_1_WEEK/100/200/0");
    }

    @Test
    void theBatchWritesTheSameTextInSql() {
        assertThat(WeeklyItemAnswer.revisionSql("i")).isEqualTo("i.item_code || ':' || i.outlook || '/' || i.stock"
                + " || '/' || i.weekly_use || '/' || i.planned_purchase");
    }
}
