package jp.sosportal.demo.boundary;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import jp.sosportal.institution.control.PasswordHashing;
import jp.sosportal.institution.entity.Institution;
import jp.sosportal.institution.entity.InstitutionType;
import jp.sosportal.institution.entity.Prefecture;
import jp.sosportal.institution.entity.Role;
import jp.sosportal.institution.entity.UserAccount;
import jp.sosportal.platform.SchemaReady;
import jp.sosportal.survey.entity.DailySurvey;
import jp.sosportal.survey.entity.DailyValues;
import jp.sosportal.survey.entity.Outlook;
import jp.sosportal.survey.entity.WeeklyItemAnswer;
import jp.sosportal.survey.entity.WeeklySurvey;

/**
 * Demo institutions, surveys and one account per role, written once into an empty database (README lists the
 * accounts). On by default for the embedded H2 run, off by default with PostgreSQL; {@code SOS_DEMO} decides.
 * The surveys are dated relative to today so that some institutions pass the check and some fail, each for a
 * reason SPEC.md names; each start tops up the answers that aged out since.
 */
@Stateless
public class DemoData {

    /**
     * Shared by every demo account and published in the README. Seeded as it is: it predates the 12-character rule
     * that every new password follows. Each demo account is marked, so that every page warns while one has it.
     */
    public static final String PASSWORD = "SosDemo2021";
    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());
    private static final String SEEDER = "demo";
    private static final List<String> DEMO_CODES = List.of("1390000001", "2790000001", "1310000001", "1310000002",
            "1320000001", "1320000002", "1330000001", "2710000001", "2710000002", "2720000001", "2730000001");

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    PasswordHashing passwords;

    @Inject
    @ConfigProperty(name = "sos.demo")
    Optional<Boolean> demo;

    @Inject
    @ConfigProperty(name = "sos.db.url")
    Optional<String> databaseUrl;

    public void seedOnEmptyDatabase(@Observes SchemaReady ready) {
        if (!demo.orElse(databaseUrl.isEmpty())) {
            return;
        }
        if (em.createQuery("select count(i) from Institution i", Long.class).getSingleResult() == 0) {
            seed();
            LOG.info("Demo data seeded: 12 institutions and the demo accounts of the README");
        } else if (!holdsDemoInstitutions()) {
            LOG.info("Demo data: the database already holds other institutions, nothing seeded");
            return;
        }
        int written = surveys(LocalDate.now(clock));
        LOG.info(() -> "Demo data: " + written + " survey answers written so the README's check results hold today");
    }

    private boolean holdsDemoInstitutions() {
        return DEMO_CODES.stream().allMatch(code -> institution(code).isPresent());
    }

    /**
     * The demo surveys, dated relative to today. Each is written only when its institution has no answer of that
     * kind on or after that date: on a new database all are written; on a later start only those that aged out,
     * so the check results the README promises stay true, and nothing anyone answered is overwritten.
     */
    private int surveys(LocalDate today) {
        // 大阪府医療連携とりまとめ団体 has answered no weekly survey.
        List<Boolean> writes = List.of(
                daily("1310000001", today, new DailyValues(0, 0, 3, 2, true, true)),
                weekly("1310000001", today.minusDays(2), Outlook.WITHIN_1_WEEK, Outlook.TWO_TO_THREE_WEEKS),
                daily("1310000002", today.minusDays(1), new DailyValues(0, 0, 0, 0, false, false)),
                weekly("1310000002", today.minusDays(3), Outlook.WITHIN_1_WEEK, Outlook.WITHIN_1_WEEK),
                daily("1320000001", today.minusDays(1), new DailyValues(0, 5, 0, 0, true, false)),
                weekly("1320000001", today.minusDays(4), Outlook.TWO_TO_THREE_WEEKS, Outlook.WITHIN_1_WEEK),
                // 上野: no daily survey at all
                weekly("1320000002", today.minusDays(4), Outlook.WITHIN_1_WEEK, Outlook.WITHIN_1_WEEK),
                daily("1330000001", today, new DailyValues(0, 12, 0, 0, true, true)),
                weekly("1330000001", today.minusDays(1), Outlook.WITHIN_1_WEEK, Outlook.TWO_TO_THREE_WEEKS),
                weekly("1390000001", today.minusDays(5), Outlook.TWO_TO_THREE_WEEKS, Outlook.TWO_TO_THREE_WEEKS),
                daily("2710000001", today, new DailyValues(2, 0, 5, 0, true, true)),
                weekly("2710000001", today.minusDays(2), Outlook.FOUR_WEEKS_OR_MORE, Outlook.FOUR_WEEKS_OR_MORE),
                daily("2710000002", today, new DailyValues(0, 0, 8, 4, true, true)),
                weekly("2710000002", today.minusDays(1), Outlook.WITHIN_1_WEEK, Outlook.WITHIN_1_WEEK),
                daily("2720000001", today.minusDays(2), new DailyValues(0, 1, 0, 0, true, false)),
                // 天王寺: weekly survey older than 14 days; 堺: daily survey older than 7 days
                weekly("2720000001", today.minusDays(20), Outlook.WITHIN_1_WEEK, Outlook.WITHIN_1_WEEK),
                daily("2730000001", today.minusDays(10), new DailyValues(0, 3, 0, 0, true, true)),
                weekly("2730000001", today.minusDays(3), Outlook.WITHIN_1_WEEK, Outlook.WITHIN_1_WEEK));
        return (int) writes.stream().filter(Boolean::booleanValue).count();
    }

    private void seed() {
        Prefecture tokyo = em.find(Prefecture.class, "13");
        Prefecture osaka = em.find(Prefecture.class, "27");

        Institution tokyoAggregator = institution("1390000001", "東京都医師会とりまとめ団体", InstitutionType.AGGREGATOR, tokyo, null);
        Institution osakaAggregator = institution("2790000001", "大阪府医療連携とりまとめ団体", InstitutionType.AGGREGATOR, osaka, null);
        // 東京都: a hospital that passes, one whose daily survey shows no COVID-19 activity, ...
        Institution shinjuku = institution("1310000001", "東京都立新宿病院", InstitutionType.HOSPITAL, tokyo, null);
        Institution shibuya = institution("1310000002", "渋谷中央病院", InstitutionType.HOSPITAL, tokyo, null);
        Institution ikebukuro = institution("1320000001", "池袋内科クリニック", InstitutionType.CLINIC, tokyo, tokyoAggregator);
        Institution ueno = institution("1320000002", "上野こどもクリニック", InstitutionType.CLINIC, tokyo, tokyoAggregator);
        Institution shinagawa = institution("1330000001", "品川地域外来・検査センター", InstitutionType.TEST_CENTER, tokyo, null);
        // 大阪府: a hospital with plenty of stock, a hospital eligible for N95, stale and missing surveys.
        Institution umeda = institution("2710000001", "梅田総合病院", InstitutionType.HOSPITAL, osaka, null);
        Institution namba = institution("2710000002", "難波救急医療センター", InstitutionType.HOSPITAL, osaka, null);
        Institution tennoji = institution("2720000001", "天王寺ファミリークリニック", InstitutionType.CLINIC, osaka, osakaAggregator);
        Institution sakai = institution("2730000001", "堺地域外来・検査センター", InstitutionType.TEST_CENTER, osaka, null);

        String hash = passwords.hash(PASSWORD);
        staff("hospital", shinjuku, hash, "新宿 花子");
        staff("hospital2", shibuya, hash, "渋谷 太郎");
        staff("clinic", ikebukuro, hash, "池袋 一郎");
        staff("clinic2", ueno, hash, "上野 次郎");
        staff("testcenter", shinagawa, hash, "品川 三郎");
        staff("aggregator", tokyoAggregator, hash, "東京 四郎");
        staff("osaka-hospital", umeda, hash, "梅田 五郎");
        staff("osaka-hospital2", namba, hash, "難波 六郎");
        staff("osaka-clinic", tennoji, hash, "天王寺 七子");
        staff("osaka-testcenter", sakai, hash, "堺 八郎");
        staff("osaka-aggregator", osakaAggregator, hash, "大阪 九郎");
        account("pref-tokyo", Role.PREFECTURE, null, tokyo, hash, "東京都 確認担当");
        account("pref-osaka", Role.PREFECTURE, null, osaka, hash, "大阪府 確認担当");
        account("national", Role.NATIONAL, null, null, hash, "厚生労働省 受付担当");
        account("batch", Role.BATCH_ADMIN, null, null, hash, "運用 バッチ担当");
        account("admin", Role.SYSTEM_ADMIN, null, null, hash, "運用 システム管理者");
    }

    private Institution institution(String code, String name, InstitutionType type, Prefecture prefecture,
                                    Institution aggregator) {
        Institution institution = new Institution(code, name, type, prefecture, "03-0000-" + code.substring(6), aggregator);
        em.persist(institution);
        return institution;
    }

    private boolean daily(String code, LocalDate date, DailyValues values) {
        Institution institution = institution(code).orElseThrow();
        boolean missing = isMissing("DailySurvey", institution, date);
        if (missing) {
            em.persist(new DailySurvey(institution, date, values, now(), SEEDER));
        }
        return missing;
    }

    private boolean isMissing(String entity, Institution institution, LocalDate date) {
        return em.createQuery("select count(s) from " + entity + " s where s.institution = :institution"
                        + " and s.surveyDate >= :date", Long.class)
                .setParameter("institution", institution).setParameter("date", date)
                .getSingleResult() == 0;
    }

    private Optional<Institution> institution(String code) {
        return em.createNamedQuery(Institution.BY_CODE, Institution.class).setParameter("code", code)
                .getResultStream().findFirst();
    }

    /** Masks and gloves with the given outlooks; the other items have stock for four weeks or more. */
    private boolean weekly(String code, LocalDate date, Outlook masks, Outlook gloves) {
        Institution institution = institution(code).orElseThrow();
        if (!isMissing("WeeklySurvey", institution, date)) {
            return false;
        }
        Map<String, Outlook> outlooks = Map.of("SURGICAL_MASK", masks, "NON_STERILE_GLOVES", gloves,
                "N95_MASK", masks, "ISOLATION_GOWN", Outlook.FOUR_WEEKS_OR_MORE,
                "FACE_SHIELD", Outlook.FOUR_WEEKS_OR_MORE);
        List<WeeklyItemAnswer> items = outlooks.entrySet().stream()
                .map(e -> new WeeklyItemAnswer(e.getKey(), e.getValue(), stockFor(e.getValue()), 700, 0))
                .toList();
        em.persist(new WeeklySurvey(institution, date, items, now(), SEEDER));
        return true;
    }

    private static int stockFor(Outlook outlook) {
        return switch (outlook) {
            case WITHIN_1_WEEK -> 500;
            case TWO_TO_THREE_WEEKS -> 1_400;
            case FOUR_WEEKS_OR_MORE -> 4_000;
        };
    }

    private void staff(String username, Institution institution, String hash, String contactName) {
        account(username, Role.STAFF, institution, null, hash, contactName);
    }

    private void account(String username, Role role, Institution institution, Prefecture prefecture, String hash,
                         String contactName) {
        UserAccount account = new UserAccount(username, hash, role, institution, prefecture, contactName,
                username + "@example.jp");
        account.confirmProfile(contactName, username + "@example.jp");
        account.markDemoPassword();
        em.persist(account);
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }
}
