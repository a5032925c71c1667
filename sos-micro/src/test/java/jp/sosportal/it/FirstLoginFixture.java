package jp.sosportal.it;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import jp.sosportal.demo.boundary.DemoData;
import jp.sosportal.institution.control.PasswordHashing;
import jp.sosportal.institution.entity.Institution;
import jp.sosportal.institution.entity.InstitutionType;
import jp.sosportal.institution.entity.Prefecture;
import jp.sosportal.institution.entity.Role;
import jp.sosportal.institution.entity.UserAccount;
import jp.sosportal.platform.SchemaReady;

/**
 * Test deployments only: a hospital whose staff account has never logged in (担当者名 and メールアドレス not yet
 * confirmed), written once when the schema is ready.
 */
@Stateless
public class FirstLoginFixture {

    static final String PASSWORD = DemoData.PASSWORD;
    static final String FIRST_LOGIN = "first-login";

    @PersistenceContext
    EntityManager em;

    @Inject
    PasswordHashing passwords;

    public void seed(@Observes SchemaReady ready) {
        if (!em.createNamedQuery(UserAccount.BY_USERNAME, UserAccount.class).setParameter("username", FIRST_LOGIN)
                .getResultList().isEmpty()) {
            return;
        }
        Institution hospital = new Institution("1319990001", "初回ログインテスト病院", InstitutionType.HOSPITAL,
                em.find(Prefecture.class, "13"), null, null);
        em.persist(hospital);
        em.persist(new UserAccount(FIRST_LOGIN, passwords.hash(PASSWORD), Role.STAFF, hospital, null, "初回 太郎",
                "first@example.jp"));
    }
}
