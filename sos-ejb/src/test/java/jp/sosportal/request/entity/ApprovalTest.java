package jp.sosportal.request.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import jp.sosportal.eligibility.entity.CheckResult;
import jp.sosportal.eligibility.entity.ConditionId;
import jp.sosportal.eligibility.entity.ConditionResult;
import jp.sosportal.institution.entity.Institution;
import jp.sosportal.institution.entity.InstitutionType;

/** 承認数量 on the aggregate: set by the prefecture's confirmation, all or none, cleared by an edit or a return. */
class ApprovalTest {

    static final LocalDateTime NOW = LocalDateTime.of(2021, 1, 4, 10, 15);
    static final Map<String, Integer> BOTH = Map.of("SURGICAL_MASK", 1000, "NON_STERILE_GLOVES", 0);

    @Test
    void theConfirmationKeepsTheQuantityOfEveryItem() {
        SupplyRequest request = underReview();
        request.confirmByPrefecture(NOW, "pref", "電話で確認", BOTH);
        assertThat(request.getApprovedQuantities()).isEqualTo(BOTH);
        assertThat(request.getPrefectureConfirmedBy()).isEqualTo("pref");
    }

    @Test
    void aBulkConfirmationEntersNoQuantities() {
        SupplyRequest request = underReview();
        request.confirmByPrefecture(NOW, "pref", null);
        assertThat(request.getApprovedQuantities()).isEmpty();
        assertThat(request.getPrefectureConfirmedAt()).isEqualTo(NOW);
    }

    @Test
    void someQuantitiesOnlyOrANegativeOneAreRefusedAndChangeNothing() {
        SupplyRequest request = underReview();
        int before = request.getHistory().size();
        assertThatThrownBy(() -> request.confirmByPrefecture(NOW, "pref", null, Map.of("SURGICAL_MASK", 5)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> request.confirmByPrefecture(NOW, "pref", null,
                Map.of("SURGICAL_MASK", 5, "NON_STERILE_GLOVES", -1))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> request.confirmByPrefecture(NOW, "pref", null,
                Map.of("SURGICAL_MASK", 5, "NON_STERILE_GLOVES", 1, "FACE_SHIELD", 1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(request.getApprovedQuantities()).isEmpty();
        assertThat(request.getPrefectureConfirmedAt()).isNull();
        assertThat(request.getHistory()).hasSize(before);
    }

    @Test
    void anEditOrAReturnClearsTheQuantities() {
        SupplyRequest edited = underReview();
        edited.confirmByPrefecture(NOW, "pref", null, BOTH);
        edited.edit(new RequestContent(true, false, List.of("SURGICAL_MASK"), null), NOW, "staff");
        assertThat(edited.getApprovedQuantities()).isEmpty();
        assertThat(edited.getPrefectureConfirmedAt()).isNull();

        SupplyRequest returned = underReview();
        returned.confirmByPrefecture(NOW, "pref", null, BOTH);
        returned.returnToInstitution("数量が多すぎます", NOW, "nation");
        assertThat(returned.getApprovedQuantities()).isEmpty();
    }

    @Test
    void anAcceptedRequestKeepsItsQuantitiesAndRefusesAnotherConfirmation() {
        SupplyRequest request = underReview();
        request.confirmByPrefecture(NOW, "pref", null, BOTH);
        request.accept(NOW, "nation");
        assertThatThrownBy(() -> request.confirmByPrefecture(NOW, "pref", null, Map.of("SURGICAL_MASK", 1,
                "NON_STERILE_GLOVES", 1))).isInstanceOf(RequestRefusedException.class)
                .hasMessage("受付完了の要請は変更できません。");
        assertThat(request.getApprovedQuantities()).isEqualTo(BOTH);
    }

    static SupplyRequest underReview() {
        Institution institution = new Institution("1310000001", "東京都立新宿病院", InstitutionType.HOSPITAL, null, null,
                null);
        SupplyRequest request = new SupplyRequest(institution,
                new RequestContent(true, false, List.of("SURGICAL_MASK", "NON_STERILE_GLOVES"), null), NOW, "staff");
        request.submit(new CheckResult(List.of(new ConditionResult(ConditionId.CONFIRMED, null, true, "m", null, null,
                null, null))), NOW, NOW.toLocalDate(), "staff");
        return request;
    }
}
