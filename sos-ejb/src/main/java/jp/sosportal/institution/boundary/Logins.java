package jp.sosportal.institution.boundary;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import jp.sosportal.audit.boundary.AuditTrail;
import jp.sosportal.audit.entity.AuditKind;
import jp.sosportal.institution.control.LoginOutcome;
import jp.sosportal.institution.control.PasswordHashing;
import jp.sosportal.institution.control.Tally;
import jp.sosportal.institution.control.ThrottlePolicy;
import jp.sosportal.institution.entity.AuthAttempt;
import jp.sosportal.institution.entity.Role;

/**
 * Every password check of the portal (form login, HTTP Basic): throttled per client address and per account with
 * the failures counted in the database ({@link ThrottlePolicy}), equally slow for unknown and known users, and
 * audited. Also the limits of password reset requests, which mail a stranger's victim otherwise without end.
 */
@Stateless
@PermitAll
public class Logins {

    /** Reset requests are counted over one hour. */
    static final Duration RESET_WINDOW = Duration.ofHours(1);
    private static final String UNKNOWN_ADDRESS = "unknown";

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    PasswordHashing passwords;

    @Inject
    AuditTrail audit;

    @Inject
    Accounts accounts;

    @Inject
    @ConfigProperty(name = "sos.login.window")
    Duration window;

    @Inject
    @ConfigProperty(name = "sos.login.address-failures")
    int addressFailures;

    @Inject
    @ConfigProperty(name = "sos.login.account-failures")
    int accountFailures;

    @Inject
    @ConfigProperty(name = "sos.login.lock")
    Duration lock;

    @Inject
    @ConfigProperty(name = "sos.login.lock-max")
    Duration maxLock;

    @Inject
    @ConfigProperty(name = "sos.reset.account-requests")
    int resetsPerAccount;

    @Inject
    @ConfigProperty(name = "sos.reset.address-requests")
    int resetsPerAddress;

    private ThrottlePolicy policy;

    @PostConstruct
    void init() {
        policy = new ThrottlePolicy(window, addressFailures, accountFailures, lock, maxLock);
    }

    /** Checks a user name and password typed at {@code address}; see {@link LoginOutcome}. */
    public LoginOutcome authenticate(String typedUsername, String password, String address) {
        return passwordCheck(typedUsername, password, address, true);
    }

    /**
     * A logged-in user's password typed again (「パスワード変更」, a new mail address): throttled, counted and audited
     * like a login, in a transaction of its own, so that the refused change does not take the failure back with it.
     * Not a login: the account's last login stays, and its row is left to the change that asked (a bulk update of
     * it here would move the version under that change's feet: an optimistic lock failure).
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public LoginOutcome reauthenticate(String username, String password, String address) {
        return passwordCheck(username, password, address, false);
    }

    private LoginOutcome passwordCheck(String typedUsername, String password, String address, boolean login) {
        String username = AuthAttempt.cut(typedUsername == null ? "" : typedUsername.trim(),
                AuthAttempt.USERNAME_LENGTH);
        String from = address == null || address.isBlank() ? UNKNOWN_ADDRESS : address;
        LocalDateTime now = now();
        LocalDateTime since = now.minus(window);
        Optional<LocalDateTime> locked = policy.lockedUntil(
                tally(AuthAttempt.Kind.LOGIN_FAILURE, "address", from, since),
                tally(AuthAttempt.Kind.LOGIN_FAILURE, "username", username, since), now);
        if (locked.isPresent()) {
            audit.recordFrom(AuditKind.LOGIN_THROTTLED, null, username, null, from);
            return LoginOutcome.throttled(Duration.between(now, locked.get()).toSeconds());
        }
        // Columns, not the entity: a known user must not cost more database work than an unknown one.
        Optional<Object[]> account = em.createQuery("select a.passwordHash, a.enabled, a.username, a.role,"
                        + " a.sessionEpoch from UserAccount a where a.username = :username", Object[].class)
                .setParameter("username", username).getResultStream().findFirst();
        // A deactivated institution's staff are refused like a disabled account (issue 19); asked for every name.
        boolean institutionActive = !accounts.ofInactiveInstitution(username);
        if (account.isPresent() && check(account.get(), password) && institutionActive) {
            // The address's failures for this account are forgotten; a guesser elsewhere keeps their count.
            em.createQuery("delete from AuthAttempt a where a.kind = :kind and a.username = :username"
                            + " and a.address = :address")
                    .setParameter("kind", AuthAttempt.Kind.LOGIN_FAILURE).setParameter("username", username)
                    .setParameter("address", from).executeUpdate();
            if (login) {
                // Native: a JPQL bulk update moves the account's @Version, and the version is what HTTP Basic's
                // remembered credentials (BasicCredentials) are checked against on every node, so every call paid
                // PBKDF2 again (issue 16's bench: ~2 calls/s instead of hundreds).
                em.createNativeQuery("update user_account set last_login_at = ?1 where username = ?2")
                        .setParameter(1, now).setParameter(2, username).executeUpdate();
            }
            audit.recordFrom(AuditKind.LOGIN_SUCCEEDED, username, username, null, from);
            Object[] known = account.get();
            return LoginOutcome.valid((String) known[2], (Role) known[3], ((Number) known[4]).longValue());
        }
        if (account.isEmpty()) {
            passwords.verifyAgainstDummy(password == null ? "" : password);
        }
        em.persist(new AuthAttempt(AuthAttempt.Kind.LOGIN_FAILURE, username, from, now));
        audit.recordFrom(AuditKind.LOGIN_FAILED, null, username, null, from);
        return LoginOutcome.invalid();
    }

    /**
     * The hash is checked even for a disabled account (or one of a deactivated institution): its answer must take
     * as long as anyone's.
     */
    private boolean check(Object[] account, String password) {
        boolean matches = password != null && passwords.verify(password, (String) account[0]);
        return matches && Boolean.TRUE.equals(account[1]);
    }

    /**
     * Admits a password reset request for {@code username} from {@code address} and counts it. Refused with the
     * seconds to wait when the address asked too often in the last hour (the page says so); {@code false} when the
     * account was sent enough links in that hour (the page answers as always, no further mail goes out).
     */
    public ResetAdmission admitReset(String typedUsername, String address) {
        String username = AuthAttempt.cut(typedUsername == null ? "" : typedUsername.trim(),
                AuthAttempt.USERNAME_LENGTH);
        String from = address == null || address.isBlank() ? UNKNOWN_ADDRESS : address;
        LocalDateTime now = now();
        LocalDateTime since = now.minus(RESET_WINDOW);
        Tally byAddress = tally(AuthAttempt.Kind.RESET_REQUEST, "address", from, since);
        if (byAddress.count() >= resetsPerAddress) {
            audit.recordFrom(AuditKind.PASSWORD_RESET_THROTTLED, null, username, null, from);
            return new ResetAdmission(false, Duration.between(now, byAddress.first().plus(RESET_WINDOW)).toSeconds());
        }
        Tally byAccount = tally(AuthAttempt.Kind.RESET_REQUEST, "username", username, since);
        em.persist(new AuthAttempt(AuthAttempt.Kind.RESET_REQUEST, username, from, now));
        boolean send = byAccount.count() < resetsPerAccount;
        audit.recordFrom(send ? AuditKind.PASSWORD_RESET_REQUESTED : AuditKind.PASSWORD_RESET_THROTTLED, null,
                username, null, from);
        return new ResetAdmission(send, 0);
    }

    /** The answer of {@link #admitReset}: send the mail or not; when the address must wait, how long. */
    public record ResetAdmission(boolean send, long retryAfterSeconds) {

        public boolean addressThrottled() {
            return retryAfterSeconds > 0;
        }

        public long retryAfterMinutes() {
            return (Math.max(1, retryAfterSeconds) + 59) / 60;
        }
    }

    /**
     * The accounts that cannot log in right now because of failed logins, with the time their lock ends: locked
     * as an account (many addresses), or from an address that failed for it and is locked itself. For the system
     * admin's accounts table; a handful of grouped queries over the failures of the last window.
     */
    @RolesAllowed("SYSTEM_ADMIN")
    public Map<String, LocalDateTime> lockedAccounts() {
        LocalDateTime now = now();
        LocalDateTime since = now.minus(window);
        Map<String, Tally> byAddress = tallies("a.address", since);
        Map<String, Tally> byAccount = tallies("a.username", since);
        Map<String, LocalDateTime> locked = new HashMap<>();
        List<Object[]> pairs = em.createQuery("select distinct a.username, a.address from AuthAttempt a"
                        + " where a.kind = :kind and a.at > :since", Object[].class)
                .setParameter("kind", AuthAttempt.Kind.LOGIN_FAILURE).setParameter("since", since).getResultList();
        for (Object[] pair : pairs) {
            String username = (String) pair[0];
            policy.lockedUntil(byAddress.getOrDefault((String) pair[1], Tally.NONE),
                            byAccount.getOrDefault(username, Tally.NONE), now)
                    .ifPresent(until -> locked.merge(username, until, (a, b) -> a.isAfter(b) ? a : b));
        }
        return locked;
    }

    /**
     * The system admin lifts the throttle of an account (its owner called the help desk): its failed logins are
     * forgotten, from every address. An address that also failed for other accounts may still be locked for those.
     */
    @RolesAllowed("SYSTEM_ADMIN")
    public int unlock(String username) {
        return em.createQuery("delete from AuthAttempt a where a.kind = :kind and a.username = :username")
                .setParameter("kind", AuthAttempt.Kind.LOGIN_FAILURE).setParameter("username", username)
                .executeUpdate();
    }

    private Map<String, Tally> tallies(String key, LocalDateTime since) {
        Map<String, Tally> tallies = new HashMap<>();
        em.createQuery("select " + key + ", count(a), min(a.at), max(a.at) from AuthAttempt a where a.kind = :kind"
                        + " and a.at > :since group by " + key, Object[].class)
                .setParameter("kind", AuthAttempt.Kind.LOGIN_FAILURE).setParameter("since", since)
                .getResultList()
                .forEach(row -> tallies.put((String) row[0], new Tally(((Number) row[1]).longValue(),
                        (LocalDateTime) row[2], (LocalDateTime) row[3])));
        return tallies;
    }

    private Tally tally(AuthAttempt.Kind kind, String field, String value, LocalDateTime since) {
        Object[] row = em.createQuery("select count(a), min(a.at), max(a.at) from AuthAttempt a where a.kind = :kind"
                        + " and a." + field + " = :value and a.at > :since", Object[].class)
                .setParameter("kind", kind).setParameter("value", value).setParameter("since", since)
                .getSingleResult();
        long count = ((Number) row[0]).longValue();
        return count == 0 ? Tally.NONE : new Tally(count, (LocalDateTime) row[1], (LocalDateTime) row[2]);
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }
}
