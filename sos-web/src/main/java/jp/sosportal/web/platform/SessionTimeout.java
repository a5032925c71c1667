package jp.sosportal.web.platform;

import java.time.Duration;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

import org.omnifaces.util.Faces;

/**
 * The warning before an idle session ends (issue 6 §8): the layout's idle monitor fires this long before the
 * session's own timeout, leaving time to answer 「操作を続ける」, whose request keeps the session. While the user is
 * busy on one page (a long form, no requests), {@code session.js} keeps the session at most every
 * {@link #KEEP_ALIVE_EVERY} — which is why the warning comes that much earlier still.
 */
@Named
@RequestScoped
public class SessionTimeout {

    static final Duration KEEP_ALIVE_EVERY = Duration.ofMinutes(5);
    private static final Duration TIME_TO_ANSWER = Duration.ofMinutes(3);
    private static final Duration AT_LEAST = Duration.ofMinutes(1);

    /** Milliseconds of inactivity after which the warning shows. */
    public long getWarningAfterMillis() {
        Duration session = Duration.ofSeconds(Faces.getSessionMaxInactiveInterval());
        Duration warning = session.minus(KEEP_ALIVE_EVERY).minus(TIME_TO_ANSWER);
        return (warning.compareTo(AT_LEAST) < 0 ? AT_LEAST : warning).toMillis();
    }

    public long getKeepAliveEveryMillis() {
        return KEEP_ALIVE_EVERY.toMillis();
    }

    /** The request itself is what keeps the session; nothing else to do. */
    public void keepAlive() {
        // intentionally empty
    }
}
