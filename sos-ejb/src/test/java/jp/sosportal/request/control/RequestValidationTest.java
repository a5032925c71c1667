package jp.sosportal.request.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import jp.sosportal.eligibility.control.RequestedItem;
import jp.sosportal.platform.FieldError;
import jp.sosportal.platform.InvalidInputException;

/** SPEC.md §5/§6.6: what a request form must hold, and the message for each refusal. */
class RequestValidationTest {

    static final Map<String, RequestedItem> ITEMS = Map.of(
            "SURGICAL_MASK", new RequestedItem("SURGICAL_MASK", "サージカルマスク", false),
            "N95_MASK", new RequestedItem("N95_MASK", "N95マスク(DS2を含む)", true),
            "NON_STERILE_GLOVES", new RequestedItem("NON_STERILE_GLOVES", "非滅菌手袋", false));

    @Test
    void aCompleteFormBecomesTheContent() {
        var content = RequestValidation.validate(new RequestInput(true, false, List.of("SURGICAL_MASK"), "手袋が不足"),
                ITEMS);
        assertThat(content.getItemCodes()).containsExactly("SURGICAL_MASK");
        assertThat(content.getComment()).isEqualTo("手袋が不足");
        assertThat(content.isN95ConditionsConfirmed()).isFalse();
    }

    @Test
    void theFirstCheckboxIsRequiredWithTheManualsMessage() {
        InvalidInputException refused = refuse(new RequestInput(false, false, List.of("SURGICAL_MASK"), null));
        assertThat(refused.isRuleViolation()).isTrue();
        assertThat(refused.errors()).containsExactly(new FieldError("conditionsConfirmed",
                "「上記の緊急配布条件を満たしていることを確認した」にチェックをしてください。"));
    }

    @ParameterizedTest
    @CsvSource({"false, true", "true, false"})
    void n95NeedsItsOwnCheckbox(boolean n95Confirmed, boolean refusedExpected) {
        RequestInput input = new RequestInput(true, n95Confirmed, List.of("N95_MASK"), null);
        if (refusedExpected) {
            InvalidInputException refused = refuse(input);
            assertThat(refused.isRuleViolation()).isTrue();
            assertThat(refused.errors()).extracting(FieldError::field).containsExactly("n95ConditionsConfirmed");
        } else {
            assertThat(RequestValidation.validate(input, ITEMS).isN95ConditionsConfirmed()).isTrue();
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "'' | items | 要請する物資を1つ以上選択してください。",
            "GOLD_BARS | items | 「GOLD_BARS」は登録されていない物資です。",
            "SURGICAL_MASK,SURGICAL_MASK | items | 「サージカルマスク」が重複しています。"})
    void itemsMustBeKnownAndOnce(String items, String field, String message) {
        List<String> codes = items.isEmpty() ? List.of() : Arrays.asList(items.split(","));
        InvalidInputException refused = refuse(new RequestInput(true, false, codes, null));
        assertThat(refused.isRuleViolation()).isFalse();
        assertThat(refused.errors()).contains(new FieldError(field, message));
    }

    @Test
    void theCommentHoldsAtMost1000Characters() {
        assertThat(RequestValidation.validate(new RequestInput(true, false, List.of("SURGICAL_MASK"), "あ".repeat(1000)),
                ITEMS).getComment()).hasSize(1000);
        InvalidInputException refused = refuse(new RequestInput(true, false, List.of("SURGICAL_MASK"),
                "あ".repeat(1001)));
        assertThat(refused.errors()).containsExactly(new FieldError("comment", "1,000文字以内で入力してください。"));
    }

    @Test
    void badValuesAreReportedBeforeRulesAndAllAtOnce() {
        InvalidInputException refused = refuse(new RequestInput(false, false, List.of(), "x".repeat(1001)));
        assertThat(refused.isRuleViolation()).isFalse();
        assertThat(refused.errors()).extracting(FieldError::field).containsExactly("items", "comment");
    }

    private static InvalidInputException refuse(RequestInput input) {
        return catchThrowableOfType(InvalidInputException.class, () -> RequestValidation.validate(input, ITEMS));
    }
}
