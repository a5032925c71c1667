package jp.sosportal.institution.control;

import java.util.Set;

import jp.sosportal.institution.entity.Role;

/**
 * The answer to one password check: valid (with the caller's group and the session epoch to remember), invalid
 * (wrong password, unknown or disabled user: one answer), or throttled (with how long to wait).
 */
public record LoginOutcome(Result result, String username, Role role, long sessionEpoch, long retryAfterSeconds) {

    public enum Result { VALID, INVALID, THROTTLED }

    public static LoginOutcome valid(String username, Role role, long sessionEpoch) {
        return new LoginOutcome(Result.VALID, username, role, sessionEpoch, 0);
    }

    public static LoginOutcome invalid() {
        return new LoginOutcome(Result.INVALID, null, null, 0, 0);
    }

    public static LoginOutcome throttled(long retryAfterSeconds) {
        return new LoginOutcome(Result.THROTTLED, null, null, 0, Math.max(1, retryAfterSeconds));
    }

    public boolean isValid() {
        return result == Result.VALID;
    }

    public boolean isThrottled() {
        return result == Result.THROTTLED;
    }

    /** Minutes for 「…N分後にお試しください。」, rounded up. */
    public long retryAfterMinutes() {
        return (retryAfterSeconds + 59) / 60;
    }

    public Set<String> groups() {
        return role == null ? Set.of() : Set.of(role.name());
    }
}
