package jp.sosportal.web.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import jp.sosportal.institution.boundary.Accounts;
import jp.sosportal.web.platform.DatabaseStatus;

/**
 * 「デモ用アカウントが有効です。…」 on every page while an account still has the README's demo password (ASVS
 * 2.5.4): asked once per request.
 */
@Named
@RequestScoped
public class DemoBanner {

    @Inject
    Accounts accounts;

    @Inject
    DatabaseStatus database;

    private Boolean shown;

    public boolean isShown() {
        if (shown == null) {
            // While the database is away the pages that still open (the login page) open without asking it.
            shown = database.isAvailable() && accounts.demoAccountsExist();
        }
        return shown;
    }
}
