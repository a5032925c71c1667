package jp.sosportal.ear;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import jp.sosportal.demo.boundary.DemoData;
import jp.sosportal.ear.Asadmin.Result;

/**
 * Proves that sos-portal.ear deploys on Payara Server 6, not only the WAR on Payara Micro: a fresh domain, a real
 * {@code asadmin deploy}, then the login page and the readiness endpoint over HTTP, and a survey job that
 * asadmin's batch commands list. The domain gets its own ports
 * (portbase) so that a developer's server on 8080/4848 neither breaks this test nor is hit by it.
 */
class EarDeploymentIT {

    private static final String DOMAIN = "sos-ear-it";
    private static final String APPLICATION = "sos-portal";
    private static final List<Integer> PORTS_IN_USE_ELSEWHERE = List.of(4848, 8080, 8181, 9009, 18080);
    private static final Duration COMMAND_TIMEOUT = Duration.ofMinutes(3);
    private static final Duration READINESS_TIMEOUT = Duration.ofSeconds(60);

    private static final Path PAYARA_HOME = Path.of(System.getProperty("payara.home", "target/payara6"));
    private static final Path EAR = Path.of(System.getProperty("sos.ear", "target/sos-portal.ear"));
    private static final Path LOGS = Path.of(System.getProperty("sos.ear.it.logs", "target/asadmin-logs"));
    private static final int PORTBASE = Integer.getInteger("sos.ear.it.portbase", 28000);
    private static final Path DOMAIN_DIRECTORY = PAYARA_HOME.resolve("glassfish/domains").resolve(DOMAIN);
    private static final Path SERVER_LOG = DOMAIN_DIRECTORY.resolve("logs/server.log");

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private static Asadmin asadmin;
    private static int adminPort;
    private static int httpPort;

    @BeforeAll
    static void deployOnAFreshDomain() throws Exception {
        assertThat(EAR).as("the EAR built by this module").isRegularFile();
        asadmin = new Asadmin(PAYARA_HOME.resolve("bin/asadmin"), LOGS);
        removeLeftoverDomain();

        Result created = succeeded(asadmin.run(COMMAND_TIMEOUT,
                "create-domain", "--portbase", String.valueOf(PORTBASE), "--nopassword", DOMAIN));
        adminPort = reportedPort(created, "Admin");
        httpPort = reportedPort(created, "HTTP Instance");
        assertThat(List.of(adminPort, httpPort)).doesNotContainAnyElementsOf(PORTS_IN_USE_ELSEWHERE);

        succeeded(asadmin.run(COMMAND_TIMEOUT, "start-domain", DOMAIN));
        succeeded(asadmin.run(COMMAND_TIMEOUT, "--port", String.valueOf(adminPort),
                "deploy", "--name", APPLICATION, EAR.toAbsolutePath().toString()));
    }

    /** Runs even when the deployment failed, so that no server is left running to break the next build. */
    @AfterAll
    static void undeployAndStopDomain() throws Exception {
        if (asadmin == null) {
            return;
        }
        if (adminPort != 0) {
            asadmin.run(COMMAND_TIMEOUT, "--port", String.valueOf(adminPort), "undeploy", APPLICATION);
        }
        Result stopped = asadmin.run(COMMAND_TIMEOUT, "stop-domain", DOMAIN);
        if (!stopped.succeeded()) {
            stopped = asadmin.run(COMMAND_TIMEOUT, "stop-domain", "--kill=true", DOMAIN);
        }
        succeeded(stopped);
    }

    @Test
    void loginPageIsServedAtTheContextRoot() throws Exception {
        HttpResponse<String> response = get("/login.xhtml");

        assertThat(response.statusCode()).withFailMessage(() -> unexpected(response)).isEqualTo(200);
        assertThat(response.body()).withFailMessage(() -> unexpected(response)).contains("ログイン");
    }

    @Test
    void readinessTurnsUpOnceTheDatabaseIsMigrated() throws Exception {
        awaitReady();
    }

    /**
     * SPEC.md §8: batch admins see the survey jobs on Payara Server's own tools. A daily survey file goes in through
     * the JSON API as the demo batch admin; its run is then listed by {@code asadmin list-batch-jobs} and
     * {@code list-batch-job-executions}, which read the same job repository as the admin console's Batch pages.
     */
    @Test
    void aSurveyJobRunsAndIsListedByAsadminsBatchCommands() throws Exception {
        awaitReady();
        String csv = "医療機関コード,回答日,うち抗原定量検査実施人数,うち抗原定性検査(簡易キット)実施人数,入院中,"
                + "新型コロナウイルス感染患者受入可能数,診療・検査医療機関(検体採取等を行う地域外来・検査センターを含む),PCR検査実施の可否\n"
                + "1310000001," + LocalDate.now(ZoneId.of("Asia/Tokyo")).minusDays(1) + ",0,1,2,0,あり,可能\n"
                + "9999999990," + LocalDate.now(ZoneId.of("Asia/Tokyo")).minusDays(1) + ",0,0,0,0,なし,不可\n";
        HttpResponse<String> started = HTTP.send(asBatchAdmin("/api/v1/batch/daily?fileName=ear-it-daily.csv")
                .header("Content-Type", "text/csv; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(csv, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(started.statusCode()).withFailMessage(() -> unexpected(started)).isEqualTo(202);
        String id = jsonNumber(started.body(), "id");

        String execution = awaitEnd(id);
        assertThat(execution).contains("\"status\":\"COMPLETED\"",
                "\"exitStatus\":\"ear-it-daily.csv: 読込2件、取込1件、除外1件\"");

        Result jobs = succeeded(asadmin.run(COMMAND_TIMEOUT, "--port", String.valueOf(adminPort),
                "list-batch-jobs", "-l"));
        assertThat(jobs.output()).contains("daily-survey-import", "ear-it-daily.csv: 読込2件、取込1件、除外1件");
        Result executions = succeeded(asadmin.run(COMMAND_TIMEOUT, "--port", String.valueOf(adminPort),
                "list-batch-job-executions", "-l", "-x", id));
        assertThat(executions.output().lines()
                .filter(line -> line.contains("daily-survey-import") && line.contains("COMPLETED"))
                .filter(line -> line.matches(".*\\b" + id + "\\b.*")))
                .withFailMessage(() -> "no COMPLETED execution " + id + " listed:\n" + executions.output())
                .hasSize(1);
    }

    /** The application migrates the database at startup and reports DOWN (503) until then: poll. */
    private static void awaitReady() throws Exception {
        // The "database" check must be there: Payara Server registers health checks only from web modules.
        Instant deadline = Instant.now().plus(READINESS_TIMEOUT);
        String lastAnswer = "no answer";
        while (Instant.now().isBefore(deadline)) {
            try {
                HttpResponse<String> response = get("/health/ready");
                if (response.statusCode() == 200 && response.body().contains("\"name\":\"database\",\"status\":\"UP\"")) {
                    return;
                }
                lastAnswer = response.statusCode() + " " + response.body();
            } catch (IOException e) {
                lastAnswer = e.toString();
            }
            Thread.sleep(1000);
        }
        throw new AssertionError("/health/ready was not UP within " + READINESS_TIMEOUT.toSeconds()
                + " s; last answer: " + lastAnswer + "\n" + serverLogTail());
    }

    /** Polls the run through the API until it has ended; returns its last JSON. */
    private static String awaitEnd(String id) throws Exception {
        Instant deadline = Instant.now().plus(READINESS_TIMEOUT);
        String body = "";
        while (Instant.now().isBefore(deadline)) {
            HttpResponse<String> response = HTTP.send(asBatchAdmin("/api/v1/batch/executions/" + id).build(),
                    HttpResponse.BodyHandlers.ofString());
            body = response.body();
            if (response.statusCode() == 200 && body.matches(".*\"status\":\"(COMPLETED|FAILED|STOPPED)\".*")) {
                return body;
            }
            Thread.sleep(500);
        }
        throw new AssertionError("execution " + id + " did not end: " + body + "\n" + serverLogTail());
    }

    private static HttpRequest.Builder asBatchAdmin(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + httpPort + path))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        ("batch:" + DemoData.PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .header("Accept", "application/json")
                .timeout(Duration.ofSeconds(60));
    }

    private static String jsonNumber(String json, String name) {
        Matcher matcher = Pattern.compile("\"" + name + "\":(\\d+)").matcher(json);
        assertThat(matcher.find()).withFailMessage(() -> "no " + name + " in " + json).isTrue();
        return matcher.group(1);
    }

    /** A domain of an earlier, aborted run may still be running: stop it before its directory goes. */
    private static void removeLeftoverDomain() throws IOException, InterruptedException {
        if (!Files.exists(DOMAIN_DIRECTORY)) {
            return;
        }
        asadmin.run(COMMAND_TIMEOUT, "stop-domain", "--kill=true", DOMAIN);
        try (Stream<Path> paths = Files.walk(DOMAIN_DIRECTORY)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    /** The port create-domain says it chose, e.g. "Using port 28080 for HTTP Instance." */
    private static int reportedPort(Result created, String service) {
        Matcher matcher = Pattern.compile("Using port (\\d+) for " + Pattern.quote(service) + "\\.")
                .matcher(created.output());
        assertThat(matcher.find()).withFailMessage(() -> "no " + service + " port reported\n" + created.describe())
                .isTrue();
        return Integer.parseInt(matcher.group(1));
    }

    private static Result succeeded(Result result) {
        assertThat(result.succeeded())
                .withFailMessage(() -> result.describe() + "\n" + serverLogTail())
                .isTrue();
        return result;
    }

    private static HttpResponse<String> get(String path) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + httpPort + path))
                .header("Accept-Language", "ja")
                .timeout(Duration.ofSeconds(60)) // the first page builds JSF and PrimeFaces: 20 s ran out at load 18
                .build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static String unexpected(HttpResponse<String> response) {
        return "GET " + response.uri() + " answered " + response.statusCode() + ":\n" + response.body() + "\n"
                + serverLogTail();
    }

    private static String serverLogTail() {
        return "last lines of " + SERVER_LOG + ":\n" + Logs.tail(SERVER_LOG);
    }
}
