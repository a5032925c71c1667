package jp.sosportal.review.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;

import jp.sosportal.eligibility.entity.CheckResult;
import jp.sosportal.eligibility.entity.ConditionId;
import jp.sosportal.eligibility.entity.ConditionResult;
import jp.sosportal.institution.entity.Institution;
import jp.sosportal.institution.entity.InstitutionType;
import jp.sosportal.request.entity.RequestContent;
import jp.sosportal.request.entity.RequestRefusedException;
import jp.sosportal.request.entity.SupplyRequest;

/** 配布予定 → 発送済 → 受領: only of an accepted request, one step at a time, never back, no future shipping date. */
class DistributionTest {

    static final LocalDateTime NOW = LocalDateTime.of(2021, 1, 6, 9, 0);
    static final LocalDate TODAY = NOW.toLocalDate();

    @Test
    void aDistributionMovesForwardStepByStepAndTellsItsTimeline() {
        Distribution d = planned();
        assertThat(d.step()).isEqualTo(DistributionStep.PLANNED);
        d.ship(TODAY, NOW.plusHours(1), "nation");
        assertThat(d.step()).isEqualTo(DistributionStep.SHIPPED);
        assertThat(d.getShippedDate()).isEqualTo(TODAY);
        d.receive(NOW.plusDays(2), "staff");
        assertThat(d.step()).isEqualTo(DistributionStep.RECEIVED);
        assertThat(d.events()).extracting(DistributionEvent::step, DistributionEvent::at, DistributionEvent::actor)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(DistributionStep.PLANNED, NOW, "nation"),
                        org.assertj.core.groups.Tuple.tuple(DistributionStep.SHIPPED, NOW.plusHours(1), "nation"),
                        org.assertj.core.groups.Tuple.tuple(DistributionStep.RECEIVED, NOW.plusDays(2), "staff"));
    }

    @Test
    void onlyTheNextStepIsOffered() {
        Distribution d = planned();
        assertThat(d.canShip()).isTrue();
        assertThat(d.canReceive()).isFalse();
        d.ship(TODAY, NOW, "nation");
        assertThat(d.canShip()).isFalse();
        assertThat(d.canReceive()).isTrue();
        d.receive(NOW, "staff");
        assertThat(d.canShip()).isFalse();
        assertThat(d.canReceive()).isFalse();
    }

    @Test
    void onlyAnAcceptedRequestGetsADistribution() {
        SupplyRequest confirmed = request(false);
        assertThatThrownBy(() -> new Distribution(confirmed, "SURGICAL_MASK", 10, TODAY, NOW, "nation"))
                .isInstanceOf(RequestRefusedException.class)
                .hasMessage("受付完了になっていない要請には配布を登録できません。");
    }

    @Test
    void anItemNotRequestedOrANonPositiveQuantityIsAProgrammingError() {
        assertThatThrownBy(() -> new Distribution(request(true), "N95_MASK", 10, TODAY, NOW, "nation"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Distribution(request(true), "SURGICAL_MASK", 0, TODAY, NOW, "nation"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void receivingBeforeShippingOrTwiceIsRefused() {
        Distribution d = planned();
        assertThatThrownBy(() -> d.receive(NOW, "staff")).isInstanceOf(RequestRefusedException.class)
                .hasMessage("発送済みになっていない配布は受領できません。");
        d.ship(TODAY, NOW, "nation");
        d.receive(NOW, "staff");
        assertThatThrownBy(() -> d.receive(NOW, "staff")).isInstanceOf(RequestRefusedException.class)
                .hasMessage("この配布は受領済みです。");
        assertThatThrownBy(() -> d.ship(TODAY, NOW, "nation")).isInstanceOf(RequestRefusedException.class)
                .hasMessage("この配布は発送済みです。");
        assertThat(d.step()).isEqualTo(DistributionStep.RECEIVED);
    }

    @Test
    void shippingTwiceIsRefusedAndKeepsTheFirstDate() {
        Distribution d = planned();
        d.ship(TODAY.minusDays(0), NOW, "nation");
        assertThatThrownBy(() -> d.ship(TODAY, NOW.plusDays(1), "other")).isInstanceOf(RequestRefusedException.class);
        assertThat(d.getShippedDate()).isEqualTo(TODAY);
    }

    @Test
    void aShippedDateInTheFutureOrBeforeTheRecordingIsRefused() {
        Distribution d = planned();
        assertThat(d.shippedDateError(TODAY.plusDays(1), TODAY)).isEqualTo("発送日に未来の日付は指定できません。");
        assertThat(d.shippedDateError(TODAY.minusDays(1), TODAY))
                .isEqualTo("発送日は配布を登録した日(2021/1/6)以降の日付にしてください。");
        assertThat(d.shippedDateError(null, TODAY)).isEqualTo("入力してください。");
        assertThat(d.shippedDateError(TODAY, TODAY)).isNull();
        assertThatThrownBy(() -> d.ship(TODAY.plusDays(1), NOW, "nation")).isInstanceOf(IllegalArgumentException.class);
        assertThat(d.step()).isEqualTo(DistributionStep.PLANNED);
    }

    private static Distribution planned() {
        return new Distribution(request(true), "SURGICAL_MASK", 500, TODAY.plusDays(3), NOW, "nation");
    }

    private static SupplyRequest request(boolean accepted) {
        Institution institution = new Institution("1310000001", "東京都立新宿病院", InstitutionType.HOSPITAL, null, null,
                null);
        SupplyRequest request = new SupplyRequest(institution,
                new RequestContent(true, false, List.of("SURGICAL_MASK"), null), NOW, "staff");
        request.submit(new CheckResult(List.of(new ConditionResult(ConditionId.CONFIRMED, null, true, "m", null, null,
                null, null))), NOW, TODAY, "staff");
        request.confirmByPrefecture(NOW, "pref");
        if (accepted) {
            request.accept(NOW, "nation");
        }
        return request;
    }
}
