package jp.sosportal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.Resource;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;

import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import jp.sosportal.eligibility.control.WeeklyAnswer;
import jp.sosportal.eligibility.entity.CheckResult;
import jp.sosportal.eligibility.entity.ConditionId;
import jp.sosportal.eligibility.entity.ConditionResult;
import jp.sosportal.institution.entity.Caller;
import jp.sosportal.institution.entity.Institution;
import jp.sosportal.institution.entity.InstitutionType;
import jp.sosportal.institution.entity.Prefecture;
import jp.sosportal.institution.entity.Role;
import jp.sosportal.institution.entity.UserAccount;
import jp.sosportal.platform.InvalidInputException;
import jp.sosportal.request.control.RequestQuery;
import jp.sosportal.request.control.RequestSearch;
import jp.sosportal.request.entity.RequestContent;
import jp.sosportal.request.entity.RequestStatus;
import jp.sosportal.request.entity.SupplyRequest;
import jp.sosportal.survey.entity.DailySurvey;
import jp.sosportal.survey.entity.DailyValues;
import jp.sosportal.survey.entity.Outlook;
import jp.sosportal.survey.entity.SupplyItem;
import jp.sosportal.survey.entity.SurveyRevision;
import jp.sosportal.survey.entity.WeeklyItemAnswer;
import jp.sosportal.survey.entity.WeeklySurvey;

/**
 * Every entity written and read back through JPA on the real schema (Flyway's migrations, H2 or PostgreSQL):
 * mappings, reference data, constraints and optimistic locking.
 */
@ExtendWith(ArquillianExtension.class)
class PersistenceIT {

    static final LocalDateTime NOW = LocalDateTime.of(2021, 1, 4, 10, 15);


    @PersistenceContext
    EntityManager em;

    @Resource
    UserTransaction tx;

    @Test
    void referenceDataHoldsThe47PrefecturesAndTheFiveItems() {
        List<Prefecture> prefectures = em.createNamedQuery(Prefecture.ALL, Prefecture.class).getResultList();
        assertEquals(47, prefectures.size());
        assertEquals("北海道", prefectures.get(0).getName());
        assertEquals("沖縄県", prefectures.get(46).getName());
        List<SupplyItem> items = em.createNamedQuery(SupplyItem.ALL, SupplyItem.class).getResultList();
        assertEquals(List.of("SURGICAL_MASK", "N95_MASK", "ISOLATION_GOWN", "FACE_SHIELD", "NON_STERILE_GLOVES"),
                items.stream().map(SupplyItem::getCode).toList());
        assertEquals("②", items.get(1).getMark());
        assertTrue(items.get(1).isN95Rule());
    }

    @Test
    void institutionAndAccountRoundTrip() throws Exception {
        String code = uniqueCode();
        tx.begin();
        Institution institution = institution(code, InstitutionType.CLINIC);
        em.persist(new UserAccount("u" + code, "hash", Role.STAFF, institution, null, "担当 太郎", "t@example.jp"));
        tx.commit();
        em.clear();

        Institution read = em.createNamedQuery(Institution.BY_CODE, Institution.class)
                .setParameter("code", code).getSingleResult();
        assertEquals("テスト診療所" + code, read.getName());
        assertEquals(InstitutionType.CLINIC, read.getType());
        assertEquals("東京都", read.getPrefecture().getName());
        UserAccount account = em.createNamedQuery(UserAccount.BY_USERNAME, UserAccount.class)
                .setParameter("username", "u" + code).getSingleResult();
        assertEquals(code, account.getInstitution().getCode());
        assertTrue(account.isEnabled());
        assertFalse(account.isProfileConfirmed());
    }

    @Test
    void surveysAndTheirRevisionsRoundTrip() throws Exception {
        String code = uniqueCode();
        LocalDate day = LocalDate.of(2021, 1, 4);
        tx.begin();
        Institution institution = institution(code, InstitutionType.HOSPITAL);
        DailySurvey daily = new DailySurvey(institution, day, new DailyValues(1, 2, 3, 4, true, false), NOW, "t");
        em.persist(daily);
        WeeklySurvey weekly = new WeeklySurvey(institution, day, List.of(
                new WeeklyItemAnswer("SURGICAL_MASK", Outlook.WITHIN_1_WEEK, 1200, 900, 0),
                new WeeklyItemAnswer("NON_STERILE_GLOVES", Outlook.FOUR_WEEKS_OR_MORE, 5000, 700, 100)), NOW, "t");
        em.persist(weekly);
        em.persist(SurveyRevision.of(daily, NOW.plusHours(1), "t2"));
        tx.commit();
        em.clear();

        DailySurvey readDaily = em.createNamedQuery(DailySurvey.ON_DATE, DailySurvey.class)
                .setParameter("institution", em.find(Institution.class, institution.getId()))
                .setParameter("date", day).getSingleResult();
        assertEquals(3, readDaily.getValues().getInpatients());
        assertTrue(readDaily.getValues().isTestingInstitution());
        WeeklySurvey readWeekly = em.find(WeeklySurvey.class, weekly.getId());
        assertEquals(2, readWeekly.getItems().size());
        assertEquals(Outlook.FOUR_WEEKS_OR_MORE, WeeklyAnswer.of(readWeekly).outlookByItem().get("NON_STERILE_GLOVES"));
        assertEquals(9, readWeekly.item("SURGICAL_MASK").orElseThrow().daysOnHand().getAsInt());
        SurveyRevision revision = em.createQuery("select r from SurveyRevision r where r.surveyDate = :d"
                        + " and r.previousValues like '%inpatients=3%'", SurveyRevision.class)
                .setParameter("d", day).getResultList().get(0);
        assertEquals(SurveyRevision.Kind.DAILY, revision.getKind());
    }

    @Test
    void theDatabaseRefusesASecondDailyAnswerForTheSameDay() throws Exception {
        String code = uniqueCode();
        LocalDate day = LocalDate.of(2021, 1, 5);
        tx.begin();
        Institution institution = institution(code, InstitutionType.HOSPITAL);
        em.persist(new DailySurvey(institution, day, new DailyValues(0, 0, 0, 0, false, false), NOW, "t"));
        tx.commit();
        tx.begin();
        em.persist(new DailySurvey(em.find(Institution.class, institution.getId()), day,
                new DailyValues(0, 0, 1, 0, false, false), NOW, "t"));
        assertThrows(Exception.class, tx::commit);
    }

    @Test
    void aRequestKeepsItsContentCheckAndHistory() throws Exception {
        String code = uniqueCode();
        tx.begin();
        Institution institution = institution(code, InstitutionType.HOSPITAL);
        SupplyRequest request = new SupplyRequest(institution, new RequestContent(true, false,
                List.of("SURGICAL_MASK", "NON_STERILE_GLOVES"), "手袋が3日分しかありません"), NOW, "staff");
        em.persist(request);
        request.submit(new CheckResult(List.of(
                new ConditionResult(ConditionId.CONFIRMED, null, true, "ok", null, null, null, null),
                new ConditionResult(ConditionId.WEEKLY, "SURGICAL_MASK", true, "週次調査", "WEEKLY",
                        LocalDate.of(2021, 1, 1), "現在の在庫の備蓄見通し", "1週間以内"))),
                NOW.plusMinutes(5), LocalDate.of(2021, 1, 4), "staff");
        tx.commit();
        em.clear();

        SupplyRequest read = em.find(SupplyRequest.class, request.getId());
        assertEquals("2021/1/4_テスト病院" + code + "_緊急配布要請", read.getTitle());
        assertEquals(RequestStatus.UNDER_REVIEW, read.getStatus());
        assertEquals(List.of("SURGICAL_MASK", "NON_STERILE_GLOVES"), read.getContent().getItemCodes());
        assertEquals("手袋が3日分しかありません", read.getContent().getComment());
        assertEquals(LocalDate.of(2021, 1, 4), read.getHandlingDate());
        assertEquals(2, read.lastCheck().conditions().size());
        assertEquals("1週間以内", read.lastCheck().conditions().get(1).value());
        assertEquals(List.of(RequestStatus.NOT_SUBMITTED, RequestStatus.UNDER_REVIEW),
                read.getHistory().stream().map(h -> h.getTo()).toList());
        assertNotNull(read.getHistory().get(1).getReason());
    }

    @Test
    void anEditedAndResubmittedRequestReplacesItsItemsAndCheck() throws Exception {
        String code = uniqueCode();
        tx.begin();
        SupplyRequest request = new SupplyRequest(institution(code, InstitutionType.HOSPITAL),
                new RequestContent(true, false, List.of("SURGICAL_MASK", "FACE_SHIELD"), null), NOW, "staff");
        em.persist(request);
        request.submit(failedCheck("first"), NOW, null, "staff");
        tx.commit();

        tx.begin();
        SupplyRequest edited = em.find(SupplyRequest.class, request.getId());
        edited.edit(new RequestContent(true, false, List.of("NON_STERILE_GLOVES"), "edited"), NOW, "staff");
        edited.submit(failedCheck("second"), NOW.plusMinutes(1), null, "staff");
        tx.commit();
        em.clear();

        SupplyRequest read = em.find(SupplyRequest.class, request.getId());
        assertEquals(List.of("NON_STERILE_GLOVES"), read.getContent().getItemCodes());
        assertEquals(List.of("second"), read.lastCheck().conditions().stream().map(c -> c.message()).toList());
        assertEquals(RequestStatus.ERROR, read.getStatus());
        assertEquals(4, read.getHistory().size());
    }

    private static CheckResult failedCheck(String message) {
        return new CheckResult(List.of(new ConditionResult(ConditionId.CONFIRMED, null, false, message, null, null,
                null, null)));
    }

    @Test
    void aStaleCopyCannotOverwriteANewerOne() throws Exception {
        String code = uniqueCode();
        tx.begin();
        SupplyRequest request = new SupplyRequest(institution(code, InstitutionType.CLINIC),
                new RequestContent(true, false, List.of("SURGICAL_MASK"), null), NOW, "staff");
        em.persist(request);
        tx.commit();
        tx.begin();
        SupplyRequest stale = em.find(SupplyRequest.class, request.getId()); // detached when the transaction ends
        tx.commit();

        tx.begin();
        em.find(SupplyRequest.class, request.getId())
                .edit(new RequestContent(true, false, List.of("FACE_SHIELD"), "changed"), NOW, "staff");
        tx.commit();

        tx.begin();
        stale.edit(new RequestContent(true, false, List.of("ISOLATION_GOWN"), "stale"), NOW, "other");
        assertThrows(OptimisticLockException.class, () -> em.merge(stale));
        tx.rollback();
        assertEquals("changed", em.find(SupplyRequest.class, request.getId()).getContent().getComment());
    }

    // Issue 13 (ASVS 4.1.5): an account's role ties it to an institution or a prefecture, and a caller missing its
    // tie reaches nothing.

    @Test
    void theDatabaseRefusesAnAccountWhoseRoleAndTiesDisagree() throws Exception {
        Institution institution = committedInstitution();
        Prefecture tokyo = em.find(Prefecture.class, "13");
        assertRefused(new UserAccount("u-staff-" + uniqueCode(), "hash", Role.STAFF, null, null, "担当", null));
        assertRefused(new UserAccount("u-pref-" + uniqueCode(), "hash", Role.PREFECTURE, null, null, "担当", null));
        assertRefused(new UserAccount("u-pref2-" + uniqueCode(), "hash", Role.PREFECTURE, institution, tokyo,
                "担当", null));
        assertRefused(new UserAccount("u-nat-" + uniqueCode(), "hash", Role.NATIONAL, null, tokyo, "担当", null));
        assertRefused(new UserAccount("u-adm-" + uniqueCode(), "hash", Role.SYSTEM_ADMIN, institution, null,
                "担当", null));

        tx.begin();
        em.persist(new UserAccount("u-ok-" + uniqueCode(), "hash", Role.STAFF, em.merge(institution), null, "担当",
                null));
        em.persist(new UserAccount("u-ok2-" + uniqueCode(), "hash", Role.PREFECTURE, null, tokyo, "担当", null));
        tx.commit();
    }

    @Test
    void staffWithoutAnInstitutionAndAReviewerWithoutAPrefectureFindNoRequest() throws Exception {
        Institution institution = committedInstitution();
        tx.begin();
        em.persist(new SupplyRequest(em.merge(institution), new RequestContent(true, false,
                List.of("SURGICAL_MASK"), null), NOW, "staff"));
        tx.commit();
        RequestQuery all = RequestQuery.all();
        Caller national = new Caller("n", Role.NATIONAL, null, null, null, null, null, "n", true, false);
        Caller staffWithout = new Caller("s", Role.STAFF, null, null, null, null, null, "s", true, false);
        Caller prefectureWithout = new Caller("p", Role.PREFECTURE, null, null, null, null, null, "p", true, false);

        assertTrue(new RequestSearch(em, national).run(all).total() > 0);
        assertEquals(0, new RequestSearch(em, staffWithout).run(all).total());
        assertEquals(0, new RequestSearch(em, prefectureWithout).run(all).total());
    }

    @Test
    void anAbsurdPageIsRefusedAsBadInputNotAServerError() {
        Caller national = new Caller("n", Role.NATIONAL, null, null, null, null, null, "n", true, false);
        RequestQuery absurd = new RequestQuery(null, null, null, null, null, null, Integer.MAX_VALUE, 20);
        assertThrows(InvalidInputException.class, () -> new RequestSearch(em, national).run(absurd));
    }

    private Institution committedInstitution() throws Exception {
        tx.begin();
        Institution institution = institution(uniqueCode(), InstitutionType.HOSPITAL);
        tx.commit();
        return institution;
    }

    private void assertRefused(UserAccount account) throws Exception {
        tx.begin();
        try {
            em.persist(account);
            assertThrows(Exception.class, tx::commit, account.getUsername());
        } finally {
            if (tx.getStatus() != jakarta.transaction.Status.STATUS_NO_TRANSACTION) {
                tx.rollback();
            }
        }
    }

    private Institution institution(String code, InstitutionType type) {
        String name = (type == InstitutionType.HOSPITAL ? "テスト病院" : "テスト診療所") + code;
        Institution institution = new Institution(code, name, type, em.find(Prefecture.class, "13"), null, null);
        em.persist(institution);
        return institution;
    }

    private static String uniqueCode() {
        return String.valueOf(Math.abs(UUID.randomUUID().getMostSignificantBits()) % 10_000_000_000L);
    }

}
