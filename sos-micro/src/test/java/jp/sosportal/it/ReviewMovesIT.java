package jp.sosportal.it;

import static jp.sosportal.it.Fixtures.PASSWORD;
import static jp.sosportal.it.Fixtures.request;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;

import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import jp.sosportal.platform.FieldError;
import jp.sosportal.platform.InvalidInputException;
import jp.sosportal.platform.NotFoundException;
import jp.sosportal.platform.StaleVersionException;
import jp.sosportal.request.boundary.SupplyRequests;
import jp.sosportal.request.entity.RequestRefusedException;
import jp.sosportal.request.entity.RequestStatus;
import jp.sosportal.request.entity.SupplyRequest;
import jp.sosportal.review.boundary.BulkReviews;
import jp.sosportal.review.boundary.Distributions;
import jp.sosportal.review.control.BulkOutcome;
import jp.sosportal.review.control.DistributionInput;
import jp.sosportal.review.entity.Distribution;
import jp.sosportal.review.entity.DistributionStep;

/**
 * The review moves of issue 8 in the container with real callers: the prefecture's confirmation with 承認数量 (bad
 * input refused by field, nothing saved), a stale copy, refusals of the status, bulk confirmation and acceptance
 * row by row, and distributions 配布予定 → 発送済 → 受領 with their access rules (another prefecture or
 * institution is told "not found").
 */
@ExtendWith(ArquillianExtension.class)
class ReviewMovesIT {

    static final String STALE = "他のユーザーが先に更新しました。画面を再読み込みしてください。";


    @Inject
    Fixtures fixtures;

    @Inject
    Clock clock;

    @Inject
    SupplyRequests requests;

    @Inject
    BulkReviews bulk;

    @Inject
    Distributions distributions;

    // ---------------------------------------------------------------------------------------------------------
    // 承認数量

    @Test
    void theConfirmationStoresAQuantityPerItemAndEveryoneReachingTheRequestSeesIt() throws Exception {
        World w = fixtures.world();
        long id = underReview(w, "SURGICAL_MASK", "NON_STERILE_GLOVES");
        Login.as(w.user("prefecture"), PASSWORD);
        requests.confirmByPrefecture(id, fixtures.versionOf(id), "電話で確認済み",
                Map.of("SURGICAL_MASK", 1200, "NON_STERILE_GLOVES", 0));

        for (String reader : List.of("national", "staff", "prefecture")) {
            Login.as(w.user(reader), PASSWORD);
            assertEquals(Map.of("SURGICAL_MASK", 1200, "NON_STERILE_GLOVES", 0),
                    new HashMap<>(requests.find(id).getApprovedQuantities()), reader);
        }
        assertEquals("都道府県確認: 電話で確認済み", last(requests.find(id)).getReason());
    }

    @Test
    void aBadQuantityIsNamedByItsFieldAndNothingIsSaved() throws Exception {
        World w = fixtures.world();
        long id = underReview(w, "SURGICAL_MASK", "NON_STERILE_GLOVES");
        Login.as(w.user("prefecture"), PASSWORD);
        long version = fixtures.versionOf(id);
        Map<String, Integer> typed = new LinkedHashMap<>();
        typed.put("SURGICAL_MASK", -1);
        typed.put("NON_STERILE_GLOVES", 1_000_001);
        typed.put("FACE_SHIELD", 5);
        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> requests.confirmByPrefecture(id, version, "メモ", typed));
        assertEquals(List.of(new FieldError("quantities.SURGICAL_MASK", "0以上の整数を入力してください。"),
                new FieldError("quantities.NON_STERILE_GLOVES", "1,000,000以下の数量を入力してください。"),
                new FieldError("quantities.FACE_SHIELD", "「FACE_SHIELD」はこの要請の物資ではありません。")),
                refused.errors());
        InvalidInputException missing = assertThrows(InvalidInputException.class,
                () -> requests.confirmByPrefecture(id, version, null, Map.of("SURGICAL_MASK", 10)));
        assertEquals(List.of(new FieldError("quantities.NON_STERILE_GLOVES", "入力してください。")), missing.errors());

        SupplyRequest kept = requests.find(id);
        assertEquals(version, kept.getVersion());
        assertNull(kept.getPrefectureConfirmedAt());
        assertTrue(kept.getApprovedQuantities().isEmpty());
        assertEquals(2, kept.getHistory().size(), "created and submitted only");
    }

    @Test
    void twoReviewersAtOnceTheSecondIsToldAndTheFirstStands() throws Exception {
        World w = fixtures.world();
        long id = underReview(w, "SURGICAL_MASK");
        Login.as(w.user("prefecture"), PASSWORD);
        long seen = fixtures.versionOf(id); // both reviewers opened the page at this version
        requests.confirmByPrefecture(id, seen, "先", Map.of("SURGICAL_MASK", 100));
        Login.as(w.user("prefecture2"), PASSWORD);
        StaleVersionException stale = assertThrows(StaleVersionException.class,
                () -> requests.confirmByPrefecture(id, seen, "後", Map.of("SURGICAL_MASK", 999)));
        assertEquals(STALE, stale.getMessage());
        assertEquals(Map.of("SURGICAL_MASK", 100), new HashMap<>(requests.find(id).getApprovedQuantities()));
        assertEquals(STALE, assertThrows(StaleVersionException.class,
                () -> requests.returnToInstitution(id, seen, "理由")).getMessage());
    }

    @Test
    void acceptingAnUnconfirmedOrAnAcceptedRequestIsRefused() throws Exception {
        World w = fixtures.world();
        long id = underReview(w, "SURGICAL_MASK");
        Login.as(w.user("national"), PASSWORD);
        assertEquals("都道府県の確認が済んでいないため、受付完了にできません。", assertThrows(RequestRefusedException.class,
                () -> requests.accept(id, fixtures.versionOf(id))).getMessage());
        Login.as(w.user("prefecture"), PASSWORD);
        requests.confirmByPrefecture(id, fixtures.versionOf(id), null, Map.of("SURGICAL_MASK", 5));
        Login.as(w.user("national"), PASSWORD);
        requests.accept(id, fixtures.versionOf(id));
        assertEquals("受付完了の要請は変更できません。", assertThrows(RequestRefusedException.class,
                () -> requests.accept(id, fixtures.versionOf(id))).getMessage());
        Login.as(w.user("prefecture"), PASSWORD);
        assertEquals("受付完了の要請は変更できません。", assertThrows(RequestRefusedException.class,
                () -> requests.confirmByPrefecture(id, fixtures.versionOf(id), null, Map.of("SURGICAL_MASK", 5))).getMessage());
    }

    // ---------------------------------------------------------------------------------------------------------
    // Bulk moves

    @Test
    void bulkMovesTakeEachRowAloneAndSayWhyARowWasRefused() throws Exception {
        World w = fixtures.world();
        long ready = underReview(w, "SURGICAL_MASK");
        long notSubmitted = saved(w, "FACE_SHIELD");
        long stale = underReview(w, "NON_STERILE_GLOVES");
        long osaka = osakaUnderReview(w);
        Login.as(w.user("prefecture"), PASSWORD);
        Map<Long, Long> selection = new LinkedHashMap<>();
        selection.put(ready, fixtures.versionOf(ready));
        selection.put(notSubmitted, fixtures.versionOf(notSubmitted));
        selection.put(stale, fixtures.versionOf(stale) - 1);
        selection.put(osaka, fixtures.versionOf(osaka));

        List<BulkOutcome> confirmed = bulk.confirm(selection);
        assertEquals(List.of(true, false, false, false), confirmed.stream().map(BulkOutcome::done).toList());
        assertEquals("未申請の要請は都道府県・国確認中にできません。", confirmed.get(1).reason());
        assertEquals(STALE, confirmed.get(2).reason());
        assertEquals("指定されたデータは存在しないか、参照する権限がありません。", confirmed.get(3).reason());
        assertNull(confirmed.get(3).title(), "another prefecture's request tells nothing, not even its title");
        assertTrue(requests.find(ready).getPrefectureConfirmedAt() != null);
        assertTrue(requests.find(ready).getApprovedQuantities().isEmpty(), "bulk confirmation enters no 承認数量");
        assertNull(requests.find(stale).getPrefectureConfirmedAt());

        Login.as(w.user("national"), PASSWORD);
        Map<Long, Long> toAccept = new LinkedHashMap<>();
        toAccept.put(ready, fixtures.versionOf(ready));
        toAccept.put(stale, fixtures.versionOf(stale));
        List<BulkOutcome> accepted = bulk.accept(toAccept);
        assertTrue(accepted.get(0).done());
        assertEquals("都道府県の確認が済んでいないため、受付完了にできません。", accepted.get(1).reason());
        assertEquals(requests.find(stale).getTitle(), accepted.get(1).title());
        assertEquals(RequestStatus.ACCEPTED, requests.find(ready).getStatus());
        assertEquals(RequestStatus.UNDER_REVIEW, requests.find(stale).getStatus());

        Login.as(w.user("prefecture"), PASSWORD);
        assertThrows(EJBAccessException.class, () -> bulk.accept(Map.of(stale, fixtures.versionOf(stale))));
        Login.as(w.user("national"), PASSWORD);
        assertThrows(EJBAccessException.class, () -> bulk.confirm(Map.of(stale, fixtures.versionOf(stale))));
    }

    // ---------------------------------------------------------------------------------------------------------
    // Distributions

    @Test
    void aDistributionIsPlannedShippedAndReceivedByTheInstitution() throws Exception {
        World w = fixtures.world();
        long id = accepted(w, "SURGICAL_MASK");
        LocalDate today = LocalDate.now(clock);
        Login.as(w.user("national"), PASSWORD);
        Distribution planned = distributions.plan(id, new DistributionInput("SURGICAL_MASK", 800, today.plusDays(2)));
        assertEquals(DistributionStep.PLANNED, planned.step());

        Login.as(w.user("staff"), PASSWORD);
        assertEquals("発送済みになっていない配布は受領できません。", assertThrows(RequestRefusedException.class,
                () -> distributions.receive(planned.getId(), planned.getVersion())).getMessage());

        Login.as(w.user("national"), PASSWORD);
        InvalidInputException future = assertThrows(InvalidInputException.class,
                () -> distributions.ship(planned.getId(), planned.getVersion(), today.plusDays(1)));
        assertEquals(List.of(new FieldError("shippedDate", "発送日に未来の日付は指定できません。")), future.errors());
        Distribution shipped = distributions.ship(planned.getId(), planned.getVersion(), today);
        assertEquals(STALE, assertThrows(StaleVersionException.class,
                () -> distributions.ship(planned.getId(), planned.getVersion(), today)).getMessage());
        assertEquals("この配布は発送済みです。", assertThrows(RequestRefusedException.class,
                () -> distributions.ship(shipped.getId(), shipped.getVersion(), today)).getMessage());

        Login.as(w.user("other-staff"), PASSWORD);
        assertThrows(NotFoundException.class, () -> distributions.receive(shipped.getId(), shipped.getVersion()));
        assertThrows(NotFoundException.class, () -> distributions.of(id));
        Login.as(w.user("osaka-prefecture"), PASSWORD);
        assertThrows(NotFoundException.class, () -> distributions.of(id));
        Login.as(w.user("national"), PASSWORD);
        assertThrows(EJBAccessException.class, () -> distributions.receive(shipped.getId(), shipped.getVersion()));

        Login.as(w.user("staff"), PASSWORD);
        Distribution received = distributions.receive(shipped.getId(), shipped.getVersion());
        assertEquals(DistributionStep.RECEIVED, received.step());
        assertEquals(w.user("staff"), received.getReceivedBy());
        assertEquals("この配布は受領済みです。", assertThrows(RequestRefusedException.class,
                () -> distributions.receive(received.getId(), received.getVersion())).getMessage());
        Distribution read = distributions.of(id).get(0);
        assertEquals(today, read.getShippedDate());
        assertEquals(List.of(DistributionStep.PLANNED, DistributionStep.SHIPPED, DistributionStep.RECEIVED),
                read.events().stream().map(e -> e.step()).toList());
    }

    @Test
    void aBadDistributionOrOneOfARequestNotAcceptedSavesNothing() throws Exception {
        World w = fixtures.world();
        long confirmedOnly = underReview(w, "SURGICAL_MASK");
        long id = accepted(w, "SURGICAL_MASK");
        LocalDate today = LocalDate.now(clock);
        Login.as(w.user("national"), PASSWORD);
        assertEquals("受付完了になっていない要請には配布を登録できません。", assertThrows(RequestRefusedException.class,
                () -> distributions.plan(confirmedOnly, new DistributionInput("SURGICAL_MASK", 1, today))).getMessage());
        InvalidInputException bad = assertThrows(InvalidInputException.class,
                () -> distributions.plan(id, new DistributionInput("N95_MASK", -3, null)));
        assertEquals(List.of("item", "quantity", "plannedDate"), bad.errors().stream().map(FieldError::field).toList());
        assertEquals("1以上の整数を入力してください。", bad.errors().get(1).message());
        assertTrue(distributions.of(id).isEmpty());
        assertTrue(distributions.of(confirmedOnly).isEmpty());

        Login.as(w.user("prefecture"), PASSWORD);
        assertThrows(EJBAccessException.class,
                () -> distributions.plan(id, new DistributionInput("SURGICAL_MASK", 1, today)));
        assertTrue(distributions.of(id).isEmpty(), "the prefecture reads the distributions of its requests");
        Login.as(w.user("national"), PASSWORD);
        assertThrows(NotFoundException.class,
                () -> distributions.plan(Long.MAX_VALUE, new DistributionInput("SURGICAL_MASK", 1, today)));
    }

    // ---------------------------------------------------------------------------------------------------------
    // Requests brought to a status

    private long saved(World w, String... items) {
        Login.as(w.user("staff"), PASSWORD);
        return requests.create(w.hospital(), request(items)).getId();
    }

    private long underReview(World w, String... items) {
        long id = saved(w, items);
        assertEquals(RequestStatus.UNDER_REVIEW, requests.submit(id).getStatus());
        return id;
    }

    private long accepted(World w, String... items) {
        long id = underReview(w, items);
        Login.as(w.user("prefecture"), PASSWORD);
        Map<String, Integer> quantities = new HashMap<>();
        for (String item : items) {
            quantities.put(item, 1000);
        }
        requests.confirmByPrefecture(id, fixtures.versionOf(id), null, quantities);
        Login.as(w.user("national"), PASSWORD);
        requests.accept(id, fixtures.versionOf(id));
        return id;
    }

    private long osakaUnderReview(World w) {
        Login.as(w.user("osaka-staff"), PASSWORD);
        long id = requests.create(w.osakaHospital(), request("SURGICAL_MASK")).getId();
        requests.submit(id);
        return id;
    }

    private static jp.sosportal.request.entity.StatusChange last(SupplyRequest request) {
        return request.getHistory().get(request.getHistory().size() - 1);
    }
}
