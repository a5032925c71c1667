package jp.sosportal.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import jp.sosportal.demo.boundary.DemoData;
import jp.sosportal.e2e.Browser;
import jp.sosportal.e2e.PortalApi;

/**
 * Issue 16's failover walk, run by {@code cluster/check} (not by {@code mvn verify}: it starts two nodes and nginx,
 * minutes on a 2-core machine). Starts {@code cluster/run} on PostgreSQL with the demo data and drives a real
 * browser through nginx: a node killed with {@code kill -9} under a half-typed request form loses nobody's work.
 * Before the kill, with both nodes up: every answer names its node, an inbox file is loaded once, a password change
 * on one node refuses the old password on the other at once, the open data are computed once per period.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterCheckIT {

    private static final Path ROOT = Path.of(System.getProperty("sos.root", "..")).toAbsolutePath().normalize();
    private static final int PORT = Integer.getInteger("sos.cluster.port", 18180);
    private static final String DB_URL = System.getProperty("sos.cluster.db.url",
            "jdbc:postgresql://127.0.0.1:5432/sos_cluster_check");
    private static final Path DIR = ROOT.resolve("sos-micro/target/cluster");
    private static final String NGINX = "http://127.0.0.1:" + PORT;
    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    private static final String DEMO_PASSWORD = DemoData.PASSWORD;
    private static final Duration REFRESH = Duration.ofMinutes(1);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static Process cluster;

    @BeforeAll
    static void startCluster() throws Exception {
        if (Files.exists(DIR)) {
            try (Stream<Path> old = Files.walk(DIR)) {
                old.sorted((a, b) -> b.compareTo(a)).forEach(path -> path.toFile().delete());
            }
        }
        Files.createDirectories(DIR);
        ProcessBuilder run = new ProcessBuilder("bash", ROOT.resolve("cluster/run").toString())
                .redirectErrorStream(true).redirectOutput(DIR.resolveSibling("cluster-run.out").toFile());
        Map<String, String> env = run.environment();
        env.keySet().removeIf(name -> name.startsWith("SOS_"));
        env.putAll(Map.of("PORT", String.valueOf(PORT), "NODE1_PORT", String.valueOf(PORT + 1),
                "NODE2_PORT", String.valueOf(PORT + 2), "GRID_PORT", String.valueOf(PORT + 50),
                "CLUSTER_DIR", DIR.toString(), "SOS_DB_URL", DB_URL, "SOS_DEMO", "true",
                "SOS_OPENDATA_REFRESH_MINUTES", String.valueOf(REFRESH.toMinutes())));
        cluster = run.start();
        Runtime.getRuntime().addShutdownHook(new Thread(ClusterCheckIT::stopCluster));
        Instant deadline = Instant.now().plus(Duration.ofSeconds(Integer.getInteger("sos.cluster.startup.seconds", 900)));
        while (!Files.exists(DIR.resolve("ready"))) {
            if (!cluster.isAlive() || Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("cluster/run did not get ready; see " + DIR.resolveSibling("cluster-run.out"));
            }
            Thread.sleep(1000);
        }
    }

    @AfterAll
    static void stopCluster() {
        if (cluster != null && cluster.isAlive()) {
            cluster.destroy(); // SIGTERM: cluster/run stops the nodes and nginx it started
            try {
                cluster.waitFor();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Test
    @Order(1)
    void everyAnswerNamesItsNodeAndNginxTakesTurns() throws Exception {
        List<String> nodes = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            nodes.add(get(NGINX + "/login.xhtml", null).headers().firstValue("X-SOS-Node").orElse(null));
        }
        assertThat(nodes).doesNotContainNull();
        assertThat(new HashSet<>(nodes)).containsExactlyInAnyOrder("node1", "node2");
    }

    @Test
    @Order(2)
    void anInboxFileDroppedWhileBothNodesRunIsLoadedOnce() throws Exception {
        String name = "daily-cluster-" + System.currentTimeMillis() + ".csv";
        String today = LocalDate.now(TOKYO).toString();
        String csv = "医療機関コード,回答日,うち抗原定量検査実施人数,うち抗原定性検査(簡易キット)実施人数,入院中,"
                + "新型コロナウイルス感染患者受入可能数,診療・検査医療機関(検体採取等を行う地域外来・検査センターを含む),PCR検査実施の可否\n"
                + "1310000001," + today + ",0,0,3,2,あり,可能\n";
        Path inbox = DIR.resolve("inbox");
        Path hidden = inbox.resolve("." + name);
        Files.writeString(hidden, csv, StandardCharsets.UTF_8);
        Files.move(hidden, inbox.resolve(name), StandardCopyOption.ATOMIC_MOVE);
        Instant deadline = Instant.now().plusSeconds(180);
        while (done(inbox, name).isEmpty() && Instant.now().isBefore(deadline)) {
            Thread.sleep(500);
        }
        assertThat(done(inbox, name)).as("loaded and moved to done/ (under a time prefix)").hasSize(1);
        assertThat(logLines("inbox: " + name + " → execution")).as("runs started for the file on both nodes")
                .hasSize(1);
    }

    @Test
    @Order(3)
    void aPasswordChangedOnOneNodeRefusesTheOldPasswordOnTheOtherAtOnce() throws Exception {
        String node1 = "http://127.0.0.1:" + (PORT + 1);
        String node2 = "http://127.0.0.1:" + (PORT + 2);
        String user = "clinic";
        String newPassword = "Kurasuta-Shiken-" + System.currentTimeMillis();
        assertThat(get(node2 + "/api/v1/requests?size=1", user + ":" + DEMO_PASSWORD).statusCode())
                .as("node 2 has verified (and remembers) the old password").isEqualTo(200);
        try (Browser onNode2 = Browser.open(node2, 1280, 900); Browser onNode1 = Browser.open(node1, 1280, 900)) {
            onNode2.loginToHome(user, DEMO_PASSWORD);
            onNode1.loginToHome(user, DEMO_PASSWORD);
            onNode1.go("/profile/password.xhtml");
            onNode1.type("#passwordForm\\:currentPassword", DEMO_PASSWORD);
            onNode1.type("#passwordForm\\:password", newPassword);
            onNode1.type("#passwordForm\\:confirmation", newPassword);
            onNode1.click("#passwordForm\\:change");
            onNode1.waitForUrl("/index.xhtml");
            assertThat(onNode1.text()).contains("パスワードを変更しました。");

            assertThat(get(node2 + "/api/v1/requests?size=1", user + ":" + DEMO_PASSWORD).statusCode())
                    .as("the old password on node 2").isEqualTo(401);
            assertThat(get(node2 + "/api/v1/requests?size=1", user + ":" + newPassword).statusCode())
                    .as("the new password on node 2").isEqualTo(200);
            onNode2.go("/index.xhtml");
            onNode2.waitForUrl("/login.xhtml");
            onNode2.login(user, DEMO_PASSWORD);
            assertThat(onNode2.find("#loginForm\\:messages").getText()).contains("正しくありません");
        }
    }

    @Test
    @Order(4)
    void theOpenDataAreComputedOncePerPeriodAndServedAlikeByBothNodes() throws Exception {
        Pattern computedAt = Pattern.compile("\"computed_at\"\\s*:\\s*\"([^\"]+)\"");
        Set<String> seen = new TreeSet<>();
        Instant end = Instant.now().plus(REFRESH).plusSeconds(15);
        while (Instant.now().isBefore(end)) {
            for (int node = 1; node <= 2; node++) {
                HttpResponse<String> answer = get("http://127.0.0.1:" + (PORT + node) + "/opendata/requests.json", null);
                assertThat(answer.statusCode()).isEqualTo(200);
                Matcher matcher = computedAt.matcher(answer.body());
                assertThat(matcher.find()).as(answer.body()).isTrue();
                seen.add(matcher.group(1));
            }
            Thread.sleep(3000);
        }
        List<LocalDateTime> computations = logLines("Open data computed by node").stream()
                .map(line -> LocalDateTime.parse(line.replaceAll(".* at (\\S+).*", "$1"))).sorted().toList();
        assertThat(computations).as("computations over more than a period").hasSizeGreaterThanOrEqualTo(2);
        for (int i = 1; i < computations.size(); i++) {
            assertThat(Duration.between(computations.get(i - 1), computations.get(i)))
                    .as("two computations in one period: %s", computations).isGreaterThanOrEqualTo(REFRESH);
        }
        assertThat(seen.size()).as("snapshots the nodes served: %s, computed: %s", seen, computations)
                .isLessThanOrEqualTo(computations.size() + 1);
    }

    @Test
    @Order(5)
    void aNodeKilledUnderAHalfTypedFormLosesNothing() throws Exception {
        String comment = "クラスタ試験 " + System.currentTimeMillis();
        try (Browser browser = Browser.recordingNetwork(NGINX)) {
            try {
                walk(browser, comment);
            } catch (AssertionError | RuntimeException e) {
                browser.screenshot("cluster-walk-failed");
                throw e;
            }
        }
    }

    private static void walk(Browser browser, String comment) throws Exception {
        browser.loginToHome("hospital", DEMO_PASSWORD);
        browser.go("/sos/new.xhtml");
        browser.click("#requestForm\\:conditionsConfirmed .ui-chkbox-box");
        browser.click("label[for='requestForm:items:0']");
        browser.type("#requestForm\\:comment", comment);
        String served = browser.answerHeader("/sos/new.xhtml", "X-SOS-Node");
        assertThat(served).as("the node that served the form").isIn("node1", "node2");
        kill(served);

        browser.click("#requestForm\\:save");
        browser.waitForUrl("/sos/detail.xhtml");
        assertThat(browser.find("#statusLabel").getText()).isEqualTo("未申請");
        assertThat(browser.find("#comment").getText()).isEqualTo(comment);
        assertThat(browser.text()).contains("保存しました。", "サージカルマスク");
        assertThat(browser.answerHeader("/sos/detail.xhtml", "X-SOS-Node")).as("the survivor")
                .isNotEqualTo(served).isNotNull();
        browser.screenshot("cluster-saved-after-failover");

        String url = browser.driver().getCurrentUrl();
        long id = Long.parseLong(url.replaceAll(".*[?&]id=(\\d+).*", "$1"));
        browser.click("#detailForm\\:submit");
        assertThat(browser.find("#dialogAccepted").getText()).isEqualTo("緊急配布要請を受け付けました。");
        List<Map<String, Object>> history = new PortalApi(NGINX).history("hospital", id);
        assertThat(history.stream().filter(change -> "UNDER_REVIEW".equals(change.get("to"))).count())
                .as("submissions in the history: %s", history).isEqualTo(1);
    }

    private static List<Path> done(Path inbox, String name) throws IOException {
        try (Stream<Path> files = Files.list(inbox.resolve("done"))) {
            return files.filter(file -> file.getFileName().toString().endsWith("-" + name)).toList();
        } catch (java.nio.file.NoSuchFileException notYet) {
            return List.of();
        }
    }

    private static void kill(String node) throws IOException, InterruptedException {
        long pid = Long.parseLong(Files.readString(DIR.resolve(node + ".pid")).trim());
        Process kill = new ProcessBuilder("kill", "-9", String.valueOf(pid)).inheritIO().start();
        assertThat(kill.waitFor()).isZero();
        ProcessHandle.of(pid).ifPresent(process -> process.onExit().join());
    }

    /** The log lines of both nodes that contain {@code text}. */
    private static List<String> logLines(String text) throws IOException {
        List<String> lines = new ArrayList<>();
        for (String node : List.of("node1", "node2")) {
            // The node's console (cluster/run's run.out): Payara Micro's own server.log stays empty here.
            Files.readAllLines(DIR.resolve(node).resolve("run.out"), StandardCharsets.UTF_8).stream()
                    .filter(line -> line.contains(text)).forEach(lines::add);
        }
        return lines;
    }

    private static HttpResponse<String> get(String url, String credentials) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60));
        if (credentials != null) {
            request.header("Authorization", "Basic "
                    + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
