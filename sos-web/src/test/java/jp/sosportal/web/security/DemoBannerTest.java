package jp.sosportal.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import jp.sosportal.institution.boundary.Accounts;
import jp.sosportal.web.platform.DatabaseStatus;

/** The demo banner asks the database at most once per {@link DemoBanner#REMEMBER_NANOS}, and never while it is away. */
class DemoBannerTest {

    boolean demoAccounts = true;
    boolean databaseAvailable = true;
    int asked;
    long now = 1_000L;

    final DemoBanner banner = new DemoBanner();

    DemoBannerTest() {
        banner.nanoTime = () -> now;
        banner.accounts = new Accounts() {
            @Override
            public boolean demoAccountsExist() {
                asked++;
                return demoAccounts;
            }
        };
        banner.database = new DatabaseStatus() {
            @Override
            public boolean isAvailable() {
                return databaseAvailable;
            }
        };
    }

    @Test
    void pagesWithinTheRememberedSecondsShareOneAnswer() {
        assertThat(banner.isShown()).isTrue();
        demoAccounts = false; // the last demo password changed, on this node or another
        now += DemoBanner.REMEMBER_NANOS;
        assertThat(banner.isShown()).isTrue();
        assertThat(asked).isEqualTo(1);
    }

    @Test
    void aChangedPasswordShowsOnceTheAnswerIsOlderThanTheRememberedSeconds() {
        assertThat(banner.isShown()).isTrue();
        demoAccounts = false;
        now += DemoBanner.REMEMBER_NANOS + 1;
        assertThat(banner.isShown()).isFalse();
        assertThat(asked).isEqualTo(2);
    }

    @Test
    void whileTheDatabaseIsAwayNoBannerAndNoQuery() {
        databaseAvailable = false;
        assertThat(banner.isShown()).isFalse();
        assertThat(asked).isZero();
    }
}
