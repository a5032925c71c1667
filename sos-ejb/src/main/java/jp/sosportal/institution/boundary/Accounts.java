package jp.sosportal.institution.boundary;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.TransactionSynchronizationRegistry;

import jp.sosportal.audit.boundary.AuditTrail;
import jp.sosportal.audit.entity.AuditKind;
import jp.sosportal.institution.control.LoginOutcome;
import jp.sosportal.institution.control.PasswordHashing;
import jp.sosportal.institution.control.PasswordPolicy;
import jp.sosportal.institution.control.Profile;
import jp.sosportal.institution.control.ProfileChange;
import jp.sosportal.institution.control.ProfileValidation;
import jp.sosportal.institution.entity.Caller;
import jp.sosportal.institution.entity.Role;
import jp.sosportal.institution.entity.UserAccount;
import jp.sosportal.platform.ClientAddress;
import jp.sosportal.platform.FieldError;
import jp.sosportal.platform.InvalidInputException;
import jp.sosportal.platform.Labels;

/** Accounts: who the logged-in caller is, for pages and for the access rules of every other service. */
@Stateless
public class Accounts {

    @Inject
    AuditTrail audit;

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext session;

    @Resource
    TransactionSynchronizationRegistry transactions;

    @Inject
    PasswordHashing passwords;

    @Inject
    MailChanges mailChanges;

    @Inject
    Logins logins;

    @Inject
    ClientAddress clientAddress;

    public Optional<Caller> findCaller(String username) {
        return findAccount(username).map(Caller::of);
    }

    /**
     * The caller of the current call; fails when nobody is logged in or the account has gone. Resolved once per
     * transaction: a service method asks several times (access, then the actor of the history row).
     */
    public Caller currentCaller() {
        String username = session.getCallerPrincipal().getName();
        boolean inTransaction = transactions.getTransactionKey() != null;
        Object known = inTransaction ? transactions.getResource(Caller.class) : null;
        if (known instanceof Caller caller && caller.username().equals(username)) {
            return caller;
        }
        Caller caller = findCaller(username).orElseThrow(() -> new EJBAccessException("no account for " + username));
        if (inTransaction) {
            transactions.putResource(Caller.class, caller);
        }
        return caller;
    }

    /** 担当者名 and メールアドレス of the caller's account, where the profile form starts. */
    @RolesAllowed({"STAFF", "PREFECTURE", "NATIONAL", "BATCH_ADMIN", "SYSTEM_ADMIN"})
    public Profile currentProfile() {
        UserAccount account = currentAccount();
        return new Profile(account.getContactName(), account.getMail());
    }

    /**
     * 初回ログイン (SPEC.md §6.3; also 「ユーザ基礎情報登録」 later): the caller confirms or corrects 担当者名 and
     * メールアドレス. A different address needs the current password and takes effect only once the link mailed
     * to it is opened ({@link MailChanges}); until then the account keeps its old one. Invalid input writes nothing.
     */
    @RolesAllowed({"STAFF", "PREFECTURE", "NATIONAL", "BATCH_ADMIN", "SYSTEM_ADMIN"})
    public ProfileChange confirmProfile(Profile profile, String currentPassword) {
        List<FieldError> errors = new ArrayList<>(ProfileValidation.check(profile));
        Profile confirmed = ProfileValidation.normalized(profile);
        UserAccount account = currentAccount();
        boolean newMail = errors.stream().noneMatch(e -> "mail".equals(e.field()))
                && !confirmed.mail().equals(account.getMail());
        if (newMail) {
            currentPasswordError(currentPassword, account).ifPresent(errors::add);
        }
        if (!errors.isEmpty()) {
            throw InvalidInputException.invalid(errors);
        }
        account.confirmProfile(confirmed.contactName(), account.getMail());
        if (newMail) {
            mailChanges.request(account, confirmed.mail());
        }
        return new ProfileChange(Caller.of(account), newMail ? confirmed.mail() : null);
    }

    /**
     * 「パスワード変更」: the current password, then a new one that follows {@link PasswordPolicy} and differs from
     * it. Every password change of a logged-in user goes through here.
     */
    @RolesAllowed({"STAFF", "PREFECTURE", "NATIONAL", "BATCH_ADMIN", "SYSTEM_ADMIN"})
    public void changePassword(String currentPassword, String newPassword, String confirmation) {
        UserAccount account = currentAccount();
        List<FieldError> errors = new ArrayList<>();
        currentPasswordError(currentPassword, account).ifPresent(errors::add);
        errors.addAll(PasswordPolicy.check(newPassword, confirmation));
        if (errors.isEmpty() && newPassword.equals(currentPassword)) {
            errors.add(new FieldError("password", Labels.text("password.same")));
        }
        if (!errors.isEmpty()) {
            throw InvalidInputException.invalid(errors);
        }
        account.changePasswordHash(passwords.hash(newPassword));
        audit.record(AuditKind.PASSWORD_CHANGED, account.getUsername(), account.getUsername(), null);
    }

    /** True while an enabled account still has the README's demo password: every page says so. */
    public boolean demoAccountsExist() {
        return !em.createQuery("select a.id from UserAccount a where a.demoPassword = true and a.enabled = true",
                Long.class).setMaxResults(1).getResultList().isEmpty();
    }

    /** The current password, checked like a login: a guesser holding a session is throttled too (ASVS 2.2.1). */
    private Optional<FieldError> currentPasswordError(String password, UserAccount account) {
        LoginOutcome outcome = logins.reauthenticate(account.getUsername(), password, clientAddress.get());
        if (outcome.isThrottled()) {
            return Optional.of(new FieldError("currentPassword",
                    Labels.text("login.throttled", outcome.retryAfterMinutes())));
        }
        return outcome.isValid() ? Optional.empty()
                : Optional.of(new FieldError("currentPassword", Labels.text("password.current.wrong")));
    }

    private UserAccount currentAccount() {
        String username = session.getCallerPrincipal().getName();
        return findAccount(username).orElseThrow(() -> new EJBAccessException("no account for " + username));
    }

    /**
     * The version of an enabled account, read from the database (not a cache): it changes with every change of
     * the account, so a credential remembered at one version is checked again once the password has changed.
     */
    public Optional<Long> enabledVersion(String username) {
        return em.createQuery("select a.version from UserAccount a where a.username = :username and a.enabled = true",
                        Long.class)
                .setParameter("username", username)
                .getResultStream().findFirst().filter(version -> !ofInactiveInstitution(username));
    }

    /**
     * The session epoch of an enabled account (of an active institution, for staff), read from the database on
     * every request (one indexed query, no cache): a session opened at another epoch, or of a disabled or removed
     * account, is over.
     */
    public Optional<Long> activeSessionEpoch(String username) {
        return em.createQuery("select a.sessionEpoch from UserAccount a where a.username = :username"
                        + " and a.enabled = true", Long.class)
                .setParameter("username", username)
                .getResultStream().findFirst().filter(epoch -> !ofInactiveInstitution(username));
    }

    /** Staff of a deactivated institution are as logged out as a disabled account (issue 19). */
    public boolean ofInactiveInstitution(String username) {
        return em.createQuery("select count(a) from UserAccount a join a.institution i where a.username = :username"
                        + " and i.active = :active", Long.class)
                .setParameter("username", username).setParameter("active", false).getSingleResult() > 0;
    }

    /**
     * Ends every session of the account on every node (their next request goes to the login page): for a
     * password change, a disabling, an admin's "log this user out". A page that wants to keep the caller's own
     * session afterwards re-registers it (see the web module's {@code SessionGuard.keep}).
     */
    public void endSessionsOf(String username) {
        findAccount(username).ifPresent(UserAccount::endSessions);
    }

    /**
     * How an institution sees reviewers on its timeline (issue 13): 「東京都 確認担当」, 「国 確認担当」, never their
     * user names. Names of other accounts are not in the map (they are shown as they are).
     */
    public Map<String, String> reviewerNames(Collection<String> usernames) {
        if (usernames.isEmpty()) {
            return Map.of();
        }
        Map<String, String> names = new HashMap<>();
        em.createQuery("select u from UserAccount u left join fetch u.prefecture where u.username in :names"
                        + " and u.role in :roles", UserAccount.class)
                .setParameter("names", usernames).setParameter("roles", List.of(Role.PREFECTURE, Role.NATIONAL))
                .getResultList()
                .forEach(u -> names.put(u.getUsername(), u.getRole() == Role.NATIONAL || u.getPrefecture() == null
                        ? Labels.text("reviewer.displayName.national")
                        : Labels.text("reviewer.displayName.prefecture", u.getPrefecture().getName())));
        return names;
    }

    public Optional<UserAccount> findAccount(String username) {
        return em.createNamedQuery(UserAccount.BY_USERNAME, UserAccount.class)
                .setParameter("username", username)
                .getResultStream().findFirst();
    }
}
