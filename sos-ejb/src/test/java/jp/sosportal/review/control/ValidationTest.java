package jp.sosportal.review.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import jp.sosportal.platform.FieldError;
import jp.sosportal.platform.InvalidInputException;
import jp.sosportal.request.control.ApprovedQuantities;

/** What reviewers type: 承認数量 per requested item, and a new distribution. Every bad value is named by field. */
class ValidationTest {

    static final List<String> ITEMS = List.of("SURGICAL_MASK", "NON_STERILE_GLOVES");
    static final int CAP = 1_000_000;

    @Test
    void quantitiesForEveryItemWithinTheCapAreTaken() {
        Map<String, Integer> typed = Map.of("NON_STERILE_GLOVES", 0, "SURGICAL_MASK", CAP);
        assertThat(ApprovedQuantities.validate(typed, ITEMS, CAP))
                .containsExactly(Map.entry("SURGICAL_MASK", CAP), Map.entry("NON_STERILE_GLOVES", 0));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "       | 入力してください。",
            "-1     | 0以上の整数を入力してください。",
            "1000001| 1,000,000以下の数量を入力してください。"})
    void aBadQuantityIsNamedByItsItem(Integer masks, String message) {
        Map<String, Integer> typed = new HashMap<>();
        typed.put("SURGICAL_MASK", masks);
        typed.put("NON_STERILE_GLOVES", 3);
        assertThatThrownBy(() -> ApprovedQuantities.validate(typed, ITEMS, CAP))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .containsExactly(new FieldError("quantities.SURGICAL_MASK", message)));
    }

    @Test
    void aMissingItemAndAnItemNotRequestedAreBothNamed() {
        assertThatThrownBy(() -> ApprovedQuantities.validate(Map.of("SURGICAL_MASK", 1, "FACE_SHIELD", 1), ITEMS, CAP))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors()).containsExactly(
                        new FieldError("quantities.NON_STERILE_GLOVES", "入力してください。"),
                        new FieldError("quantities.FACE_SHIELD", "「FACE_SHIELD」はこの要請の物資ではありません。")));
    }

    @Test
    void aDistributionNeedsARequestedItemAPositiveQuantityAndADate() {
        DistributionValidation.validate(new DistributionInput("SURGICAL_MASK", 1, LocalDate.of(2021, 1, 5)), ITEMS, CAP);
        assertThatThrownBy(() -> DistributionValidation.validate(new DistributionInput("N95_MASK", 0, null), ITEMS, CAP))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors()).containsExactly(
                        new FieldError("item", "「N95_MASK」はこの要請の物資ではありません。"),
                        new FieldError("quantity", "1以上の整数を入力してください。"),
                        new FieldError("plannedDate", "入力してください。")));
        assertThatThrownBy(() -> DistributionValidation.validate(new DistributionInput(null, null,
                LocalDate.of(2021, 1, 5)), ITEMS, CAP))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors()).containsExactly(
                        new FieldError("item", "入力してください。"), new FieldError("quantity", "入力してください。")));
    }
}
