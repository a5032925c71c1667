package jp.sosportal.web.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import jp.sosportal.institution.boundary.Accounts;
import jp.sosportal.platform.DatabaseUnavailable;
import jp.sosportal.web.platform.DatabaseStatus;

/**
 * When a logged-in session ends besides the 30-minute idle timeout (ASVS 3.3): after {@code sos.session.max-age}
 * (12 hours) from the login whatever the activity, and at the first request after the account's session epoch
 * moved (password reset or change, disabling) or the account was disabled. The epoch is a database column read on
 * each request, so a reset on one node ends the sessions held by every node.
 */
@ApplicationScoped
public class SessionGuard {

    static final String EPOCH = "sos.session.epoch";
    static final String LOGGED_IN_AT = "sos.session.loggedInAt";
    /** The caller and groups, in the session itself: what another node of the cluster logs the session in with. */
    static final String CALLER = "sos.session.caller";
    static final String GROUPS = "sos.session.groups";

    @Inject
    Accounts accounts;

    @Inject
    Clock clock;

    @Inject
    DatabaseStatus database;

    @Inject
    @ConfigProperty(name = "sos.session.max-age")
    Duration maxAge;

    /** Marks a session just logged in at the account's current epoch. */
    void opened(HttpSession session, long epoch, String username, Set<String> groups) {
        session.setAttribute(EPOCH, epoch);
        session.setAttribute(LOGGED_IN_AT, clock.instant());
        session.setAttribute(CALLER, username);
        session.setAttribute(GROUPS, new HashSet<>(groups));
    }

    /** The user the session was logged in as, or null (none, or a session from before issue 16). */
    String callerOf(HttpSession session) {
        return session == null || !(session.getAttribute(CALLER) instanceof String username) ? null : username;
    }

    @SuppressWarnings("unchecked")
    Set<String> groupsOf(HttpSession session) {
        return session.getAttribute(GROUPS) instanceof Set<?> groups ? (Set<String>) groups : Set.of();
    }

    /**
     * For a page that changed the caller's own password (or otherwise moved the epoch) and keeps the caller logged
     * in on this session: re-reads the account's epoch into it. Other sessions of the account stay ended.
     */
    public void keep(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null && request.getUserPrincipal() != null) {
            accounts.activeSessionEpoch(request.getUserPrincipal().getName())
                    .ifPresent(epoch -> session.setAttribute(EPOCH, epoch));
        }
    }

    /** True while the session of {@code username} may go on; false once it must end. */
    boolean isValid(HttpSession session, String username) {
        if (session == null) {
            return true; // HTTP Basic: checked at each call anyway
        }
        Object epoch = session.getAttribute(EPOCH);
        Object loggedInAt = session.getAttribute(LOGGED_IN_AT);
        if (!(epoch instanceof Long known) || !(loggedInAt instanceof Instant since)) {
            return false;
        }
        if (!clock.instant().isBefore(since.plus(maxAge))) {
            return false;
        }
        if (database.isKnownAway()) {
            return true; // as below, without waiting for the database once more
        }
        try {
            return accounts.activeSessionEpoch(username).filter(current -> current.equals(known)).isPresent();
        } catch (RuntimeException e) {
            if (DatabaseUnavailable.causedBy(e)) {
                // The database is out of reach: the request goes on to the page, whose first query answers the
                // Japanese 503; this check is made again once the database answers. Told, so the next requests of
                // the outage do not each wait on the pool here first (isKnownAway above).
                database.wentAway();
                return true;
            }
            throw e;
        }
    }
}
