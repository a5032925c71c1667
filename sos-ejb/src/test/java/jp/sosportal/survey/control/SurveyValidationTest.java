package jp.sosportal.survey.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import jp.sosportal.platform.FieldError;

/** The survey rules shared by pages, API and batch: required, whole numbers ≥ 0, no future date, known codes. */
class SurveyValidationTest {

    static final LocalDate TODAY = LocalDate.of(2021, 1, 4);
    static final Map<String, String> ITEMS = Map.of("SURGICAL_MASK", "サージカルマスク", "NON_STERILE_GLOVES", "非滅菌手袋");
    static final DailyInput VALID_DAILY = new DailyInput(0, 2, 0, 0, true, false);

    @Test
    void aValidDailyAnswerOfTodayOrEarlierPasses() {
        assertThat(SurveyValidation.daily(TODAY, TODAY, VALID_DAILY)).isEmpty();
        assertThat(SurveyValidation.daily(TODAY.minusYears(1), TODAY, VALID_DAILY)).isEmpty();
    }

    @Test
    void aFutureDateIsRefused() {
        assertThat(SurveyValidation.daily(TODAY.plusDays(1), TODAY, VALID_DAILY))
                .containsExactly(new FieldError("date", "未来の日付は指定できません。"));
    }

    @Test
    void negativeAndMissingValuesAreNamed() {
        var errors = SurveyValidation.daily(null, TODAY, new DailyInput(-1, null, 0, 0, null, false));
        assertThat(errors).containsExactly(new FieldError("date", "入力してください。"),
                new FieldError("antigenQuantitativeTests", "0以上の整数を入力してください。"),
                new FieldError("antigenQualitativeTests", "入力してください。"),
                new FieldError("testingInstitution", "入力してください。"));
    }

    @Test
    void weeklyItemsMustBeKnownOnceWithAnOutlookAndCounts() {
        var errors = SurveyValidation.weekly(TODAY, TODAY, List.of(
                new WeeklyItemInput("SURGICAL_MASK", "WITHIN_1_WEEK", 100, 70, 0),
                new WeeklyItemInput("SURGICAL_MASK", "SOMETIME", 100, -5, 0),
                new WeeklyItemInput("GOLD", "WITHIN_1_WEEK", 1, 1, 1)), ITEMS);
        assertThat(errors).containsExactly(
                new FieldError("items[1].item", "「サージカルマスク」が重複しています。"),
                new FieldError("items[1].outlook", "「サージカルマスク」の備蓄見通しを選択してください。"),
                new FieldError("items[1].weeklyUse", "0以上の整数を入力してください。"),
                new FieldError("items[2].item", "「GOLD」は登録されていない物資です。"));
    }

    @Test
    void aWeeklyAnswerNeedsAtLeastOneItem() {
        assertThat(SurveyValidation.weekly(TODAY, TODAY, List.of(), ITEMS))
                .containsExactly(new FieldError("items", "週次調査は物資を1つ以上回答してください。"));
    }
}
