package jp.sosportal.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * PostgreSQL is not there when the portal starts (here: nothing listens on the database port yet). The portal
 * starts anyway, says so, and once the database answers (a forwarder to the local PostgreSQL opens that port) it
 * migrates, seeds and serves — without a restart. Runs in the PostgreSQL pass of .ci/run.
 */
class DatabaseRecoveryIT {

    static final String UNAVAILABLE = "ただいまシステムに接続できません。しばらくしてから再度アクセスしてください。";

    @Test
    void thePortalStartsWithoutItsDatabaseAndServesOnceItAnswers() throws Exception {
        int databasePort = freePort();
        String url = "jdbc:postgresql://127.0.0.1:" + databasePort + "/sos_recovery";
        RunningPortal portal = RunningPortal.start("recovery", RunningPortal.PORT + 105,
                Map.of("SOS_DB_URL", url, "SOS_DB_USER", "postgres", "SOS_DEMO", "true"));
        try (ServerSocket forwarder = new ServerSocket()) {
            HttpResponse<String> ready = StartupFailureIT.awaitAnswer(portal, Duration.ofSeconds(180));
            assertThat(ready.statusCode()).isEqualTo(503);
            assertThat(ready.body()).contains("\"status\":\"DOWN\"", "database unreachable");
            assertThat(get(portal, "/login.xhtml").body()).contains(UNAVAILABLE);

            forwarder.bind(new java.net.InetSocketAddress("127.0.0.1", databasePort));
            daemon(() -> forward(forwarder));
            portal.awaitReady(Duration.ofSeconds(90));

            RunningPortal.sleep(3_500); // the login page remembers the database's state for 3 s
            assertThat(get(portal, "/login.xhtml").body()).doesNotContain(UNAVAILABLE);
            try (Browser browser = Browser.desktop(portal)) {
                browser.loginToHome("hospital", LoginIT.PASSWORD);
            }
        } finally {
            portal.stop();
        }
    }

    static HttpResponse<String> get(RunningPortal portal, String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(portal.uri(path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static void daemon(Runnable work) {
        Thread thread = new Thread(work);
        thread.setDaemon(true);
        thread.start();
    }

    private static int freePort() throws IOException {
        try (ServerSocket probe = new ServerSocket(0)) {
            return probe.getLocalPort();
        }
    }

    /** Pipes every connection to the local PostgreSQL, both ways. */
    private static void forward(ServerSocket forwarder) {
        while (!forwarder.isClosed()) {
            try {
                Socket client = forwarder.accept();
                Socket database = new Socket("127.0.0.1", 5432);
                daemon(() -> pipe(client, database));
                daemon(() -> pipe(database, client));
            } catch (IOException closed) {
                return;
            }
        }
    }

    private static void pipe(Socket from, Socket to) {
        try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
            in.transferTo(out);
        } catch (IOException ended) {
            // one side closed: close both
        } finally {
            try {
                from.close();
                to.close();
            } catch (IOException ignored) {
                // already closed
            }
        }
    }
}
