package jp.sosportal.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/** Bad configuration fails clearly: a database that is down, a data directory that cannot be written. */
class StartupFailureIT {

    @Test
    void aDatabaseThatIsDownKeepsReadinessDownAndNamesTheUrlButNotThePassword() throws Exception {
        String url = "jdbc:postgresql://127.0.0.1:5999/nowhere";
        RunningPortal portal = RunningPortal.start("dbdown", RunningPortal.PORT + 101,
                Map.of("SOS_DB_URL", url, "SOS_DB_USER", "postgres", "SOS_DB_PASSWORD", "Secret-Pw-123"));
        try {
            HttpResponse<String> ready = awaitAnswer(portal, Duration.ofSeconds(120));
            assertThat(ready.statusCode()).isEqualTo(503);
            assertThat(ready.body()).contains("\"status\":\"DOWN\"");
            assertThat(portal.logText()).contains("Database: " + url, "Connection to 127.0.0.1:5999 refused")
                    .doesNotContain("Secret-Pw-123");
        } finally {
            portal.stop();
        }
    }

    @Test
    void anUnwritableDataDirectoryStopsStartupWithAClearMessage() throws Exception {
        Path file = Files.createTempFile(Path.of("target").toAbsolutePath(), "not-a-directory", ".txt");
        RunningPortal portal = RunningPortal.start("baddir", RunningPortal.PORT + 102, Map.of("SOS_DATA_DIR", file + "/data"));
        assertThat(portal.process().waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(portal.process().exitValue()).isNotZero();
        assertThat(portal.logText()).contains("SOS_DATA_DIR", "書き込みできません");
    }

    /** Polls /health/ready once Payara Micro says it is ready (before that the answer means nothing). */
    private static HttpResponse<String> awaitAnswer(RunningPortal portal, Duration timeout) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!portal.logText().contains("ready in")) {
                RunningPortal.sleep(500);
                continue;
            }
            try {
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(portal.uri("/health/ready"))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
                if (response.body().contains("status")) {
                    return response;
                }
            } catch (java.io.IOException notYet) {
                // the server is still starting
            }
            RunningPortal.sleep(500);
        }
        throw new AssertionError("no health answer within " + timeout + ":\n" + portal.logTail());
    }
}
