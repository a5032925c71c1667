package jp.sosportal.web.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import jp.sosportal.institution.boundary.Accounts;

/**
 * 「デモ用アカウントが有効です。…」 on every page while an account still has the README's demo password (ASVS
 * 2.5.4): asked once per request.
 */
@Named
@RequestScoped
public class DemoBanner {

    @Inject
    Accounts accounts;

    private Boolean shown;

    public boolean isShown() {
        if (shown == null) {
            shown = accounts.demoAccountsExist();
        }
        return shown;
    }
}
