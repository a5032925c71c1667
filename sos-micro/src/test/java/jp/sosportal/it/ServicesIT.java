package jp.sosportal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.annotation.Resource;
import jakarta.ejb.EJBAccessException;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.RollbackException;
import jakarta.transaction.UserTransaction;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import jp.sosportal.eligibility.boundary.EligibilityCheck;
import jp.sosportal.eligibility.control.CheckResult;
import jp.sosportal.eligibility.control.ConditionId;
import jp.sosportal.eligibility.control.ConditionResult;
import jp.sosportal.institution.boundary.Institutions;
import jp.sosportal.institution.control.PasswordHashing;
import jp.sosportal.institution.entity.Institution;
import jp.sosportal.institution.entity.InstitutionType;
import jp.sosportal.institution.entity.Prefecture;
import jp.sosportal.institution.entity.Role;
import jp.sosportal.institution.entity.UserAccount;
import jp.sosportal.mail.entity.OutboxMail;
import jp.sosportal.notification.boundary.ReviewerDigest;
import jp.sosportal.platform.InvalidInputException;
import jp.sosportal.platform.NotFoundException;
import jp.sosportal.platform.StaleVersionException;
import jp.sosportal.request.boundary.SupplyRequests;
import jp.sosportal.request.control.RequestInput;
import jp.sosportal.request.control.RequestPage;
import jp.sosportal.request.control.RequestQuery;
import jp.sosportal.request.entity.RequestContent;
import jp.sosportal.request.entity.RequestRefusedException;
import jp.sosportal.request.entity.RequestStatus;
import jp.sosportal.request.entity.StatusChange;
import jp.sosportal.request.entity.SupplyRequest;
import jp.sosportal.survey.boundary.Surveys;
import jp.sosportal.survey.control.DailyInput;
import jp.sosportal.survey.control.WeeklyItemInput;
import jp.sosportal.survey.entity.DailySurvey;
import jp.sosportal.survey.entity.DailyValues;
import jp.sosportal.survey.entity.Outlook;
import jp.sosportal.survey.entity.SurveyRevision;
import jp.sosportal.survey.entity.WeeklyItemAnswer;
import jp.sosportal.survey.entity.WeeklySurvey;

/**
 * The services in the container with real callers: each test builds its own institutions and accounts (two in
 * Tokyo, one in Osaka, a reviewer per prefecture, a national reviewer, a batch and a system administrator) and
 * logs them in through the portal's own identity store ({@link Login}), so the services resolve the caller as in
 * production. Covered: the access rules of every service method, the history of every move, optimistic locking
 * (a stale version, and two edits that meet at commit), two submissions at the same moment, survey revisions,
 * the latest-and-fresh survey queries behind the eligibility check, and the request search in the database.
 */
@ExtendWith(ArquillianExtension.class)
class ServicesIT {

    static final String PASSWORD = "Test1234pass";
    static final LocalDate OLD_DAY = LocalDate.of(2021, 1, 4);
    static final AtomicInteger SEQUENCE = new AtomicInteger(ThreadLocalRandom.current().nextInt(1_000_000, 8_000_000));
    static String passwordHash;

    @Deployment
    static WebArchive deployment() {
        return Deployments.portalWith(ServicesIT.class, Login.class, RunnerResponse.class);
    }

    @PersistenceContext
    EntityManager em;

    @Resource
    UserTransaction tx;

    @Resource
    ManagedExecutorService executor;

    @Inject
    Clock clock;

    @Inject
    PasswordHashing hashing;

    @Inject
    SupplyRequests requests;

    @Inject
    Surveys surveys;

    @Inject
    Institutions institutions;

    @Inject
    EligibilityCheck eligibility;

    @Inject
    ReviewerDigest digest;

    // ---------------------------------------------------------------------------------------------------------
    // Access rules: every service method × every kind of caller

    /** The kinds of caller, seen from the Tokyo hospital of a {@link World}. */
    enum Who {
        OWN_STAFF(Role.STAFF), OTHER_STAFF(Role.STAFF), PREFECTURE(Role.PREFECTURE),
        OTHER_PREFECTURE(Role.PREFECTURE), NATIONAL(Role.NATIONAL), BATCH_ADMIN(Role.BATCH_ADMIN),
        SYSTEM_ADMIN(Role.SYSTEM_ADMIN);

        final Role role;

        Who(Role role) {
            this.role = role;
        }
    }

    enum Outcome { REACHED, NOT_FOUND, FORBIDDEN }

    @FunctionalInterface
    interface ServiceCall {
        Object run() throws Exception;
    }

    /**
     * A service method, the roles it admits and whether a batch administrator reaches every institution with it
     * (survey loads do). Any other admitted caller reaches the hospital's data only if it is the hospital's staff,
     * a reviewer of its prefecture or a national reviewer; everybody else is told "not found".
     */
    record Rule(String method, Set<Role> roles, boolean batchReachesAll, ServiceCall call) {

        Outcome expectedFor(Who who) {
            if (!roles.contains(who.role)) {
                return Outcome.FORBIDDEN;
            }
            boolean reaches = EnumSet.of(Who.OWN_STAFF, Who.PREFECTURE, Who.NATIONAL).contains(who)
                    || who == Who.BATCH_ADMIN && batchReachesAll;
            return reaches ? Outcome.REACHED : Outcome.NOT_FOUND;
        }
    }

    @Test
    void everyServiceMethodAppliesTheAccessRules() throws Exception {
        World w = world();
        Login.as(w.user(Who.OWN_STAFF), PASSWORD);
        long id = requests.create(w.hospital(), input("SURGICAL_MASK")).getId();
        Set<Role> staff = EnumSet.of(Role.STAFF);
        Set<Role> readers = EnumSet.of(Role.STAFF, Role.PREFECTURE, Role.NATIONAL);
        Set<Role> writers = EnumSet.of(Role.STAFF, Role.BATCH_ADMIN);
        LocalDate today = LocalDate.now(clock);
        List<Rule> rules = List.of(
                new Rule("SupplyRequests.create", staff, false,
                        () -> requests.create(w.hospital(), input("FACE_SHIELD"))),
                new Rule("SupplyRequests.edit", staff, false,
                        () -> requests.edit(id, versionOf(id), input("SURGICAL_MASK", "ISOLATION_GOWN"))),
                new Rule("SupplyRequests.check", readers, false, () -> requests.check(id)),
                new Rule("SupplyRequests.submit", staff, false, () -> requests.submit(id)),
                new Rule("SupplyRequests.find", readers, false, () -> requests.find(id)),
                new Rule("SupplyRequests.history", readers, false, () -> requests.history(id)),
                new Rule("SupplyRequests.search", readers, false,
                        () -> found(requests.search(query(w.hospital(), null, null, null, null, 0, 20)))),
                new Rule("SupplyRequests.confirmByPrefecture", EnumSet.of(Role.PREFECTURE), false,
                        () -> requests.confirmByPrefecture(id, versionOf(id))),
                new Rule("SupplyRequests.accept", EnumSet.of(Role.NATIONAL), false,
                        () -> requests.accept(id, versionOf(id))),
                new Rule("Surveys.recordDaily", writers, true,
                        () -> surveys.recordDaily(w.hospital(), OLD_DAY, daily(0, 1, 0, 0))),
                new Rule("Surveys.recordWeekly", writers, true, () -> surveys.recordWeekly(w.hospital(), OLD_DAY,
                        List.of(new WeeklyItemInput("SURGICAL_MASK", "WITHIN_1_WEEK", 10, 10, 0)))),
                new Rule("Surveys.findDaily", readers, false, () -> surveys.findDaily(w.hospital(), today)),
                new Rule("Surveys.dailyBetween", readers, false, () -> surveys.dailyBetween(w.hospital(), null, null)),
                new Rule("Surveys.findWeekly", readers, false, () -> surveys.findWeekly(w.hospital(), today)),
                new Rule("Surveys.latestDaily", readers, false, () -> surveys.latestDaily(w.hospital())),
                new Rule("Surveys.latestWeekly", readers, false, () -> surveys.latestWeekly(w.hospital())),
                new Rule("Institutions.reachable", EnumSet.allOf(Role.class), false,
                        () -> institutions.reachable(w.hospital())));

        List<String> wrong = new ArrayList<>();
        for (Who who : Who.values()) {
            Login.as(w.user(who), PASSWORD);
            for (Rule rule : rules) {
                String outcome = outcome(rule.call());
                if (!outcome.equals(rule.expectedFor(who).name())) {
                    wrong.add(rule.method() + " by " + who + ": " + outcome + ", expected " + rule.expectedFor(who));
                }
            }
        }
        assertEquals(List.of(), wrong);
    }

    /** What the access rules made of a call: a refusal of the domain (a status, a version) got past them. */
    private static String outcome(ServiceCall call) {
        try {
            call.run();
            return Outcome.REACHED.name();
        } catch (EJBAccessException e) {
            return Outcome.FORBIDDEN.name();
        } catch (NotFoundException e) {
            return Outcome.NOT_FOUND.name();
        } catch (RequestRefusedException | StaleVersionException | InvalidInputException e) {
            return Outcome.REACHED.name();
        } catch (Exception e) {
            return "unexpected " + e;
        }
    }

    /** A search that finds nothing tells the caller as much as a 404. */
    private static RequestPage found(RequestPage page) {
        if (page.total() == 0) {
            throw new NotFoundException();
        }
        return page;
    }

    // ---------------------------------------------------------------------------------------------------------
    // History

    @Test
    void everyMoveIsRecordedWithWhoWhenFromToAndWhy() throws Exception {
        World w = world();
        LocalDateTime start = LocalDateTime.now(clock).withNano(0);
        Login.as(w.user(Who.OWN_STAFF), PASSWORD);
        long id = requests.create(w.hospital(), input("FACE_SHIELD")).getId(); // ④ is not in the weekly answer
        assertEquals(RequestStatus.ERROR, requests.submit(id).getStatus());
        requests.edit(id, versionOf(id), input("SURGICAL_MASK"));
        assertEquals(RequestStatus.UNDER_REVIEW, requests.submit(id).getStatus());
        Login.as(w.user(Who.PREFECTURE), PASSWORD);
        requests.confirmByPrefecture(id, versionOf(id));
        Login.as(w.user(Who.NATIONAL), PASSWORD);
        assertEquals(RequestStatus.ACCEPTED, requests.accept(id, versionOf(id)).getStatus());

        List<StatusChange> history = requests.history(id);
        String staff = w.user(Who.OWN_STAFF);
        assertMoves(history,
                move(staff, null, RequestStatus.NOT_SUBMITTED, "作成"),
                move(staff, RequestStatus.NOT_SUBMITTED, RequestStatus.ERROR, "システムチェック&申請: 条件を満たさない項目があります"),
                move(staff, RequestStatus.ERROR, RequestStatus.NOT_SUBMITTED, "編集"),
                move(staff, RequestStatus.NOT_SUBMITTED, RequestStatus.UNDER_REVIEW, "システムチェック&申請: 条件を満たしています"),
                move(w.user(Who.PREFECTURE), RequestStatus.UNDER_REVIEW, RequestStatus.UNDER_REVIEW, "都道府県確認"),
                move(w.user(Who.NATIONAL), RequestStatus.UNDER_REVIEW, RequestStatus.ACCEPTED, "国受付"));
        LocalDateTime end = LocalDateTime.now(clock);
        for (int i = 0; i < history.size(); i++) {
            LocalDateTime at = history.get(i).getAt();
            assertFalse(at.isBefore(start) || at.isAfter(end), "row " + i + " at " + at);
            assertFalse(i > 0 && at.isBefore(history.get(i - 1).getAt()), "rows in time order");
        }

        Login.as(staff, PASSWORD);
        RequestRefusedException refused = assertThrows(RequestRefusedException.class,
                () -> requests.edit(id, versionOf(id), input("NON_STERILE_GLOVES")));
        assertEquals("受付完了の要請は変更できません。", refused.getMessage());
        SupplyRequest kept = requests.find(id);
        assertEquals(List.of("SURGICAL_MASK"), kept.getContent().getItemCodes());
        assertEquals(6, requests.history(id).size(), "a refused move records nothing");
    }

    /** 差戻し mails the institution with the reason; the 13:05 digest counts the prefecture reviewer's queue. */
    @Test
    void aReturnAndTheReviewersDigestAreMailedThroughTheOutbox() throws Exception {
        World w = world();
        Login.as(w.user(Who.OWN_STAFF), PASSWORD);
        long id = requests.create(w.hospital(), input("SURGICAL_MASK")).getId();
        assertEquals(RequestStatus.UNDER_REVIEW, requests.submit(id).getStatus());
        String reviewer = w.user(Who.PREFECTURE) + "@example.jp";
        assertTrue(digest.send() > 0);
        List<OutboxMail> digests = mailsTo(reviewer);
        assertEquals(1, digests.size());
        assertTrue(digests.get(0).getSubject().matches("【SOS】都道府県確認待ちの緊急配布要請が\\d+件あります"),
                digests.get(0).getSubject());

        Login.as(w.user(Who.PREFECTURE), PASSWORD);
        requests.returnToInstitution(id, versionOf(id), "数量の根拠を確認してください");
        List<OutboxMail> returned = mailsTo(w.user(Who.OWN_STAFF) + "@example.jp").stream()
                .filter(mail -> mail.getKind().equals("RETURNED")).toList();
        assertEquals(1, returned.size());
        assertTrue(returned.get(0).getSubject().startsWith("【SOS】緊急配布要請が差し戻されました: "));
        assertTrue(returned.get(0).getBody().contains("・数量の根拠を確認してください"), returned.get(0).getBody());
        assertTrue(returned.get(0).getBody().contains("対応ステータス: 未申請"), returned.get(0).getBody());
        assertEquals(List.of(), mailsTo(w.user(Who.OTHER_STAFF) + "@example.jp"), "no mail to another institution");
    }

    private List<OutboxMail> mailsTo(String recipient) {
        return em.createQuery("select m from OutboxMail m where m.recipient = :to order by m.id", OutboxMail.class)
                .setParameter("to", recipient).getResultList();
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
        World w = world();
        Login.as(w.user(Who.OWN_STAFF), PASSWORD);
        long id = requests.create(w.hospital(), input("SURGICAL_MASK")).getId();
        Login.as(w.user(Who.PREFECTURE), PASSWORD);
        assertEquals("未申請の要請は都道府県・国確認中にできません。", assertThrows(RequestRefusedException.class,
                () -> requests.confirmByPrefecture(id, versionOf(id))).getMessage());
        Login.as(w.user(Who.NATIONAL), PASSWORD);
        assertEquals("未申請の要請は受付完了にできません。", assertThrows(RequestRefusedException.class,
                () -> requests.accept(id, versionOf(id))).getMessage());
        assertEquals(1, requests.history(id).size());
        assertEquals(RequestStatus.NOT_SUBMITTED, requests.find(id).getStatus());
    }

    // ---------------------------------------------------------------------------------------------------------
    // Optimistic locking and concurrency

    @Test
    void aStaleVersionOverwritesNothing() throws Exception {
        World w = world();
        Login.as(w.user(Who.OWN_STAFF), PASSWORD);
        SupplyRequest created = requests.create(w.hospital(), input("SURGICAL_MASK"));
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
        World w = world();
        Login.as(w.user(Who.OWN_STAFF), PASSWORD);
        SupplyRequest created = requests.create(w.hospital(), input("SURGICAL_MASK"));
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
        World w = world();
        Login.as(w.user(Who.OWN_STAFF), PASSWORD);
        for (int round = 0; round < 3; round++) {
            long id = requests.create(w.hospital(), input("SURGICAL_MASK", "NON_STERILE_GLOVES")).getId();
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
    // Surveys

    @Test
    void aReplacedSurveyAnswerIsKeptAsARevision() throws Exception {
        World w = world();
        String staff = w.user(Who.OWN_STAFF);
        Login.as(staff, PASSWORD);
        surveys.recordDaily(w.hospital(), OLD_DAY, daily(0, 0, 5, 0));
        surveys.recordDaily(w.hospital(), OLD_DAY, daily(0, 0, 6, 0));

        assertEquals(6, surveys.findDaily(w.hospital(), OLD_DAY).orElseThrow().getValues().getInpatients());
        List<Object[]> revisions = revisions(w.hospital(), "DAILY");
        assertEquals(1, revisions.size());
        assertTrue(((String) revisions.get(0)[0]).contains("inpatients=5"), (String) revisions.get(0)[0]);
        assertEquals(staff, revisions.get(0)[1], "previously answered by");
        assertEquals(staff, revisions.get(0)[2], "replaced by");

        InvalidInputException negative = assertThrows(InvalidInputException.class,
                () -> surveys.recordDaily(w.hospital(), OLD_DAY, daily(0, 0, -1, 0)));
        assertEquals("inpatients", negative.errors().get(0).field());
        InvalidInputException future = assertThrows(InvalidInputException.class,
                () -> surveys.recordDaily(w.hospital(), LocalDate.now(clock).plusDays(1), daily(0, 0, 1, 0)));
        assertEquals("未来の日付は指定できません。", future.errors().get(0).message());
        assertEquals(6, surveys.findDaily(w.hospital(), OLD_DAY).orElseThrow().getValues().getInpatients());
        assertEquals(1, revisions(w.hospital(), "DAILY").size(), "a refused answer replaces nothing");
    }

    @Test
    void aBatchAdministratorLoadsWeeklyAnswersForAnyInstitution() throws Exception {
        World w = world();
        Login.as(w.user(Who.BATCH_ADMIN), PASSWORD);
        surveys.recordWeekly(w.osakaHospital(), OLD_DAY,
                List.of(new WeeklyItemInput("SURGICAL_MASK", "WITHIN_1_WEEK", 100, 50, 0)));
        surveys.recordWeekly(w.osakaHospital(), OLD_DAY,
                List.of(new WeeklyItemInput("NON_STERILE_GLOVES", "FOUR_WEEKS_OR_MORE", 900, 10, 0)));
        assertThrows(NotFoundException.class, () -> surveys.recordWeekly("0000000000", OLD_DAY,
                List.of(new WeeklyItemInput("SURGICAL_MASK", "WITHIN_1_WEEK", 1, 1, 0))));

        Login.as(w.user(Who.NATIONAL), PASSWORD);
        WeeklySurvey read = surveys.findWeekly(w.osakaHospital(), OLD_DAY).orElseThrow();
        assertEquals(w.user(Who.BATCH_ADMIN), read.getAnsweredBy());
        assertEquals(List.of("NON_STERILE_GLOVES"),
                read.getItems().stream().map(WeeklyItemAnswer::getItemCode).toList());
        List<Object[]> revisions = revisions(w.osakaHospital(), "WEEKLY");
        assertEquals(1, revisions.size());
        assertTrue(((String) revisions.get(0)[0]).contains("SURGICAL_MASK:WITHIN_1_WEEK/100/50/0"));
    }

    private List<Object[]> revisions(String institutionCode, String kind) {
        return em.createQuery("select r.previousValues, r.previouslyAnsweredBy, r.replacedBy from SurveyRevision r"
                        + " where r.institution.code = :code and r.kind = :kind order by r.replacedAt", Object[].class)
                .setParameter("code", institutionCode)
                .setParameter("kind", SurveyRevision.Kind.valueOf(kind))
                .getResultList();
    }

    // ---------------------------------------------------------------------------------------------------------
    // The eligibility check on the database: latest answer on or before today, inside its window

    @Test
    void theCheckReadsTheLatestAnswerInsideItsWindow() throws Exception {
        LocalDate today = LocalDate.now(clock);
        Institution hospital = bareInstitution(InstitutionType.HOSPITAL);
        RequestContent masks = new RequestContent(true, false, List.of("SURGICAL_MASK"), null);

        persistDaily(hospital, today.minusDays(8), 5);
        persistWeekly(hospital, today.minusDays(15), Outlook.WITHIN_1_WEEK);
        ConditionResult daily = condition(eligibility.check(hospital, masks), ConditionId.DAILY);
        assertFalse(daily.passed());
        assertEquals(today.minusDays(8), daily.surveyDate(), "a stale answer is named with its date");
        assertTrue(daily.message().contains("7日より古い"), daily.message());
        assertFalse(condition(eligibility.check(hospital, masks), ConditionId.WEEKLY).passed());

        persistDaily(hospital, today.minusDays(7), 4);
        persistWeekly(hospital, today.minusDays(14), Outlook.FOUR_WEEKS_OR_MORE);
        persistDaily(hospital, today.plusDays(1), 0); // only a clock skew writes this; the check must not use it
        CheckResult result = eligibility.check(hospital, masks);
        daily = condition(result, ConditionId.DAILY);
        assertTrue(daily.passed());
        assertEquals(today.minusDays(7), daily.surveyDate());
        assertEquals("4", daily.value());
        ConditionResult weekly = condition(result, ConditionId.WEEKLY);
        assertFalse(weekly.passed());
        assertEquals(today.minusDays(14), weekly.surveyDate());
        assertEquals("4週間以上", weekly.value());

        persistWeekly(hospital, today.minusDays(1), Outlook.TWO_TO_THREE_WEEKS);
        assertTrue(eligibility.check(hospital, masks).passed());
    }

    private static ConditionResult condition(CheckResult result, ConditionId id) {
        return result.conditions().stream().filter(c -> c.id() == id).findFirst().orElseThrow();
    }

    // ---------------------------------------------------------------------------------------------------------
    // Search in the database

    @Test
    void theSearchFiltersCountsAndPagesInTheDatabase() throws Exception {
        World w = world();
        Login.as(w.user(Who.OWN_STAFF), PASSWORD);
        long masks = requests.create(w.hospital(), input("SURGICAL_MASK")).getId();
        long shields = requests.create(w.hospital(), input("FACE_SHIELD", "NON_STERILE_GLOVES")).getId();
        long gloves = requests.create(w.hospital(), input("NON_STERILE_GLOVES")).getId();
        assertEquals(RequestStatus.UNDER_REVIEW, requests.submit(gloves).getStatus());

        Login.as(w.user(Who.NATIONAL), PASSWORD);
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

        Login.as(w.user(Who.OTHER_PREFECTURE), PASSWORD);
        assertFound(List.of(), 0, query(w.hospital(), null, null, null, null, 0, 20));
        Login.as(w.user(Who.OTHER_STAFF), PASSWORD);
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

    // ---------------------------------------------------------------------------------------------------------
    // Fixtures

    /** Institutions and accounts of one test; the Tokyo hospital and clinic have fresh surveys. */
    record World(String hospital, String clinic, String osakaHospital, String suffix) {

        String user(Who who) {
            return who.name().toLowerCase().replace('_', '-') + "-" + suffix;
        }
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
        Institution hospital = institution("131" + suffix, InstitutionType.HOSPITAL, tokyo);
        Institution clinic = institution("132" + suffix, InstitutionType.CLINIC, tokyo);
        Institution osakaHospital = institution("271" + suffix, InstitutionType.HOSPITAL, osaka);
        em.persist(new DailySurvey(hospital, today, new DailyValues(0, 0, 2, 0, false, false), now(), "fixture"));
        em.persist(new WeeklySurvey(hospital, today.minusDays(1), List.of(
                new WeeklyItemAnswer("SURGICAL_MASK", Outlook.WITHIN_1_WEEK, 100, 200, 0),
                new WeeklyItemAnswer("NON_STERILE_GLOVES", Outlook.TWO_TO_THREE_WEEKS, 300, 100, 0),
                new WeeklyItemAnswer("ISOLATION_GOWN", Outlook.FOUR_WEEKS_OR_MORE, 900, 10, 0)), now(), "fixture"));
        em.persist(new DailySurvey(clinic, today, new DailyValues(0, 1, 0, 0, true, false), now(), "fixture"));
        World world = new World(hospital.getCode(), clinic.getCode(), osakaHospital.getCode(), suffix);
        account(world.user(Who.OWN_STAFF), Role.STAFF, hospital, null);
        account(world.user(Who.OTHER_STAFF), Role.STAFF, clinic, null);
        account(world.user(Who.PREFECTURE), Role.PREFECTURE, null, tokyo);
        account(world.user(Who.OTHER_PREFECTURE), Role.PREFECTURE, null, osaka);
        account(world.user(Who.NATIONAL), Role.NATIONAL, null, null);
        account(world.user(Who.BATCH_ADMIN), Role.BATCH_ADMIN, null, null);
        account(world.user(Who.SYSTEM_ADMIN), Role.SYSTEM_ADMIN, null, null);
        tx.commit();
        return world;
    }

    private Institution bareInstitution(InstitutionType type) throws Exception {
        tx.begin();
        Institution institution = institution("139" + String.format("%07d", SEQUENCE.incrementAndGet()), type,
                em.find(Prefecture.class, "13"));
        tx.commit();
        return institution;
    }

    private Institution institution(String code, InstitutionType type, Prefecture prefecture) {
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

    private void persistDaily(Institution institution, LocalDate date, int inpatients) throws Exception {
        tx.begin();
        em.persist(new DailySurvey(em.find(Institution.class, institution.getId()), date,
                new DailyValues(0, 0, inpatients, 0, false, false), now(), "fixture"));
        tx.commit();
    }

    private void persistWeekly(Institution institution, LocalDate date, Outlook masks) throws Exception {
        tx.begin();
        em.persist(new WeeklySurvey(em.find(Institution.class, institution.getId()), date,
                List.of(new WeeklyItemAnswer("SURGICAL_MASK", masks, 100, 100, 0)), now(), "fixture"));
        tx.commit();
    }

    private long versionOf(long requestId) {
        return em.find(SupplyRequest.class, requestId).getVersion();
    }

    private static RequestInput input(String... items) {
        return new RequestInput(true, false, List.of(items), null);
    }

    private static DailyInput daily(int quantitative, int qualitative, int inpatients, int beds) {
        return new DailyInput(quantitative, qualitative, inpatients, beds, false, false);
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }
}
