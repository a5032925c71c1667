package jp.sosportal.survey.entity;

import static jp.sosportal.survey.entity.Outlook.FOUR_WEEKS_OR_MORE;
import static jp.sosportal.survey.entity.Outlook.TWO_TO_THREE_WEEKS;
import static jp.sosportal.survey.entity.Outlook.WITHIN_1_WEEK;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.OptionalInt;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;


class OutlookBandsTest {

    @ParameterizedTest(name = "{0} days on hand stand for {1}")
    @CsvSource({"0, WITHIN_1_WEEK", "1, WITHIN_1_WEEK", "7, WITHIN_1_WEEK", "8, TWO_TO_THREE_WEEKS",
            "20, TWO_TO_THREE_WEEKS", "27, TWO_TO_THREE_WEEKS", "28, FOUR_WEEKS_OR_MORE", "400, FOUR_WEEKS_OR_MORE"})
    void bands(int days, Outlook expected) {
        assertEquals(expected, OutlookBands.expected(days));
    }

    @ParameterizedTest(name = "stock {0}, use {1}, outlook {2}: contradiction {3}")
    @CsvSource({
            // 5 days (500 × 7 ÷ 700) but 「4週間以上」: the example
            "500, 700, FOUR_WEEKS_OR_MORE, 5",
            "500, 700, TWO_TO_THREE_WEEKS, 5",
            "500, 700, WITHIN_1_WEEK, ",
            // 40 days but 「1週間以内」
            "4000, 700, WITHIN_1_WEEK, 40",
            "4000, 700, TWO_TO_THREE_WEEKS, 40",
            "4000, 700, FOUR_WEEKS_OR_MORE, ",
            // the band edges: 7 / 8 and 27 / 28 days
            "100, 100, WITHIN_1_WEEK, ",
            "100, 100, TWO_TO_THREE_WEEKS, 7",
            "800, 700, TWO_TO_THREE_WEEKS, ",
            "800, 700, WITHIN_1_WEEK, 8",
            "2799, 700, TWO_TO_THREE_WEEKS, ",
            "2799, 700, FOUR_WEEKS_OR_MORE, 27",
            "2800, 700, FOUR_WEEKS_OR_MORE, ",
            "2800, 700, TWO_TO_THREE_WEEKS, 28",
            // no meaningful figure: no warning
            "0, 700, FOUR_WEEKS_OR_MORE, ",
            "500, 0, WITHIN_1_WEEK, ",
            "0, 0, TWO_TO_THREE_WEEKS, "})
    void contradiction(int stock, int use, Outlook chosen, Integer days) {
        OptionalInt found = OutlookBands.contradiction(chosen, stock, use);
        assertEquals(days == null ? OptionalInt.empty() : OptionalInt.of(days), found);
        assertEquals(days != null, OutlookBands.contradicts(chosen.name(), stock, use));
    }

    @ParameterizedTest
    @CsvSource({"0, 10", "10, 0", "-1, 10", "10, -5"})
    void noDaysOnHandWithoutStockOrUse(int stock, int use) {
        assertTrue(OutlookBands.daysOnHand(stock, use).isEmpty());
    }

    @ParameterizedTest
    @CsvSource(value = {"null", "'4週間以上'", "''"}, nullValues = "null")
    void unknownOrMissingOutlookContradictsNothing(String code) {
        assertFalse(OutlookBands.contradicts(code, 500, 700));
        assertFalse(OutlookBands.contradicts((Outlook) null, null, 700));
    }
}
