package jp.sosportal.it;

import static jp.sosportal.it.Fixtures.PASSWORD;
import static jp.sosportal.it.Fixtures.request;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.transaction.RollbackException;
import jakarta.transaction.UserTransaction;

import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import jp.sosportal.platform.StaleVersionException;
import jp.sosportal.request.boundary.SupplyRequests;
import jp.sosportal.request.control.RequestInput;
import jp.sosportal.request.control.RequestPage;
import jp.sosportal.request.control.RequestQuery;
import jp.sosportal.request.entity.RequestRefusedException;
import jp.sosportal.request.entity.RequestStatus;
import jp.sosportal.request.entity.StatusChange;
import jp.sosportal.request.entity.SupplyRequest;

/**
 * SupplyRequests in the container with real callers ({@link Fixtures#world()}, {@link Login}): the history of
 * every move, a move the status does not allow, optimistic locking (a stale version, and two edits that meet at
 * commit), two submissions at the same moment, and the request search in the database.
 */
@ExtendWith(ArquillianExtension.class)
class SupplyRequestsIT {

    @Inject
    Fixtures fixtures;

    @Resource
    UserTransaction tx;

    @Resource
    ManagedExecutorService executor;

    @Inject
    Clock clock;

    @Inject
    SupplyRequests requests;

    @Test
    void everyMoveIsRecordedWithWhoWhenFromToAndWhy() throws Exception {
        World w = fixtures.world();
        LocalDateTime start = LocalDateTime.now(clock).withNano(0);
        Login.as(w.user("staff"), PASSWORD);
        long id = requests.create(w.hospital(), request("FACE_SHIELD")).getId(); // ④ is not in the weekly answer
        assertEquals(RequestStatus.ERROR, requests.submit(id).getStatus());
        requests.edit(id, fixtures.versionOf(id), request("SURGICAL_MASK"));
        assertEquals(RequestStatus.UNDER_REVIEW, requests.submit(id).getStatus());
        Login.as(w.user("prefecture"), PASSWORD);
        requests.confirmByPrefecture(id, fixtures.versionOf(id));
        Login.as(w.user("national"), PASSWORD);
        assertEquals(RequestStatus.ACCEPTED, requests.accept(id, fixtures.versionOf(id)).getStatus());

        List<StatusChange> history = requests.history(id);
        String staff = w.user("staff");
        assertMoves(history,
                move(staff, null, RequestStatus.NOT_SUBMITTED, "作成"),
                move(staff, RequestStatus.NOT_SUBMITTED, RequestStatus.ERROR, "システムチェック&申請: 条件を満たさない項目があります"),
                move(staff, RequestStatus.ERROR, RequestStatus.NOT_SUBMITTED, "編集"),
                move(staff, RequestStatus.NOT_SUBMITTED, RequestStatus.UNDER_REVIEW, "システムチェック&申請: 条件を満たしています"),
                move(w.user("prefecture"), RequestStatus.UNDER_REVIEW, RequestStatus.UNDER_REVIEW, "都道府県確認"),
                move(w.user("national"), RequestStatus.UNDER_REVIEW, RequestStatus.ACCEPTED, "国受付"));
        LocalDateTime end = LocalDateTime.now(clock);
        for (int i = 0; i < history.size(); i++) {
            LocalDateTime at = history.get(i).getAt();
            assertFalse(at.isBefore(start) || at.isAfter(end), "row " + i + " at " + at);
            assertFalse(i > 0 && at.isBefore(history.get(i - 1).getAt()), "rows in time order");
        }

        Login.as(staff, PASSWORD);
        RequestRefusedException refused = assertThrows(RequestRefusedException.class,
                () -> requests.edit(id, fixtures.versionOf(id), request("NON_STERILE_GLOVES")));
        assertEquals("受付完了の要請は変更できません。", refused.getMessage());
        SupplyRequest kept = requests.find(id);
        assertEquals(List.of("SURGICAL_MASK"), kept.getContent().getItemCodes());
        assertEquals(6, requests.history(id).size(), "a refused move records nothing");
    }

    record Move(String actor, RequestStatus from, RequestStatus to, String reason) {
    }

    private static Move move(String actor, RequestStatus from, RequestStatus to, String reason) {
        return new Move(actor, from, to, reason);
    }

    private static void assertMoves(List<StatusChange> history, Move... expected) {
        assertEquals(List.of(expected), history.stream()
                .map(h -> new Move(h.getActor(), h.getFrom(), h.getTo(), h.getReason())).toList());
    }

    @Test
    void aMoveTheStatusDoesNotAllowIsRefusedAndRecordsNothing() throws Exception {
        World w = fixtures.world();
        Login.as(w.user("staff"), PASSWORD);
        long id = requests.create(w.hospital(), request("SURGICAL_MASK")).getId();
        Login.as(w.user("prefecture"), PASSWORD);
        assertEquals("未申請の要請は都道府県・国確認中にできません。", assertThrows(RequestRefusedException.class,
                () -> requests.confirmByPrefecture(id, fixtures.versionOf(id))).getMessage());
        Login.as(w.user("national"), PASSWORD);
        assertEquals("未申請の要請は受付完了にできません。", assertThrows(RequestRefusedException.class,
                () -> requests.accept(id, fixtures.versionOf(id))).getMessage());
        assertEquals(1, requests.history(id).size());
        assertEquals(RequestStatus.NOT_SUBMITTED, requests.find(id).getStatus());
    }

    // ---------------------------------------------------------------------------------------------------------
    // Optimistic locking and concurrency

    @Test
    void aStaleVersionOverwritesNothing() throws Exception {
        World w = fixtures.world();
        Login.as(w.user("staff"), PASSWORD);
        SupplyRequest created = requests.create(w.hospital(), request("SURGICAL_MASK"));
        long id = created.getId();
        requests.edit(id, created.getVersion(), new RequestInput(true, false, List.of("SURGICAL_MASK"), "先"));

        StaleVersionException stale = assertThrows(StaleVersionException.class, () -> requests.edit(id,
                created.getVersion(), new RequestInput(true, false, List.of("FACE_SHIELD"), "後")));
        assertEquals("他のユーザーが先に更新しました。画面を再読み込みしてください。", stale.getMessage());
        SupplyRequest read = requests.find(id);
        assertEquals("先", read.getContent().getComment());
        assertEquals(List.of("SURGICAL_MASK"), read.getContent().getItemCodes());
        assertEquals(2, requests.history(id).size(), "created, and the one edit that was saved");
    }

    @Test
    void twoEditsThatMeetAtCommitKeepTheFirstOne() throws Exception {
        World w = fixtures.world();
        Login.as(w.user("staff"), PASSWORD);
        SupplyRequest created = requests.create(w.hospital(), request("SURGICAL_MASK"));
        long id = created.getId();

        tx.begin(); // the slow editor: read and changed, not yet committed
        requests.edit(id, created.getVersion(), new RequestInput(true, false, List.of("FACE_SHIELD"), "遅い方"));
        Future<?> fast = executor.submit(() -> requests.edit(id, created.getVersion(),
                new RequestInput(true, false, List.of("ISOLATION_GOWN"), "速い方")));
        fast.get(30, TimeUnit.SECONDS);
        assertThrows(RollbackException.class, tx::commit);

        SupplyRequest read = requests.find(id);
        assertEquals("速い方", read.getContent().getComment());
        assertEquals(List.of("ISOLATION_GOWN"), read.getContent().getItemCodes());
    }

    @Test
    void twoSubmissionsAtTheSameMomentRecordOne() throws Exception {
        World w = fixtures.world();
        Login.as(w.user("staff"), PASSWORD);
        for (int round = 0; round < 3; round++) {
            long id = requests.create(w.hospital(), request("SURGICAL_MASK", "NON_STERILE_GLOVES")).getId();
            CountDownLatch start = new CountDownLatch(1);
            List<Future<RequestStatus>> submissions = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                submissions.add(executor.submit(() -> {
                    start.await();
                    return requests.submit(id).getStatus();
                }));
            }
            start.countDown();
            for (Future<RequestStatus> submission : submissions) {
                assertEquals(RequestStatus.UNDER_REVIEW, submission.get(60, TimeUnit.SECONDS));
            }
            List<StatusChange> history = requests.history(id);
            assertEquals(List.of(RequestStatus.NOT_SUBMITTED, RequestStatus.UNDER_REVIEW),
                    history.stream().map(StatusChange::getTo).toList(), "round " + round);
            assertNotNull(requests.find(id).getHandlingDate());
        }
    }

    // ---------------------------------------------------------------------------------------------------------
    // Search in the database

    @Test
    void theSearchFiltersCountsAndPagesInTheDatabase() throws Exception {
        World w = fixtures.world();
        Login.as(w.user("staff"), PASSWORD);
        long masks = requests.create(w.hospital(), request("SURGICAL_MASK")).getId();
        long shields = requests.create(w.hospital(), request("FACE_SHIELD", "NON_STERILE_GLOVES")).getId();
        long gloves = requests.create(w.hospital(), request("NON_STERILE_GLOVES")).getId();
        assertEquals(RequestStatus.UNDER_REVIEW, requests.submit(gloves).getStatus());

        Login.as(w.user("national"), PASSWORD);
        LocalDate today = LocalDate.now(clock);
        assertFound(List.of(gloves, shields, masks), 3, query(w.hospital(), null, null, null, null, 0, 20));
        assertFound(List.of(gloves, shields), 2, query(w.hospital(), null, "NON_STERILE_GLOVES", null, null, 0, 20));
        assertFound(List.of(gloves), 1, query(w.hospital(), RequestStatus.UNDER_REVIEW, null, null, null, 0, 20));
        assertFound(List.of(masks), 3, query(w.hospital(), null, null, null, null, 1, 2));
        assertFound(List.of(gloves, shields, masks), 3, query(w.hospital(), null, null, today, today, 0, 20));
        assertFound(List.of(), 0, query(w.hospital(), null, null, today.plusDays(1), null, 0, 20));
        assertFound(List.of(), 0, query(w.hospital(), null, null, null, today.minusDays(1), 0, 20));
        assertFound(List.of(), 0, new RequestQuery(null, "27", w.hospital(), null, null, null, 0, 20));
        assertFound(List.of(gloves, shields, masks), 3,
                new RequestQuery(null, "13", w.hospital(), null, null, null, 0, 20));

        Login.as(w.user("osaka-prefecture"), PASSWORD);
        assertFound(List.of(), 0, query(w.hospital(), null, null, null, null, 0, 20));
        Login.as(w.user("other-staff"), PASSWORD);
        assertFound(List.of(), 0, query(w.hospital(), null, null, null, null, 0, 20));
    }

    private static RequestQuery query(String institution, RequestStatus status, String item, LocalDate from,
                                      LocalDate to, int page, int size) {
        return new RequestQuery(status, null, institution, item, from, to, page, size);
    }

    private void assertFound(List<Long> ids, long total, RequestQuery query) {
        RequestPage page = requests.search(query);
        assertEquals(ids, page.items().stream().map(SupplyRequest::getId).toList(), query.toString());
        assertEquals(total, page.total(), query.toString());
    }
}
