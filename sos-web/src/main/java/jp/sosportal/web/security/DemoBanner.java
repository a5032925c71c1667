package jp.sosportal.web.security;

import java.util.function.LongSupplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import jp.sosportal.institution.boundary.Accounts;
import jp.sosportal.web.platform.DatabaseStatus;

/**
 * 「デモ用アカウントが有効です。…」 on every page while an account still has the README's demo password (ASVS
 * 2.5.4). The answer is shared by every page for {@link #REMEMBER_NANOS}: asked per page, it was one query in every
 * request of the 13:00 rush (issue 14); a password changed on any node shows within those seconds.
 */
@Named
@ApplicationScoped
public class DemoBanner {

    static final long REMEMBER_NANOS = 5_000_000_000L;

    @Inject
    Accounts accounts;

    @Inject
    DatabaseStatus database;

    /** Elapsed time, not a date: how old the last answer is. */
    LongSupplier nanoTime = System::nanoTime;

    private volatile Answer last;

    private record Answer(boolean shown, long askedAt) {
    }

    public boolean isShown() {
        // While the database is away the pages that still open (the login page) open without asking it.
        if (!database.isAvailable()) {
            return false;
        }
        long now = nanoTime.getAsLong();
        Answer answer = last;
        if (answer == null || now - answer.askedAt() > REMEMBER_NANOS) {
            answer = new Answer(accounts.demoAccountsExist(), now);
            last = answer;
        }
        return answer.shown();
    }
}
