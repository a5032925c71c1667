package jp.sosportal.it;

import static jp.sosportal.it.Fixtures.PASSWORD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpResponse;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;

import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import jp.sosportal.e2e.FormClient;
import jp.sosportal.institution.boundary.Accounts;
import jp.sosportal.institution.entity.Role;
import jp.sosportal.institution.entity.UserAccount;

/**
 * Issue 13 point 7 (ASVS 3.3): an account's sessions end on every node when it is disabled or when its sessions
 * are ended (password change, an admin's action), because each request compares the session with the account's
 * row in the database. Runs in the container, which disables accounts directly; the sessions are real HTTP ones.
 */
@ExtendWith(ArquillianExtension.class)
class AccountSessionsIT {



    @ArquillianResource
    URL base;

    @PersistenceContext
    EntityManager em;

    @Resource
    UserTransaction tx;

    @Inject
    Fixtures fixtures;

    @Inject
    Accounts accounts;

    @Test
    void aDisabledAccountsOpenSessionIsRefusedAtItsNextRequest() throws Exception {
        String username = account("session-disabled");
        FormClient browser = new FormClient(base.toString(), "127.0.0.1");
        assertTrue(browser.loggedIn(browser.login(username, PASSWORD)));
        assertEquals(200, browser.get("/index.xhtml").statusCode());
        assertEquals(200, browser.basic("/api/v1/requests", username, PASSWORD).statusCode());

        inTransaction(() -> accounts.findAccount(username).orElseThrow().disable());

        assertExpired(browser.get("/index.xhtml"));
        assertEquals(401, browser.basic("/api/v1/requests", username, PASSWORD).statusCode());
        assertTrue(!browser.loggedIn(browser.login(username, PASSWORD)), "a disabled account cannot log in");
    }

    @Test
    void endingAnAccountsSessionsEndsEveryOneOfThemAndANewLoginWorks() throws Exception {
        String username = account("session-ended");
        FormClient first = new FormClient(base.toString(), "127.0.0.1");
        FormClient second = new FormClient(base.toString(), "127.0.0.1");
        assertTrue(first.loggedIn(first.login(username, PASSWORD)));
        assertTrue(second.loggedIn(second.login(username, PASSWORD)));

        inTransaction(() -> accounts.endSessionsOf(username));

        assertExpired(first.get("/index.xhtml"));
        assertExpired(second.get("/index.xhtml"));
        assertTrue(first.loggedIn(first.login(username, PASSWORD)));
        assertEquals(200, first.get("/index.xhtml").statusCode());
    }

    /**
     * Issue 16: a login leaves the account's version as it is (the last login is written past it), so HTTP Basic's
     * remembered credential, checked against that version on every node, keeps serving a script without PBKDF2.
     */
    @Test
    void aLoginLeavesTheAccountsVersionForTheRememberedCredentials() throws Exception {
        String username = account("session-version");
        long before = accounts.findAccount(username).orElseThrow().getVersion();
        FormClient browser = new FormClient(base.toString(), "127.0.0.1");
        assertTrue(browser.loggedIn(browser.login(username, PASSWORD)));
        assertEquals(200, browser.basic("/api/v1/requests", username, PASSWORD).statusCode());
        em.getEntityManagerFactory().getCache().evictAll();
        UserAccount after = accounts.findAccount(username).orElseThrow();
        assertTrue(after.getLastLoginAt() != null, "the login is recorded");
        assertEquals(before, after.getVersion());
    }

    private static void assertExpired(HttpResponse<String> response) {
        assertEquals(302, response.statusCode());
        String location = response.headers().firstValue("Location").orElse("");
        assertTrue(location.endsWith("/login.xhtml?expired=true"), location);
    }

    private String account(String username) {
        fixtures.account(username, Role.NATIONAL, null, null);
        return username;
    }

    private void inTransaction(Runnable work) throws Exception {
        tx.begin();
        try {
            work.run();
            tx.commit();
        } catch (RuntimeException e) {
            tx.rollback();
            throw e;
        }
    }
}
