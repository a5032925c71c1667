package jp.sosportal.institution.control;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Optional;

/**
 * The lockout policy (ASVS 2.2.1), decided for issue 13:
 * <ul>
 * <li>Failures are counted over a sliding {@code window} (1 hour) per client address and per account (user name as
 * typed, known or not — the answer must not tell them apart).</li>
 * <li><b>Per address first</b>: from the {@code addressFailures}th failure (5) of one address, that address may not
 * try again for {@code lock} (1 minute), doubled at each further failure, at most {@code maxLock} (15 minutes). The
 * lock concerns that address only: the account's owner elsewhere logs in as usual.</li>
 * <li><b>Per account, short</b>: from the {@code accountFailures}th failure (20, i.e. several addresses) of one
 * account, the account may not log in from anywhere for {@code lock} after its latest failure, never longer: a
 * guesser spread over many addresses gets about one try a minute, and a stranger cannot lock the owner out for
 * long.</li>
 * <li>A locked try checks no password (no PBKDF2 cost, no guess) and does not count; a success forgets the failures
 * of that address for that account only (the owner logging in elsewhere does not lift a guesser's lock); so does a
 * password reset completed from that address.</li>
 * </ul>
 */
public record ThrottlePolicy(Duration window, int addressFailures, int accountFailures, Duration lock,
                             Duration maxLock) {

    /** Until when a login from this address for this account is refused, if it is now. */
    public Optional<LocalDateTime> lockedUntil(Tally address, Tally account, LocalDateTime now) {
        LocalDateTime until = null;
        if (address.count() >= addressFailures) {
            until = address.last().plus(addressLock(address.count()));
        }
        if (account.count() >= accountFailures) {
            LocalDateTime accountUntil = account.last().plus(lock);
            until = until == null || accountUntil.isAfter(until) ? accountUntil : until;
        }
        return Optional.ofNullable(until).filter(now::isBefore);
    }

    /** The address's lock after {@code failures} failures: doubling from {@link #lock}, capped. */
    Duration addressLock(long failures) {
        long doublings = Math.min(failures - addressFailures, 20);
        Duration grown = lock.multipliedBy(1L << doublings);
        return grown.compareTo(maxLock) > 0 ? maxLock : grown;
    }
}
