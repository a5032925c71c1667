package jp.sosportal.institution.boundary;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Optional;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
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
    @ConfigProperty(name = "sos.login.window", defaultValue = "PT1H")
    Duration window;

    @Inject
    @ConfigProperty(name = "sos.login.address-failures", defaultValue = "5")
    int addressFailures;

    @Inject
    @ConfigProperty(name = "sos.login.account-failures", defaultValue = "20")
    int accountFailures;

    @Inject
    @ConfigProperty(name = "sos.login.lock", defaultValue = "PT1M")
    Duration lock;

    @Inject
    @ConfigProperty(name = "sos.login.lock-max", defaultValue = "PT15M")
    Duration maxLock;

    @Inject
    @ConfigProperty(name = "sos.reset.account-requests", defaultValue = "3")
    int resetsPerAccount;

    @Inject
    @ConfigProperty(name = "sos.reset.address-requests", defaultValue = "10")
    int resetsPerAddress;

    private ThrottlePolicy policy;

    @PostConstruct
    void init() {
        policy = new ThrottlePolicy(window, addressFailures, accountFailures, lock, maxLock);
    }

    /** Checks a user name and password typed at {@code address}; see {@link LoginOutcome}. */
    public LoginOutcome authenticate(String typedUsername, String password, String address) {
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
        if (account.isPresent() && check(account.get(), password)) {
            // The address's failures for this account are forgotten; a guesser elsewhere keeps their count.
            em.createQuery("delete from AuthAttempt a where a.kind = :kind and a.username = :username"
                            + " and a.address = :address")
                    .setParameter("kind", AuthAttempt.Kind.LOGIN_FAILURE).setParameter("username", username)
                    .setParameter("address", from).executeUpdate();
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

    /** The hash is checked even for a disabled account: its answer must take as long as anyone's. */
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
