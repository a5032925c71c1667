package jp.sosportal.institution.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;

class ThrottlePolicyTest {

    static final ThrottlePolicy POLICY = new ThrottlePolicy(Duration.ofHours(1), 5, 20, Duration.ofMinutes(1),
            Duration.ofMinutes(15));
    static final LocalDateTime NOW = LocalDateTime.of(2026, 12, 2, 10, 0);

    static Tally failures(long count, LocalDateTime last) {
        return new Tally(count, last.minusMinutes(5), last);
    }

    @Test
    void fourFailuresOfAnAddressLockNothing() {
        assertThat(POLICY.lockedUntil(failures(4, NOW), failures(4, NOW), NOW)).isEmpty();
    }

    @Test
    void theFifthFailureLocksTheAddressForAMinuteFromIt() {
        assertThat(POLICY.lockedUntil(failures(5, NOW), Tally.NONE, NOW.plusSeconds(59)))
                .contains(NOW.plusMinutes(1));
        assertThat(POLICY.lockedUntil(failures(5, NOW), Tally.NONE, NOW.plusMinutes(1))).isEmpty();
    }

    @Test
    void eachFurtherFailureDoublesTheLockUpToFifteenMinutes() {
        assertThat(POLICY.addressLock(6)).isEqualTo(Duration.ofMinutes(2));
        assertThat(POLICY.addressLock(8)).isEqualTo(Duration.ofMinutes(8));
        assertThat(POLICY.addressLock(9)).isEqualTo(Duration.ofMinutes(15));
        assertThat(POLICY.addressLock(500)).isEqualTo(Duration.ofMinutes(15));
    }

    @Test
    void anAccountGuessedFromManyAddressesIsLockedOnlyBriefly() {
        assertThat(POLICY.lockedUntil(Tally.NONE, failures(19, NOW), NOW)).isEmpty();
        assertThat(POLICY.lockedUntil(Tally.NONE, failures(20, NOW), NOW)).contains(NOW.plusMinutes(1));
        assertThat(POLICY.lockedUntil(Tally.NONE, failures(200, NOW), NOW)).contains(NOW.plusMinutes(1));
    }

    @Test
    void theLongerOfTheTwoLocksHolds() {
        assertThat(POLICY.lockedUntil(failures(9, NOW), failures(20, NOW), NOW)).contains(NOW.plusMinutes(15));
    }

    @Test
    void theOutcomeRoundsTheWaitUpToWholeMinutes() {
        assertThat(LoginOutcome.throttled(1).retryAfterMinutes()).isEqualTo(1);
        assertThat(LoginOutcome.throttled(60).retryAfterMinutes()).isEqualTo(1);
        assertThat(LoginOutcome.throttled(61).retryAfterMinutes()).isEqualTo(2);
    }
}
