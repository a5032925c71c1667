package jp.sosportal.institution.boundary;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.Priority;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import jp.sosportal.institution.control.PasswordHashing;
import jp.sosportal.institution.control.PasswordPolicy;
import jp.sosportal.institution.control.Tokens;
import jp.sosportal.institution.entity.Role;
import jp.sosportal.institution.entity.UserAccount;
import jp.sosportal.platform.FieldError;
import jp.sosportal.platform.SchemaReady;

/**
 * The first system admin of a database without one (ASVS 2.5.4: no account with a published password outside the
 * demo). From {@code SOS_ADMIN_USERNAME}/{@code SOS_ADMIN_PASSWORD}, to be replaced at the first login; without a
 * usable password, a one-time link that sets it is printed to the log (a password reset link, valid 24 hours), and
 * printed afresh at each start until a system admin has set a password of their own. Runs after the demo data,
 * which brings its own admin.
 */
@Stateless
public class FirstAdmin {

    static final String DEFAULT_USERNAME = "admin";
    static final Duration LINK_VALIDITY = Duration.ofHours(24);
    private static final Logger LOG = Logger.getLogger(FirstAdmin.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    PasswordHashing passwords;

    @Inject
    PasswordResets resets;

    @Inject
    @ConfigProperty(name = "sos.admin.username")
    Optional<String> username;

    @Inject
    @ConfigProperty(name = "sos.admin.password")
    Optional<String> password;

    public void createWhenNone(@Observes @Priority(Interceptor.Priority.APPLICATION + 900) SchemaReady ready) {
        List<UserAccount> admins = em.createQuery("select a from UserAccount a where a.role = :role order by a.id",
                UserAccount.class).setParameter("role", Role.SYSTEM_ADMIN).getResultList();
        if (admins.isEmpty()) {
            create(username.map(String::strip).filter(name -> !name.isEmpty()).orElse(DEFAULT_USERNAME));
        } else if (usablePassword().isEmpty() && admins.stream().allMatch(UserAccount::isMustChangePassword)) {
            printLink(admins.get(0));
        }
    }

    private void create(String name) {
        if (name.length() > UserAccount.USERNAME_LENGTH || em.createNamedQuery(UserAccount.BY_USERNAME,
                UserAccount.class).setParameter("username", name).getResultStream().findAny().isPresent()) {
            LOG.severe(() -> "SOS_ADMIN_USERNAME「" + name + "」は使えません(既に使われているか長すぎます)。"
                    + " The first system admin was not created: choose another SOS_ADMIN_USERNAME.");
            return;
        }
        Optional<String> given = usablePassword();
        String hash = passwords.hash(given.orElseGet(Tokens::newToken)); // without one: a secret nobody knows
        UserAccount admin = new UserAccount(name, hash, Role.SYSTEM_ADMIN, null, null, "システム管理者", null);
        admin.requirePasswordChange();
        em.persist(admin);
        if (given.isPresent()) {
            LOG.info(() -> "First system admin '" + name + "' created from SOS_ADMIN_PASSWORD;"
                    + " the password must be changed at the first login");
        } else {
            printLink(admin);
        }
    }

    private void printLink(UserAccount admin) {
        String link = resets.issueLink(admin, LINK_VALIDITY);
        LOG.log(Level.WARNING, "システム管理者「{0}」のパスワードを次のリンクで設定してください({1}時間有効、1回限り)。"
                + " Set the password of the system admin ''{0}'' at: {2}",
                new Object[] {admin.getUsername(), LINK_VALIDITY.toHours(), link});
    }

    /** SOS_ADMIN_PASSWORD when it follows the password rule; otherwise the log says why and the link is used. */
    private Optional<String> usablePassword() {
        return password.filter(given -> {
            List<FieldError> errors = PasswordPolicy.check(given, given);
            errors.forEach(error -> LOG.severe(() -> "SOS_ADMIN_PASSWORD: " + error.message()
                    + " (the password rule applies; a one-time link is used instead)"));
            return errors.isEmpty();
        });
    }
}
