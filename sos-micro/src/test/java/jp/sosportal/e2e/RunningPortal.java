package jp.sosportal.e2e;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The built application, started once for the whole end-to-end run exactly as the README starts it
 * ({@code run.sh}, without rebuilding), on its own port and data directory, and stopped when the JVM ends.
 */
public final class RunningPortal {

    private static final Path ROOT = Path.of(System.getProperty("sos.root", "..")).toAbsolutePath().normalize();
    private static final Path TARGET = ROOT.resolve("sos-micro/target");
    /** The shared instance's port; other instances of a run take ports just above it. */
    public static final int PORT = Integer.getInteger("sos.e2e.port", 18080);
    /**
     * The SMTP port the shared instance sends mail to; tests that read mail start GreenMail on it. 7,000 above the
     * HTTP port, or below it for an HTTP port above 58,535 (a helper's port range found 66,200); -Dsos.e2e.smtp.port.
     */
    public static final int SMTP_PORT = Integer.getInteger("sos.e2e.smtp.port", PORT + 7000 <= 65535 ? PORT + 7000
            : PORT - 7000);
    /** The shared instance's export limit: low, so that a test can pass it with a few dozen requests. */
    public static final int EXPORT_LIMIT = 60;
    /** The shared instance's throttle: failures count for 30 seconds, the first lock lasts 3 (then 6, 12). */
    public static final Duration LOGIN_WINDOW = Duration.ofSeconds(30);
    public static final Duration LOGIN_LOCK = Duration.ofSeconds(3);
    private static RunningPortal instance;
    private static RunningPortal altered;

    private final Process process;
    private final Path log;
    private final int port;

    private RunningPortal(Process process, Path log, int port) {
        this.process = process;
        this.log = log;
        this.port = port;
    }

    /** The portal, started on first use. */
    public static synchronized RunningPortal get() {
        if (instance == null) {
            instance = startForTheRun("e2e", PORT);
            instance.awaitReady(readyTimeout()); // kept even if never ready: the next class fails, not starts again
        }
        return instance;
    }

    /**
     * A second instance with the shared instance's settings and demo data, for the test classes that change a demo
     * account for good (its password), so that the other classes keep the demo as the README describes it. Shared
     * by those classes (each changes a different account), started on first use and stopped when the JVM ends:
     * one start less per class (issue 18).
     */
    public static synchronized RunningPortal altered() {
        if (altered == null) {
            altered = startForTheRun("altered", PORT + 121);
            altered.awaitReady(readyTimeout()); // kept even if never ready: the next class fails, not starts again
        }
        return altered;
    }

    /**
     * An instance with the shared settings, stopped when the JVM ends: hooked before anyone waits for it, so a portal
     * that never gets ready does not outlive the test run and hold the port.
     */
    private static RunningPortal startForTheRun(String name, int port) {
        RunningPortal portal = start(name, port, settings());
        Runtime.getRuntime().addShutdownHook(new Thread(portal::stop));
        return portal;
    }

    private static Map<String, String> settings() {
        return Map.of("SOS_REVIEW_EXPORT_LIMIT", String.valueOf(EXPORT_LIMIT),
                // Issue 13: tests claim client addresses through X-Forwarded-For (as a proxy in front would),
                // and the guessing throttle locks for seconds, not minutes, so a test sees it end.
                "SOS_TRUSTED_PROXIES", "127.0.0.1", "SOS_LOGIN_WINDOW", LOGIN_WINDOW.toString(),
                "SOS_LOGIN_LOCK", LOGIN_LOCK.toString(), "SOS_LOGIN_LOCK_MAX", LOGIN_LOCK.multipliedBy(4).toString());
    }

    /** A loaded machine (several builds at once) may need longer: -Dsos.e2e.startup.seconds. */
    private static Duration readyTimeout() {
        return Duration.ofSeconds(Long.getLong("sos.e2e.startup.seconds", 180));
    }

    /**
     * Starts another instance with its own data directory and extra environment; the caller stops it. A
     * PostgreSQL run ({@code -Dsos.e2e.db.url}) points the shared instance at that database.
     */
    public static RunningPortal start(String name, int port, Map<String, String> environment) {
        deleteRecursively(TARGET.resolve(name + "-data"));
        return restart(name, port, environment);
    }

    /** Starts an instance on the data directory an earlier {@link #start} of this name left behind. */
    public static RunningPortal restart(String name, int port, Map<String, String> environment) {
        try {
            Path data = TARGET.resolve(name + "-data");
            Path log = TARGET.resolve(name + "-portal.log");
            ProcessBuilder builder = new ProcessBuilder(ROOT.resolve("run.sh").toString())
                    .redirectErrorStream(true).redirectOutput(log.toFile());
            Map<String, String> env = builder.environment();
            env.keySet().removeIf(key -> key.startsWith("SOS_"));
            env.put("SOS_BUILD", "never");
            env.put("SOS_PORT", String.valueOf(port));
            env.put("SOS_DATA_DIR", data.toString());
            env.put("SOS_CLOCK_START", System.getProperty("sos.e2e.clock", ""));
            env.put("SOS_MAIL_HOST", "127.0.0.1");
            env.put("SOS_MAIL_PORT", String.valueOf(SMTP_PORT));
            env.put("SOS_BASE_URL", "http://localhost:" + port);
            // run.sh's JVM options unless -Dsos.e2e.java.opts: not C1 only as the Arquillian Payara, although C2's
            // start-up work is half of a start's CPU seconds, because every login here pays PBKDF2, whose SHA-512
            // intrinsics only C2 has: SecurityIT's known-vs-unknown user timing drowned in ±300 ms (issue 18).
            env.put("JAVA_OPTS", System.getProperty("sos.e2e.java.opts", ""));
            String dbUrl = System.getProperty("sos.e2e.db.url", "");
            if (!dbUrl.isBlank() && "e2e".equals(name)) {
                env.put("SOS_DB_URL", dbUrl);
                env.put("SOS_DB_USER", System.getProperty("sos.e2e.db.user", "postgres"));
                env.put("SOS_DEMO", "true");
            }
            env.putAll(environment);
            env.values().removeIf(String::isEmpty);
            return new RunningPortal(builder.start(), log, port);
        } catch (IOException e) {
            throw new IllegalStateException("cannot start run.sh", e);
        }
    }

    public URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    /** Waits for /health/ready to answer 200; fails with the log's tail when the process dies or time runs out. */
    public void awaitReady(Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        HttpClient http = HttpClient.newHttpClient();
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the portal stopped (exit " + process.exitValue() + "):\n" + logTail());
            }
            try {
                var response = http.send(HttpRequest.newBuilder(uri("/health/ready")).timeout(Duration.ofSeconds(5)).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            sleep(500);
        }
        throw new IllegalStateException("the portal was not ready within " + timeout + ":\n" + logTail());
    }

    public Process process() {
        return process;
    }

    public String logText() {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            return "";
        }
    }

    public String logTail() {
        List<String> lines = logText().lines().toList();
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }

    public void stop() {
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void deleteRecursively(Path dir) {
        if (Files.exists(dir)) {
            try (var paths = Files.walk(dir)) {
                paths.sorted((a, b) -> b.compareTo(a)).forEach(p -> p.toFile().delete());
            } catch (IOException e) {
                throw new IllegalStateException("cannot delete " + dir, e);
            }
        }
    }
}
