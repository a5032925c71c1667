package jp.sosportal.it;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

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
 * Test deployments only: an eligible hospital with its staff, a reviewer of its prefecture and a national
 * reviewer, written once when the schema is ready, so a test can walk a request from the form to 受付完了; and
 * a second staff account that has never logged in.
 */
@Stateless
public class AcceptanceFixture {

    static final String PASSWORD = "SosDemo2021";
    static final String INSTITUTION = "1319990001";
    static final String STAFF = "accept-staff";
    static final String PREFECTURE = "accept-pref";
    static final String NATIONAL = "accept-national";
    /** Staff who have not yet confirmed 担当者名 and メールアドレス. */
    static final String FIRST_LOGIN = "first-login";

    @PersistenceContext
    EntityManager em;

    @Inject
    PasswordHashing passwords;

    @Inject
    Clock clock;

    public void seed(@Observes SchemaReady ready) {
        if (!em.createNamedQuery(UserAccount.BY_USERNAME, UserAccount.class).setParameter("username", STAFF)
                .getResultList().isEmpty()) {
            return;
        }
        Prefecture tokyo = em.find(Prefecture.class, "13");
        Institution hospital = new Institution(INSTITUTION, "受付完了テスト病院", InstitutionType.HOSPITAL, tokyo, null, null);
        em.persist(hospital);
        LocalDate today = LocalDate.now(clock);
        LocalDateTime now = LocalDateTime.now(clock);
        em.persist(new DailySurvey(hospital, today, new DailyValues(0, 0, 2, 1, true, true), now, "fixture"));
        em.persist(new WeeklySurvey(hospital, today, List.of(
                new WeeklyItemAnswer("SURGICAL_MASK", Outlook.WITHIN_1_WEEK, 300, 700, 0)), now, "fixture"));
        String hash = passwords.hash(PASSWORD);
        account(STAFF, Role.STAFF, hospital, null, hash);
        account(PREFECTURE, Role.PREFECTURE, null, tokyo, hash);
        account(NATIONAL, Role.NATIONAL, null, null, hash);
        em.persist(new UserAccount(FIRST_LOGIN, hash, Role.STAFF, hospital, null, "初回 太郎", "first@example.jp"));
    }

    private void account(String username, Role role, Institution institution, Prefecture prefecture, String hash) {
        UserAccount account = new UserAccount(username, hash, role, institution, prefecture, "テスト " + username,
                username + "@example.jp");
        account.confirmProfile("テスト " + username, username + "@example.jp");
        em.persist(account);
    }
}
