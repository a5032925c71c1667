package jp.sosportal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.annotation.Resource;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import jp.sosportal.institution.control.PasswordHashing;
import jp.sosportal.institution.entity.Institution;
import jp.sosportal.institution.entity.InstitutionType;
import jp.sosportal.institution.entity.Prefecture;
import jp.sosportal.institution.entity.Role;
import jp.sosportal.institution.entity.UserAccount;
import jp.sosportal.platform.FieldError;
import jp.sosportal.platform.InvalidInputException;
import jp.sosportal.platform.NotFoundException;
import jp.sosportal.platform.StaleVersionException;
import jp.sosportal.request.boundary.SupplyRequests;
import jp.sosportal.request.control.RequestInput;
import jp.sosportal.request.entity.RequestRefusedException;
import jp.sosportal.request.entity.RequestStatus;
import jp.sosportal.request.entity.SupplyRequest;
import jp.sosportal.review.boundary.BulkReviews;
import jp.sosportal.review.boundary.Distributions;
import jp.sosportal.review.control.BulkOutcome;
import jp.sosportal.review.control.DistributionInput;
import jp.sosportal.review.entity.Distribution;
import jp.sosportal.review.entity.DistributionStep;
import jp.sosportal.survey.entity.DailySurvey;
import jp.sosportal.survey.entity.DailyValues;
import jp.sosportal.survey.entity.Outlook;
import jp.sosportal.survey.entity.WeeklyItemAnswer;
import jp.sosportal.survey.entity.WeeklySurvey;

/**
 * The review moves of issue 8 in the container with real callers: the prefecture's confirmation with 承認数量 (bad
 * input refused by field, nothing saved), a stale copy, refusals of the status, bulk confirmation and acceptance
 * row by row, and distributions 配布予定 → 発送済 → 受領 with their access rules (another prefecture or
 * institution is told "not found").
 */
@ExtendWith(ArquillianExtension.class)
class ReviewMovesIT {

    static final String PASSWORD = "Test1234pass";
    static final String STALE = "他のユーザーが先に更新しました。画面を再読み込みしてください。";
    static final AtomicInteger SEQUENCE = new AtomicInteger(ThreadLocalRandom.current().nextInt(1_000_000, 8_000_000));
    static String passwordHash;

    @Deployment
    static WebArchive deployment() {
        return Deployments.portalWith(ReviewMovesIT.class, Login.class, RunnerResponse.class);
    }

    @PersistenceContext
    EntityManager em;

    @Resource
    UserTransaction tx;

    @Inject
    Clock clock;

    @Inject
    PasswordHashing hashing;

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
        World w = world();
        long id = underReview(w, "SURGICAL_MASK", "NON_STERILE_GLOVES");
        Login.as(w.user("pref"), PASSWORD);
        requests.confirmByPrefecture(id, versionOf(id), "電話で確認済み",
                Map.of("SURGICAL_MASK", 1200, "NON_STERILE_GLOVES", 0));

        for (String reader : List.of("national", "staff", "pref")) {
            Login.as(w.user(reader), PASSWORD);
            assertEquals(Map.of("SURGICAL_MASK", 1200, "NON_STERILE_GLOVES", 0),
                    new HashMap<>(requests.find(id).getApprovedQuantities()), reader);
        }
        assertEquals("都道府県確認: 電話で確認済み", last(requests.find(id)).getReason());
    }

    @Test
    void aBadQuantityIsNamedByItsFieldAndNothingIsSaved() throws Exception {
        World w = world();
        long id = underReview(w, "SURGICAL_MASK", "NON_STERILE_GLOVES");
        Login.as(w.user("pref"), PASSWORD);
        long version = versionOf(id);
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
        World w = world();
        long id = underReview(w, "SURGICAL_MASK");
        Login.as(w.user("pref"), PASSWORD);
        long seen = versionOf(id); // both reviewers opened the page at this version
        requests.confirmByPrefecture(id, seen, "先", Map.of("SURGICAL_MASK", 100));
        Login.as(w.user("pref2"), PASSWORD);
        StaleVersionException stale = assertThrows(StaleVersionException.class,
                () -> requests.confirmByPrefecture(id, seen, "後", Map.of("SURGICAL_MASK", 999)));
        assertEquals(STALE, stale.getMessage());
        assertEquals(Map.of("SURGICAL_MASK", 100), new HashMap<>(requests.find(id).getApprovedQuantities()));
        assertEquals(STALE, assertThrows(StaleVersionException.class,
                () -> requests.returnToInstitution(id, seen, "理由")).getMessage());
    }

    @Test
    void acceptingAnUnconfirmedOrAnAcceptedRequestIsRefused() throws Exception {
        World w = world();
        long id = underReview(w, "SURGICAL_MASK");
        Login.as(w.user("national"), PASSWORD);
        assertEquals("都道府県の確認が済んでいないため、受付完了にできません。", assertThrows(RequestRefusedException.class,
                () -> requests.accept(id, versionOf(id))).getMessage());
        Login.as(w.user("pref"), PASSWORD);
        requests.confirmByPrefecture(id, versionOf(id), null, Map.of("SURGICAL_MASK", 5));
        Login.as(w.user("national"), PASSWORD);
        requests.accept(id, versionOf(id));
        assertEquals("受付完了の要請は変更できません。", assertThrows(RequestRefusedException.class,
                () -> requests.accept(id, versionOf(id))).getMessage());
        Login.as(w.user("pref"), PASSWORD);
        assertEquals("受付完了の要請は変更できません。", assertThrows(RequestRefusedException.class,
                () -> requests.confirmByPrefecture(id, versionOf(id), null, Map.of("SURGICAL_MASK", 5))).getMessage());
    }

    // ---------------------------------------------------------------------------------------------------------
    // Bulk moves

    @Test
    void bulkMovesTakeEachRowAloneAndSayWhyARowWasRefused() throws Exception {
        World w = world();
        long ready = underReview(w, "SURGICAL_MASK");
        long notSubmitted = saved(w, "FACE_SHIELD");
        long stale = underReview(w, "NON_STERILE_GLOVES");
        long osaka = osakaUnderReview(w);
        Login.as(w.user("pref"), PASSWORD);
        Map<Long, Long> selection = new LinkedHashMap<>();
        selection.put(ready, versionOf(ready));
        selection.put(notSubmitted, versionOf(notSubmitted));
        selection.put(stale, versionOf(stale) - 1);
        selection.put(osaka, versionOf(osaka));

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
        toAccept.put(ready, versionOf(ready));
        toAccept.put(stale, versionOf(stale));
        List<BulkOutcome> accepted = bulk.accept(toAccept);
        assertTrue(accepted.get(0).done());
        assertEquals("都道府県の確認が済んでいないため、受付完了にできません。", accepted.get(1).reason());
        assertEquals(requests.find(stale).getTitle(), accepted.get(1).title());
        assertEquals(RequestStatus.ACCEPTED, requests.find(ready).getStatus());
        assertEquals(RequestStatus.UNDER_REVIEW, requests.find(stale).getStatus());

        Login.as(w.user("pref"), PASSWORD);
        assertThrows(EJBAccessException.class, () -> bulk.accept(Map.of(stale, versionOf(stale))));
        Login.as(w.user("national"), PASSWORD);
        assertThrows(EJBAccessException.class, () -> bulk.confirm(Map.of(stale, versionOf(stale))));
    }

    // ---------------------------------------------------------------------------------------------------------
    // Distributions

    @Test
    void aDistributionIsPlannedShippedAndReceivedByTheInstitution() throws Exception {
        World w = world();
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
        Login.as(w.user("pref-osaka"), PASSWORD);
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
        World w = world();
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

        Login.as(w.user("pref"), PASSWORD);
        assertThrows(EJBAccessException.class,
                () -> distributions.plan(id, new DistributionInput("SURGICAL_MASK", 1, today)));
        assertTrue(distributions.of(id).isEmpty(), "the prefecture reads the distributions of its requests");
        Login.as(w.user("national"), PASSWORD);
        assertThrows(NotFoundException.class,
                () -> distributions.plan(Long.MAX_VALUE, new DistributionInput("SURGICAL_MASK", 1, today)));
    }

    // ---------------------------------------------------------------------------------------------------------
    // Fixtures

    /** One test's institutions and accounts: staff of a Tokyo hospital and clinic, reviewers, an Osaka hospital. */
    record World(String hospital, String clinic, String osakaHospital, String suffix) {

        String user(String who) {
            return who + "-" + suffix;
        }
    }

    private long saved(World w, String... items) {
        Login.as(w.user("staff"), PASSWORD);
        return requests.create(w.hospital(), new RequestInput(true, false, List.of(items), null)).getId();
    }

    private long underReview(World w, String... items) {
        long id = saved(w, items);
        assertEquals(RequestStatus.UNDER_REVIEW, requests.submit(id).getStatus());
        return id;
    }

    private long accepted(World w, String... items) {
        long id = underReview(w, items);
        Login.as(w.user("pref"), PASSWORD);
        Map<String, Integer> quantities = new HashMap<>();
        for (String item : items) {
            quantities.put(item, 1000);
        }
        requests.confirmByPrefecture(id, versionOf(id), null, quantities);
        Login.as(w.user("national"), PASSWORD);
        requests.accept(id, versionOf(id));
        return id;
    }

    private long osakaUnderReview(World w) {
        Login.as(w.user("osaka-staff"), PASSWORD);
        long id = requests.create(w.osakaHospital(), new RequestInput(true, false, List.of("SURGICAL_MASK"), null))
                .getId();
        requests.submit(id);
        return id;
    }

    private World world() throws Exception {
        if (passwordHash == null) {
            passwordHash = hashing.hash(PASSWORD);
        }
        String suffix = String.format("%07d", SEQUENCE.incrementAndGet());
        LocalDate today = LocalDate.now(clock);
        tx.begin();
        Prefecture tokyo = em.find(Prefecture.class, "13");
        Prefecture osaka = em.find(Prefecture.class, "27");
        Institution hospital = institution("131" + suffix, tokyo);
        Institution clinic = institution("132" + suffix, tokyo);
        Institution osakaHospital = institution("271" + suffix, osaka);
        for (Institution h : List.of(hospital, osakaHospital)) {
            em.persist(new DailySurvey(h, today, new DailyValues(0, 0, 2, 0, false, false), now(), "fixture"));
            em.persist(new WeeklySurvey(h, today.minusDays(1), List.of(
                    new WeeklyItemAnswer("SURGICAL_MASK", Outlook.WITHIN_1_WEEK, 100, 200, 0),
                    new WeeklyItemAnswer("NON_STERILE_GLOVES", Outlook.TWO_TO_THREE_WEEKS, 300, 100, 0)),
                    now(), "fixture"));
        }
        World world = new World(hospital.getCode(), clinic.getCode(), osakaHospital.getCode(), suffix);
        account(world.user("staff"), Role.STAFF, hospital, null);
        account(world.user("other-staff"), Role.STAFF, clinic, null);
        account(world.user("osaka-staff"), Role.STAFF, osakaHospital, null);
        account(world.user("pref"), Role.PREFECTURE, null, tokyo);
        account(world.user("pref2"), Role.PREFECTURE, null, tokyo);
        account(world.user("pref-osaka"), Role.PREFECTURE, null, osaka);
        account(world.user("national"), Role.NATIONAL, null, null);
        tx.commit();
        return world;
    }

    private Institution institution(String code, Prefecture prefecture) {
        InstitutionType type = code.startsWith("132") ? InstitutionType.CLINIC : InstitutionType.HOSPITAL;
        Institution institution = new Institution(code, "試験" + type.label() + code, type, prefecture, null, null);
        em.persist(institution);
        return institution;
    }

    private void account(String username, Role role, Institution institution, Prefecture prefecture) {
        UserAccount account = new UserAccount(username, passwordHash, role, institution, prefecture, "試験 担当",
                username + "@example.jp");
        account.confirmProfile("試験 担当", username + "@example.jp");
        em.persist(account);
    }

    private long versionOf(long requestId) {
        return em.find(SupplyRequest.class, requestId).getVersion();
    }

    private static jp.sosportal.request.entity.StatusChange last(SupplyRequest request) {
        return request.getHistory().get(request.getHistory().size() - 1);
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }
}
