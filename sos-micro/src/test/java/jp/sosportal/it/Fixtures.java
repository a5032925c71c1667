package jp.sosportal.it;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import jp.sosportal.institution.control.PasswordHashing;
import jp.sosportal.institution.entity.Institution;
import jp.sosportal.institution.entity.InstitutionType;
import jp.sosportal.institution.entity.Prefecture;
import jp.sosportal.institution.entity.Role;
import jp.sosportal.institution.entity.UserAccount;
import jp.sosportal.request.control.RequestInput;
import jp.sosportal.request.entity.SupplyRequest;
import jp.sosportal.survey.entity.DailySurvey;
import jp.sosportal.survey.entity.DailyValues;
import jp.sosportal.survey.entity.Outlook;
import jp.sosportal.survey.entity.WeeklyItemAnswer;
import jp.sosportal.survey.entity.WeeklySurvey;

/**
 * The one fixture builder of the in-container tests. The test classes share one deployment and one database
 * ({@link Deployments}), so everything made here is named with a fresh suffix and a test counts only what it made.
 * Each method joins the caller's transaction or runs in its own.
 */
@ApplicationScoped
public class Fixtures {

    /** The password of every account made here. */
    public static final String PASSWORD = "Test1234pass";
    /** A day long before any answer the fixtures write: a test may answer surveys on it without meeting them. */
    public static final LocalDate OLD_DAY = LocalDate.of(2021, 1, 4);
    private static final AtomicInteger SEQUENCE =
            new AtomicInteger(ThreadLocalRandom.current().nextInt(1_000_000, 8_000_000));

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    PasswordHashing hashing;

    private volatile String passwordHash;

    /** Seven digits no other test of this run has: institution codes are a 3-digit prefix and this. */
    public String suffix() {
        return String.format("%07d", SEQUENCE.incrementAndGet());
    }

    /**
     * A {@link World}. The hospitals have a daily answer of today (2 inpatients) and a weekly answer of yesterday
     * (masks within a week, gloves two to three weeks, gowns four weeks or more), so that requests for masks or
     * gloves pass the eligibility check; the clinic has today's daily answer (a testing institution) only.
     */
    @Transactional
    public World world() {
        String suffix = suffix();
        LocalDate today = LocalDate.now(clock);
        Institution hospital = institution("131" + suffix, InstitutionType.HOSPITAL, "13");
        Institution clinic = institution("132" + suffix, InstitutionType.CLINIC, "13");
        Institution osakaHospital = institution("271" + suffix, InstitutionType.HOSPITAL, "27");
        for (Institution h : List.of(hospital, osakaHospital)) {
            daily(h, today, new DailyValues(0, 0, 2, 0, false, false));
            weekly(h, today.minusDays(1), List.of(
                    new WeeklyItemAnswer("SURGICAL_MASK", Outlook.WITHIN_1_WEEK, 100, 200, 0),
                    new WeeklyItemAnswer("NON_STERILE_GLOVES", Outlook.TWO_TO_THREE_WEEKS, 300, 100, 0),
                    new WeeklyItemAnswer("ISOLATION_GOWN", Outlook.FOUR_WEEKS_OR_MORE, 900, 10, 0)));
        }
        daily(clinic, today, new DailyValues(0, 1, 0, 0, true, false));
        World world = new World(suffix, hospital.getCode(), clinic.getCode(), osakaHospital.getCode());
        account(world.user("staff"), Role.STAFF, hospital, null);
        account(world.user("other-staff"), Role.STAFF, clinic, null);
        account(world.user("osaka-staff"), Role.STAFF, osakaHospital, null);
        account(world.user("prefecture"), Role.PREFECTURE, null, "13");
        account(world.user("prefecture2"), Role.PREFECTURE, null, "13");
        account(world.user("osaka-prefecture"), Role.PREFECTURE, null, "27");
        account(world.user("national"), Role.NATIONAL, null, null);
        account(world.user("batch-admin"), Role.BATCH_ADMIN, null, null);
        account(world.user("system-admin"), Role.SYSTEM_ADMIN, null, null);
        return world;
    }

    /** An institution with no answers and no accounts; its code is 3 digits of {@code prefix} and a fresh suffix. */
    @Transactional
    public Institution institution(String prefix, InstitutionType type) {
        return institution(prefix + suffix(), type, prefix.substring(0, 2));
    }

    /** An institution named 試験 + its type + its code. */
    @Transactional
    public Institution institution(String code, InstitutionType type, String prefectureCode) {
        Institution institution = new Institution(code, "試験" + type.label() + code, type,
                em.find(Prefecture.class, prefectureCode), null, null);
        em.persist(institution);
        return institution;
    }

    /** An account with {@link #PASSWORD} and a confirmed profile (it goes straight to the portal at login). */
    @Transactional
    public UserAccount account(String username, Role role, Institution institution, String prefectureCode) {
        UserAccount account = new UserAccount(username, passwordHash(), role,
                institution == null ? null : em.find(Institution.class, institution.getId()),
                prefectureCode == null ? null : em.find(Prefecture.class, prefectureCode), "試験 担当",
                username + "@example.jp");
        account.confirmProfile("試験 担当", username + "@example.jp");
        em.persist(account);
        return account;
    }

    /** A daily answer as a fixture writes it (no revision, no check): only the answer is stored. */
    @Transactional
    public void daily(Institution institution, LocalDate date, DailyValues values) {
        em.persist(new DailySurvey(em.find(Institution.class, institution.getId()), date, values, now(), "fixture"));
    }

    /** A weekly answer as a fixture writes it. */
    @Transactional
    public void weekly(Institution institution, LocalDate date, List<WeeklyItemAnswer> items) {
        em.persist(new WeeklySurvey(em.find(Institution.class, institution.getId()), date, items, now(), "fixture"));
    }

    /** A request for these items with the conditions confirmed, as the form sends it. */
    public static RequestInput request(String... items) {
        return new RequestInput(true, false, List.of(items), null);
    }

    /** The version a page would have read: what the next move sends. */
    public long versionOf(long requestId) {
        return em.find(SupplyRequest.class, requestId).getVersion();
    }

    /** PBKDF2 is slow on purpose: one hash of {@link #PASSWORD} serves every account. */
    private String passwordHash() {
        if (passwordHash == null) {
            passwordHash = hashing.hash(PASSWORD);
        }
        return passwordHash;
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }
}
