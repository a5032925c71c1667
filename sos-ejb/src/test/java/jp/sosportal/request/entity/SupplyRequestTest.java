package jp.sosportal.request.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import jp.sosportal.eligibility.entity.CheckResult;
import jp.sosportal.eligibility.entity.ConditionId;
import jp.sosportal.eligibility.entity.ConditionResult;
import jp.sosportal.institution.entity.Institution;
import jp.sosportal.institution.entity.InstitutionType;

/** The status machine of manual 4-1 through the aggregate's verbs: every allowed and every refused move. */
class SupplyRequestTest {

    static final LocalDateTime NOW = LocalDateTime.of(2021, 1, 4, 10, 15);
    static final LocalDate TODAY = NOW.toLocalDate();
    static final CheckResult PASSED = result(true);
    static final CheckResult FAILED = result(false);

    @ParameterizedTest(name = "{0} --{1}--> {2}")
    @CsvSource({
            "NOT_SUBMITTED, submitPassing, UNDER_REVIEW",
            "NOT_SUBMITTED, submitFailing, ERROR",
            "NOT_SUBMITTED, edit, NOT_SUBMITTED",
            "ERROR, submitPassing, UNDER_REVIEW",
            "ERROR, submitFailing, ERROR",
            "ERROR, edit, NOT_SUBMITTED",
            "UNDER_REVIEW, edit, NOT_SUBMITTED",
            "UNDER_REVIEW, confirm, UNDER_REVIEW",
            "UNDER_REVIEW, confirmThenAccept, ACCEPTED",
            "UNDER_REVIEW, returnToInstitution, NOT_SUBMITTED"})
    void allowedMoves(RequestStatus from, String verb, RequestStatus to) {
        SupplyRequest request = requestIn(from);
        int before = request.getHistory().size();
        verb(verb).accept(request);
        assertThat(request.getStatus()).isEqualTo(to);
        assertThat(request.getHistory()).hasSizeGreaterThan(before);
        StatusChange last = request.getHistory().get(request.getHistory().size() - 1);
        assertThat(last.getTo()).isEqualTo(to);
        assertThat(last.getActor()).isNotBlank();
        assertThat(last.getReason()).isNotBlank();
    }

    @ParameterizedTest(name = "{0} --{1}--> refused: {2}")
    @CsvSource(delimiter = '|', value = {
            "ACCEPTED | edit | 受付完了の要請は変更できません。",
            "ACCEPTED | submitPassing | 受付完了の要請は変更できません。",
            "ACCEPTED | confirm | 受付完了の要請は変更できません。",
            "ACCEPTED | accept | 受付完了の要請は変更できません。",
            "NOT_SUBMITTED | confirm | 未申請の要請は都道府県・国確認中にできません。",
            "ERROR | confirm | エラー有りの要請は都道府県・国確認中にできません。",
            "NOT_SUBMITTED | accept | 未申請の要請は受付完了にできません。",
            "ERROR | accept | エラー有りの要請は受付完了にできません。",
            "UNDER_REVIEW | accept | 都道府県の確認が済んでいないため、受付完了にできません。",
            "ACCEPTED | returnToInstitution | 受付完了の要請は変更できません。",
            "NOT_SUBMITTED | returnToInstitution | 未申請の要請は未申請にできません。",
            "ERROR | returnToInstitution | エラー有りの要請は未申請にできません。"})
    void refusedMoves(RequestStatus from, String verb, String reason) {
        SupplyRequest request = requestIn(from);
        int before = request.getHistory().size();
        assertThatThrownBy(() -> verb(verb).accept(request))
                .isInstanceOf(RequestRefusedException.class).hasMessage(reason);
        assertThat(request.getStatus()).isEqualTo(from);
        assertThat(request.getHistory()).hasSize(before);
    }

    /** What the review page offers is what the verbs allow: sending back while under review, distributions after. */
    @ParameterizedTest(name = "{0}: send back {1}, plan distributions {2}")
    @CsvSource({
            "NOT_SUBMITTED, false, false",
            "ERROR, false, false",
            "UNDER_REVIEW, true, false",
            "ACCEPTED, false, true"})
    void theMovesOfferedByStatus(RequestStatus status, boolean returnable, boolean distributable) {
        SupplyRequest request = requestIn(status);
        assertThat(request.canReturn()).isEqualTo(returnable);
        assertThat(request.canPlanDistribution()).isEqualTo(distributable);
    }

    @Test
    void onlyAnAcceptedRequestSaysWhyItMayNotChange() {
        assertThat(requestIn(RequestStatus.UNDER_REVIEW).editRefusal()).isEmpty();
        assertThat(requestIn(RequestStatus.ACCEPTED).editRefusal()).contains("受付完了の要請は変更できません。");
    }

    @Test
    void aNewRequestIsTitledByItsCreationDateAndIsNotSubmitted() {
        SupplyRequest request = newRequest();
        assertThat(request.getTitle()).isEqualTo("2021/1/4_東京都立新宿病院_緊急配布要請");
        assertThat(request.getStatus()).isEqualTo(RequestStatus.NOT_SUBMITTED);
        assertThat(request.getSubmittedAt()).isNull();
        assertThat(request.getHistory()).singleElement().satisfies(h -> {
            assertThat(h.getFrom()).isNull();
            assertThat(h.getTo()).isEqualTo(RequestStatus.NOT_SUBMITTED);
        });
    }

    @Test
    void aPassingSubmissionRecordsTheCheckTheTimeAndTheHandlingDay() {
        SupplyRequest request = newRequest();
        request.submit(PASSED, NOW, TODAY.plusDays(1), "staff");
        assertThat(request.getSubmittedAt()).isEqualTo(NOW);
        assertThat(request.getHandlingDate()).isEqualTo(TODAY.plusDays(1));
        assertThat(request.lastCheck()).isEqualTo(PASSED);
        assertThat(request.isSubmittedAsIs()).isTrue();
    }

    @Test
    void aFailingSubmissionKeepsTheFailuresButNoSubmissionTime() {
        SupplyRequest request = newRequest();
        request.submit(FAILED, NOW, TODAY, "staff");
        assertThat(request.getStatus()).isEqualTo(RequestStatus.ERROR);
        assertThat(request.getSubmittedAt()).isNull();
        assertThat(request.lastCheck().failures()).hasSize(1);
        assertThat(request.isCheckedAsIs(FAILED)).isTrue();
        assertThat(request.isCheckedAsIs(PASSED)).isFalse();
    }

    @Test
    void anEditMakesTheContentNewSoItMustBeCheckedAgain() {
        SupplyRequest request = newRequest();
        request.submit(PASSED, NOW, TODAY, "staff");
        request.edit(content("FACE_SHIELD"), NOW.plusMinutes(1), "staff");
        assertThat(request.isSubmittedAsIs()).isFalse();
        assertThat(request.isCheckedAsIs(PASSED)).isFalse();
        assertThat(request.getContent().getItemCodes()).containsExactly("FACE_SHIELD");
    }

    @Test
    void aReturnedRequestMustBeSubmittedAgainAndShowsTheReason() {
        SupplyRequest request = requestIn(RequestStatus.UNDER_REVIEW);
        request.confirmByPrefecture(NOW, "pref", "電話で確認済み");
        request.returnToInstitution("数量を確認してください", NOW, "nation");
        assertThat(request.isSubmittedAsIs()).isFalse();
        assertThat(request.getPrefectureConfirmedAt()).isNull();
        assertThat(request.getHistory()).extracting(StatusChange::getReason)
                .contains("都道府県確認: 電話で確認済み", "差し戻し: 数量を確認してください");
    }

    @Test
    void aConfirmedRequestIsNotConfirmedTwice() {
        SupplyRequest request = requestIn(RequestStatus.UNDER_REVIEW);
        request.confirmByPrefecture(NOW, "pref");
        int before = request.getHistory().size();
        assertThatThrownBy(() -> request.confirmByPrefecture(NOW, "pref"))
                .isInstanceOf(RequestRefusedException.class).hasMessage("都道府県の確認は済んでいます。");
        assertThat(request.getHistory()).hasSize(before);
    }

    private static Consumer<SupplyRequest> verb(String name) {
        return switch (name) {
            case "submitPassing" -> r -> r.submit(PASSED, NOW, TODAY, "staff");
            case "submitFailing" -> r -> r.submit(FAILED, NOW, TODAY, "staff");
            case "edit" -> r -> r.edit(content("NON_STERILE_GLOVES"), NOW, "staff");
            case "confirm" -> r -> r.confirmByPrefecture(NOW, "pref");
            case "accept" -> r -> r.accept(NOW, "nation");
            case "returnToInstitution" -> r -> r.returnToInstitution("数量を確認してください", NOW, "pref");
            case "confirmThenAccept" -> r -> {
                r.confirmByPrefecture(NOW, "pref");
                r.accept(NOW, "nation");
            };
            default -> throw new IllegalArgumentException(name);
        };
    }

    private static SupplyRequest requestIn(RequestStatus status) {
        SupplyRequest request = newRequest();
        switch (status) {
            case NOT_SUBMITTED -> { }
            case ERROR -> request.submit(FAILED, NOW, TODAY, "staff");
            case UNDER_REVIEW -> request.submit(PASSED, NOW, TODAY, "staff");
            case ACCEPTED -> {
                request.submit(PASSED, NOW, TODAY, "staff");
                request.confirmByPrefecture(NOW, "pref");
                request.accept(NOW, "nation");
            }
        }
        assertThat(request.getStatus()).isEqualTo(status);
        return request;
    }

    private static SupplyRequest newRequest() {
        Institution institution = new Institution("1310000001", "東京都立新宿病院", InstitutionType.HOSPITAL, null, null,
                null);
        return new SupplyRequest(institution, content("SURGICAL_MASK"), NOW, "staff");
    }

    private static RequestContent content(String item) {
        return new RequestContent(true, false, List.of(item), null);
    }

    private static CheckResult result(boolean passed) {
        return new CheckResult(List.of(new ConditionResult(ConditionId.CONFIRMED, null, passed, "m", null, null,
                null, null)));
    }
}
