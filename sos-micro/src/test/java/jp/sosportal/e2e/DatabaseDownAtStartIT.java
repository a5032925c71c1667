package jp.sosportal.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;

import jp.sosportal.demo.boundary.DemoData;

/**
 * The portal starts while PostgreSQL is out of reach (issue 14): it answers at once, readiness DOWN with the reason
 * and the login page 「ただいまシステムに接続できません。」; once the database answers it migrates and serves, without a
 * restart. The database is behind a TCP proxy that refuses connections until the test opens it, so the machine's
 * PostgreSQL, which other runs share, is never stopped. PostgreSQL only: .ci/run's PostgreSQL pass names it.
 */
class DatabaseDownAtStartIT {

    private static final String LOGIN_UNAVAILABLE = "ただいまシステムに接続できません。しばらくしてから再度アクセスしてください。";
    /** What a user must never see. */
    private static final String STACK_TRACE = "\\tat [a-z]|Caused by:|java\\.sql\\.|org\\.postgresql";
    /** The migration's retry period (5 s) and a loaded machine's slowness. */
    private static final Duration SERVING_WITHIN = Duration.ofSeconds(120);

    @Test
    void startsWithoutTheDatabaseAndServesOnceItAnswers() throws Exception {
        String database = DatabaseProxy.freshDatabase("down_at_start");
        try (DatabaseProxy proxy = new DatabaseProxy(RunningPortal.PORT + 106, 5432)) {
            proxy.cut();
            RunningPortal portal = RunningPortal.start("db-down-at-start", RunningPortal.PORT + 107, Map.of(
                    "SOS_DB_URL", "jdbc:postgresql://127.0.0.1:" + proxy.port() + "/" + database,
                    "SOS_DB_USER", "postgres", "SOS_DEMO", "true"));
            try {
                FormClient browser = new FormClient(portal, "192.0.2.60");
                HttpResponse<String> login = awaitLoginPage(portal, browser);
                assertThat(login.statusCode()).isEqualTo(200);
                assertThat(login.body()).contains(LOGIN_UNAVAILABLE).doesNotContainPattern(STACK_TRACE);
                HttpResponse<String> ready = browser.get("/health/ready");
                assertThat(ready.statusCode()).isEqualTo(503);
                assertThat(ready.body()).contains("\"status\":\"DOWN\"", "database not answering");
                HttpResponse<String> attempt = browser.login("hospital", DemoData.PASSWORD);
                assertThat(attempt.statusCode()).as("no login without the database, and no 500").isEqualTo(200);
                assertThat(attempt.body()).contains(LOGIN_UNAVAILABLE).doesNotContainPattern(STACK_TRACE);
                assertThat(portal.logText()).contains("データベースに接続できません", "starts without a connection");

                proxy.restore();
                long opened = System.nanoTime();
                portal.awaitReady(SERVING_WITHIN);
                long seconds = Duration.ofNanos(System.nanoTime() - opened).toSeconds();
                assertThat(portal.logText()).contains("Schema at version");

                FormClient hospital = new FormClient(portal, "192.0.2.61");
                assertThat(hospital.get("/login.xhtml").body()).doesNotContain(LOGIN_UNAVAILABLE);
                HttpResponse<String> loggedIn = hospital.login("hospital", DemoData.PASSWORD);
                assertThat(loggedIn.statusCode()).as("login once the database answers").isEqualTo(302);
                HttpResponse<String> home = hospital.get("/index.xhtml");
                assertThat(home.statusCode()).isEqualTo(200);
                assertThat(home.body()).as("the demo data, seeded after the late migration").contains("東京都立新宿病院");
                assertThat(hospital.get("/sos/list.xhtml").statusCode()).isEqualTo(200);
                System.out.println("Serving " + seconds + " s after the database answered");
            } finally {
                portal.stop();
            }
        }
    }

    /** The login page once Payara Micro says it is ready (before that it answers 404 or 503 for any page). */
    private static HttpResponse<String> awaitLoginPage(RunningPortal portal, FormClient browser) {
        long deadline = System.nanoTime() + Duration.ofSeconds(Long.getLong("sos.e2e.startup.seconds", 180)).toNanos();
        while (System.nanoTime() < deadline) {
            if (!portal.process().isAlive()) {
                throw new AssertionError("the portal stopped:\n" + portal.logTail());
            }
            if (portal.logText().contains("ready in")) {
                return browser.get("/login.xhtml");
            }
            RunningPortal.sleep(500);
        }
        throw new AssertionError("the portal did not start:\n" + portal.logTail());
    }
}
