import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Load on loopback for issue 5: N threads, each logged in by HTTP Basic as one bench account, drive the JSON API
 * phase by phase for a fixed time and print throughput and p50/p99 latency per phase.
 * <ol>
 * <li>create: POST /api/v1/requests until every thread holds its share of fresh requests (also the pool for submit);
 * <li>warm-up (not counted): ceiling and check mixed, so the JIT has seen both;
 * <li>ceiling: GET /api/v1/requests/{id} — authenticated, one row by primary key, JSON out;
 * <li>floor: GET /api/v1/requests/1, a request that does not exist (404 problem+json): authentication, JAX-RS,
 * the EJB and one primary-key miss — the least an authenticated API call costs here;
 * <li>check: POST /api/v1/requests/{id}/check (「事前チェック」), cycling over the thread's requests;
 * <li>submit: POST /api/v1/requests/{id}/submit, each request submitted once (a first, real submission).
 * </ol>
 * Usage: java bench/submit/SubmitLoad.java BASE_URL ACCOUNTS_FILE [threads=4] [seconds=20] [requests=3000] [label]
 * ACCOUNTS_FILE has "username institutionCode" lines; the password is the demo one.
 */
public class SubmitLoad {

    static final String PASSWORD = System.getProperty("password", "SosDemo2021");
    static final Pattern ID = Pattern.compile("/requests/(\\d+)$");
    static final Pattern STATUS = Pattern.compile("\"status\"\\s*:\\s*\"(\\w+)\"");
    static final Pattern PASSED = Pattern.compile("\"passed\"\\s*:\\s*(true|false)\\s*}\\s*$");

    record Account(String username, String code) {
    }

    record Result(String phase, int threads, long count, long errors, double seconds, long[] nanos,
                  Map<String, Long> outcomes) {
        double perSecond() {
            return count / seconds;
        }

        double percentileMs(double p) {
            if (nanos.length == 0) {
                return Double.NaN;
            }
            int index = (int) Math.ceil(p * nanos.length) - 1;
            return nanos[Math.max(0, index)] / 1e6;
        }
    }

    /** One thread's view: its account, its client, its requests. */
    static final class Worker {
        final Account account;
        final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        final String authorization;
        final List<Long> requests = new ArrayList<>();
        int next;

        Worker(Account account) {
            this.account = account;
            this.authorization = "Basic " + Base64.getEncoder().encodeToString(
                    (account.username() + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        }

        HttpResponse<String> send(String method, URI uri, String json) throws Exception {
            HttpRequest.Builder builder = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30))
                    .header("Authorization", authorization).header("Accept", "application/json");
            if (json == null) {
                builder.method(method, HttpRequest.BodyPublishers.noBody());
            } else {
                builder.header("Content-Type", "application/json")
                        .method(method, HttpRequest.BodyPublishers.ofString(json));
            }
            return http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
        }

        long cycle() {
            long id = requests.get(next % requests.size());
            next++;
            return id;
        }
    }

    /** What one call of a phase does; returns the outcome label to count, or null for an error. */
    interface Call {
        String run(Worker worker) throws Exception;
    }

    static String base;

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: java SubmitLoad.java BASE_URL ACCOUNTS_FILE [threads] [seconds] [requests] [label]");
            System.exit(2);
        }
        base = args[0].replaceAll("/$", "");
        List<Account> accounts = Files.readAllLines(Path.of(args[1])).stream().filter(l -> !l.isBlank())
                .map(l -> l.trim().split("\\s+")).map(p -> new Account(p[0], p[1])).toList();
        int threads = args.length > 2 ? Integer.parseInt(args[2]) : 4;
        int seconds = args.length > 3 ? Integer.parseInt(args[3]) : 20;
        int requests = args.length > 4 ? Integer.parseInt(args[4]) : 3000;
        String label = args.length > 5 ? args[5] : base;

        List<Worker> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            workers.add(new Worker(accounts.get(t % accounts.size())));
        }
        // First call per account pays the PBKDF2 verification; the server then remembers the credentials.
        run("login", workers, 0, 1, w -> ok(w.send("GET", uri("/api/v1/requests?size=1"), null), 200));

        String body = "{\"institutionCode\":\"%s\",\"conditionsConfirmed\":true,\"n95ConditionsConfirmed\":false,"
                + "\"items\":[\"SURGICAL_MASK\",\"NON_STERILE_GLOVES\"],\"comment\":\"bench\"}";
        int share = Math.max(1, requests / threads);
        Result create = run("create   POST /api/v1/requests", workers, 0, share, w -> {
            HttpResponse<String> response = w.send("POST", uri("/api/v1/requests"), body.formatted(w.account.code()));
            if (response.statusCode() != 201) {
                return error(response);
            }
            Matcher id = ID.matcher(response.headers().firstValue("Location").orElse(""));
            if (!id.find()) {
                return null;
            }
            w.requests.add(Long.parseLong(id.group(1)));
            return "201";
        });
        if (workers.stream().anyMatch(w -> w.requests.isEmpty())) {
            throw new IllegalStateException("a thread could not create any request; see the errors above");
        }

        Call ceilingCall = w -> ok(w.send("GET", uri("/api/v1/requests/" + w.cycle()), null), 200);
        Call checkCall = w -> {
            HttpResponse<String> response = w.send("POST", uri("/api/v1/requests/" + w.cycle() + "/check"), null);
            if (response.statusCode() != 200) {
                return error(response);
            }
            Matcher passed = PASSED.matcher(response.body());
            return passed.find() ? "passed=" + passed.group(1) : "200";
        };
        run("warm-up", workers, Math.max(5, seconds / 4), 0, w -> w.next % 2 == 0 ? ceilingCall.run(w) : checkCall.run(w));
        Result ceiling = profiled("ceiling", seconds, () -> run("ceiling  GET  /api/v1/requests/{id}", workers, seconds, 0, ceilingCall));
        Result floor = run("floor    GET  /api/v1/requests/1 (404)", workers, seconds, 0,
                w -> ok(w.send("GET", uri("/api/v1/requests/1"), null), 404));
        Result check = profiled("check", seconds, () -> run("check    POST /api/v1/requests/{id}/check", workers, seconds, 0, checkCall));
        for (Worker w : workers) {
            w.next = 0;
        }
        Result submit = profiled("submit", seconds, () -> run("submit   POST /api/v1/requests/{id}/submit", workers, seconds, 0, w -> {
            if (w.next >= w.requests.size()) {
                return "exhausted";
            }
            HttpResponse<String> response = w.send("POST", uri("/api/v1/requests/" + w.cycle() + "/submit"), null);
            if (response.statusCode() != 200) {
                return error(response);
            }
            Matcher status = STATUS.matcher(response.body());
            return status.find() ? status.group(1) : "200";
        }));

        System.out.printf("%n%s — threads %d, %d s per phase, %d requests created%n", label, threads, seconds,
                workers.stream().mapToInt(w -> w.requests.size()).sum());
        System.out.printf("%-42s %8s %6s %8s %8s %8s %11s  %s%n", "phase", "calls", "errors", "calls/s", "p50 ms",
                "p99 ms", "vs ceiling", "outcomes");
        for (Result r : List.of(create, ceiling, floor, check, submit)) {
            System.out.printf("%-42s %8d %6d %8.1f %8.1f %8.1f %10.0f%%  %s%n", r.phase(), r.count(), r.errors(),
                    r.perSecond(), r.percentileMs(0.50), r.percentileMs(0.99),
                    100 * r.perSecond() / ceiling.perSecond(), r.outcomes());
        }
        profiles.forEach((phase, text) -> System.out.printf("%njstack samples of the server during %s:%n%s", phase, text));
        double ratio = check.perSecond() / ceiling.perSecond();
        System.out.printf("goal check p99 <= 25 ms: %.1f ms -> %s%n", check.percentileMs(0.99),
                check.percentileMs(0.99) <= 25 ? "met" : "MISSED by %.1f ms".formatted(check.percentileMs(0.99) - 25));
        System.out.printf("goal check throughput >= 40%% of ceiling: %.0f%% -> %s%n", 100 * ratio,
                ratio >= 0.40 ? "met" : "MISSED by %.0f points".formatted(100 * (0.40 - ratio)));
    }

    /**
     * Runs the call on every worker in its own thread, for {@code seconds} (when > 0) or {@code times} calls each.
     * Latency is measured per call from send to the whole body read.
     */
    static Result run(String phase, List<Worker> workers, int seconds, int times, Call call) throws Exception {
        long start = System.nanoTime();
        long end = seconds > 0 ? start + seconds * 1_000_000_000L : Long.MAX_VALUE;
        Map<String, Long> outcomes = new ConcurrentHashMap<>();
        AtomicLong errors = new AtomicLong();
        List<Thread> running = new ArrayList<>();
        for (Worker worker : workers) {
            long[][] holder = new long[1][];
            Thread thread = new Thread(() -> {
                long[] nanos = new long[1024];
                int n = 0;
                Map<String, Long> mine = new HashMap<>();
                for (int i = 0; (times <= 0 || i < times) && System.nanoTime() < end; i++) {
                    long t0 = System.nanoTime();
                    String outcome;
                    try {
                        outcome = call.run(worker);
                    } catch (Exception e) {
                        outcome = null;
                        if (errors.get() < 3) {
                            System.err.println(phase + ": " + e);
                        }
                    }
                    long took = System.nanoTime() - t0;
                    if ("exhausted".equals(outcome)) {
                        break;
                    }
                    if (outcome == null) {
                        errors.incrementAndGet();
                        continue;
                    }
                    mine.merge(outcome, 1L, Long::sum);
                    if (n == nanos.length) {
                        nanos = Arrays.copyOf(nanos, n * 2);
                    }
                    nanos[n++] = took;
                }
                holder[0] = Arrays.copyOf(nanos, n);
                mine.forEach((k, v) -> outcomes.merge(k, v, Long::sum));
            }, phase);
            holders.put(thread, holder);
            running.add(thread);
            thread.start();
        }
        for (Thread thread : running) {
            thread.join();
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        long[] all = running.stream().map(holders::remove).map(h -> h[0]).flatMapToLong(Arrays::stream).sorted().toArray();
        return new Result(phase, workers.size(), all.length, errors.get(), elapsed, all, new TreeMap<>(outcomes));
    }

    interface Phase {
        Result run() throws Exception;
    }

    static final Map<String, String> profiles = new java.util.LinkedHashMap<>();

    /** With -Dprofile=PID, samples the server's stacks (bench/jstack-top) while the phase runs. */
    static Result profiled(String name, int seconds, Phase phase) throws Exception {
        String pid = System.getProperty("profile");
        if (pid == null) {
            return phase.run();
        }
        Path script = Path.of(System.getProperty("bench.dir", "bench"), "jstack-top");
        Process sampler = new ProcessBuilder(script.toString(), pid, String.valueOf(Math.max(1, seconds - 2)))
                .redirectErrorStream(true).start();
        Result result = phase.run();
        profiles.put(name, new String(sampler.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
        sampler.waitFor();
        return result;
    }

    static final Map<Thread, long[][]> holders = new ConcurrentHashMap<>();

    static URI uri(String path) {
        return URI.create(base + path);
    }

    static String ok(HttpResponse<String> response, int expected) {
        return response.statusCode() == expected ? String.valueOf(expected) : error(response);
    }

    static final AtomicLong shownErrors = new AtomicLong();

    static String error(HttpResponse<String> response) {
        if (shownErrors.incrementAndGet() <= 5) {
            String text = response.body();
            System.err.println(response.request().method() + " " + response.request().uri() + " -> "
                    + response.statusCode() + " " + text.substring(0, Math.min(300, text.length())));
        }
        return null;
    }
}
