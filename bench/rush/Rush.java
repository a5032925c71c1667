import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * bench/rush (issue 14): virtual users doing in the portal what a person does in the browser, over HTTP with their
 * own cookie session and JSF view state, then SQL checks of what they were told. Started by bench/rush/run.
 *
 *   java -cp postgresql.jar bench/rush/Rush.java rush BASE ACCOUNTS JDBC OFFSET_MS USERS UNTIL [RESTART_AT]
 *   java bench/rush/Rush.java sessions BASE ACCOUNTS COUNT FIRST_ACCOUNT
 *   java bench/rush/Rush.java cost BASES ACCOUNTS PORTAL_PIDS FILINGS
 *
 * OFFSET_MS is the application clock minus the real clock (the portal's SOS_CLOCK_START, read from its log), so
 * UNTIL (HH:mm) and RESTART_AT (HH:mm) are times on the portal's clock, in Asia/Tokyo.
 */
public class Rush {

    static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    static final String ACCEPTED = "緊急配布要請を受け付けました。";
    static final String FAILED_CHECK = "id=\"dialogFailed\"";
    static final String UNAVAILABLE = "一時的に処理できませんでした。もう一度お試しください。";
    static final Pattern VIEW_STATE = Pattern.compile(
            "name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]*)\"|id=\"[^\"]*jakarta.faces.ViewState:\\d+\"><!\\[CDATA\\[([^\\]]*)\\]\\]>");
    /** PrimeFaces' CSP nonce of a page, which its ajax requests send back as primefaces.nonce (a browser's do). */
    static final Pattern NONCE = Pattern.compile("PrimeFaces\\.csp\\.init\\('([^']*)'\\)");
    static final Pattern REDIRECT = Pattern.compile("<redirect url=\"([^\"]*)\"");
    static final Pattern ID = Pattern.compile("[?&]id=(\\d+)");
    static final List<String> STEPS = List.of("login", "list", "new", "save", "precheck", "submit", "detail");
    static final int THINK_MS = Integer.getInteger("think", 1000);
    static final int RAMP_MS = Integer.getInteger("ramp", 30000);

    static String base;
    static long offsetMs;
    static final Map<String, ConcurrentLinkedQueue<Long>> TIMES = new ConcurrentHashMap<>();
    /** Every successful step as "seconds since the start, step, ms", written to -Draw=FILE when set. */
    static final ConcurrentLinkedQueue<String> RAW = new ConcurrentLinkedQueue<>();
    /** With a PostgreSQL restart: the same figures for the steps that ended before it, for a clean comparison. */
    static final Map<String, ConcurrentLinkedQueue<Long>> TIMES_BEFORE_RESTART = new ConcurrentHashMap<>();
    static volatile long restartMs = Long.MAX_VALUE;
    static final Map<String, AtomicInteger> ERRORS = new ConcurrentHashMap<>();
    static final ConcurrentLinkedQueue<String> ERROR_SAMPLES = new ConcurrentLinkedQueue<>();
    static final Set<Long> SAVED = ConcurrentHashMap.newKeySet();
    static final Set<Long> ACCEPTED_IDS = ConcurrentHashMap.newKeySet();
    static final Set<Long> REFUSED_IDS = ConcurrentHashMap.newKeySet();
    static final Set<Long> RETRIED_IDS = ConcurrentHashMap.newKeySet();
    static final AtomicInteger UNAVAILABLE_PAGES = new AtomicInteger();
    static final AtomicInteger SERVER_ERRORS = new AtomicInteger();
    /** Successful steps and errors per real second since the start, for the recovery time. */
    static final Map<Long, AtomicInteger> OK_PER_SECOND = new ConcurrentHashMap<>();
    static final Map<Long, AtomicInteger> ERR_PER_SECOND = new ConcurrentHashMap<>();
    static long startMs;

    public static void main(String[] args) throws Exception {
        base = args[1];
        List<String> accounts = Files.readAllLines(Path.of(args[2])).stream()
                .filter(l -> !l.isBlank()).map(l -> l.split(" ")[0]).toList();
        if (args[0].equals("sessions")) {
            sessions(accounts, Integer.parseInt(args[3]), Integer.parseInt(args[4]));
        } else if (args[0].equals("cost")) {
            cost(accounts, args[1], args[3], Integer.parseInt(args[4]));
        } else {
            rush(accounts, args[3], Long.parseLong(args[4]), Integer.parseInt(args[5]), LocalTime.parse(args[6]),
                    args.length > 7 && !args[7].isBlank() ? LocalTime.parse(args[7]) : null);
        }
    }

    // ---------------------------------------------------------------------------------------------------- the rush

    static void rush(List<String> accounts, String jdbc, long offset, int users, LocalTime until, LocalTime restartAt)
            throws Exception {
        offsetMs = offset;
        LocalTime from = LocalTime.parse(System.getProperty("from", "12:55"));
        LocalDateTime appStart = appNow();
        LocalDateTime begin = appStart.toLocalDate().atTime(from);
        LocalDateTime end = appStart.toLocalDate().atTime(until);
        System.out.printf("application clock at start %s, users %d (logging in over %d s), think time %d ms, filing"
                + " from %s until %s%s%n", appStart, users, RAMP_MS / 1000, THINK_MS, begin.toLocalTime(), end, restartAt == null ? "" : ", PostgreSQL restart at " + restartAt);
        startMs = System.currentTimeMillis();
        ExecutorService pool = Executors.newFixedThreadPool(users);
        CountDownLatch done = new CountDownLatch(users);
        for (int u = 0; u < users; u++) {
            String account = accounts.get(u % accounts.size());
            long seed = u;
            pool.execute(() -> {
                try {
                    new User(account, new Random(seed)).run(begin, end);
                } catch (RuntimeException e) {
                    error("vu", account + ": " + e);
                } finally {
                    done.countDown();
                }
            });
        }
        Restart restart = restartAt == null ? null : new Restart(appStart.toLocalDate().atTime(restartAt));
        if (restart != null) {
            restart.start();
        }
        done.await();
        pool.shutdown();
        if (restart != null) {
            restart.join();
        }
        double seconds = (System.currentTimeMillis() - startMs) / 1000.0;
        report(seconds, appNow(), restart);
        boolean ok = sqlChecks(jdbc, appStart.toLocalDate());
        System.exit(ok ? 0 : 1);
    }

    static LocalDateTime appNow() {
        return LocalDateTime.ofInstant(Instant.now().plusMillis(offsetMs), TOKYO);
    }

    /** One person: logs in once, then files requests until the end, each from the list to the detail page. */
    static final class User {
        final String account;
        final Random random;
        final Browser browser = new Browser();

        User(String account, Random random) {
            this.account = account;
            this.random = random;
        }

        /** Logs in (spread over the ramp, before the rush when the clock allows), then files from {@code begin}. */
        void run(LocalDateTime begin, LocalDateTime end) {
            pause(random.nextInt(RAMP_MS + 1)); // people do not all press 「ログイン」 in the same second
            while (!login()) {
                if (appNow().isAfter(end)) {
                    return;
                }
                pause(5000);
            }
            while (appNow().isBefore(begin)) {
                pause(50);
            }
            while (appNow().isBefore(end)) {
                fileOneRequest();
            }
        }

        boolean login() {
            return step("login", () -> browser.login(account, "SosDemo2021"));
        }

        void fileOneRequest() {
            think();
            if (!step("list", () -> browser.page("/sos/list.xhtml", "listForm"))) {
                return;
            }
            think();
            if (!step("new", () -> browser.page("/sos/new.xhtml", "requestForm"))) {
                return;
            }
            think();
            long[] id = {0};
            if (!step("save", () -> {
                id[0] = browser.save();
                return id[0] > 0;
            })) {
                return;
            }
            SAVED.add(id[0]);
            think();
            step("precheck", () -> browser.ajax("detailForm", "detailForm:precheck", "detailForm:precheckPanel detailForm:messages")
                    .contains("precheckVerdict"));
            think();
            submitWithRetries(id[0]);
            think();
            step("detail", () -> browser.page("/sos/detail.xhtml?id=" + id[0], "detailForm"));
        }

        /** 「システムチェック&申請」; when it fails, the person reloads the page and presses it again (up to 5 times). */
        void submitWithRetries(long id) {
            for (int attempt = 0; attempt < 5; attempt++) {
                if (attempt > 0) {
                    RETRIED_IDS.add(id);
                    pause(1000);
                    if (!step("detail", () -> browser.page("/sos/detail.xhtml?id=" + id, "detailForm"))) {
                        continue;
                    }
                }
                if (step("submit", () -> {
                    String answer = browser.ajax("detailForm", "detailForm:submit", "detailForm submitResult");
                    if (answer.contains(ACCEPTED)) {
                        ACCEPTED_IDS.add(id);
                        return true;
                    }
                    if (answer.contains(FAILED_CHECK)) {
                        REFUSED_IDS.add(id); // the check said エラー有り: a real answer, not an error
                        return true;
                    }
                    throw new IllegalStateException("no dialog in the answer: " + Browser.snippet(answer));
                })) {
                    return;
                }
            }
        }

        void think() {
            if (THINK_MS > 0) {
                pause(THINK_MS / 2 + random.nextInt(THINK_MS + 1));
            }
        }
    }

    interface Action {
        boolean run() throws Exception;
    }

    static boolean step(String name, Action action) {
        long[] cpu0 = CpuTicks.read();
        long t0 = System.nanoTime();
        boolean ok;
        String why = null;
        try {
            ok = action.run();
            if (!ok) {
                why = "unexpected answer";
            }
        } catch (Exception e) {
            ok = false;
            why = e.getMessage();
        }
        long ms = (System.nanoTime() - t0) / 1_000_000;
        CpuTicks.add(name, cpu0);
        long sinceStartMs = System.currentTimeMillis() - startMs;
        long second = sinceStartMs / 1000;
        if (ok) {
            TIMES.computeIfAbsent(CpuTicks.label + name, k -> new ConcurrentLinkedQueue<>()).add(ms);
            RAW.add(sinceStartMs / 1000.0 + " " + name + " " + ms);
            if (System.currentTimeMillis() < restartMs) {
                TIMES_BEFORE_RESTART.computeIfAbsent(name, k -> new ConcurrentLinkedQueue<>()).add(ms);
            }
            OK_PER_SECOND.computeIfAbsent(second, k -> new AtomicInteger()).incrementAndGet();
        } else {
            ERR_PER_SECOND.computeIfAbsent(second, k -> new AtomicInteger()).incrementAndGet();
            error(name, why);
        }
        return ok;
    }

    static void error(String step, String why) {
        int n = ERRORS.computeIfAbsent(step, k -> new AtomicInteger()).incrementAndGet();
        if (n <= 5 || n % 100 == 0) { // a few of each step, so one step's errors do not hide the others'
            ERROR_SAMPLES.add(appNow().toLocalTime() + " " + step + " #" + n + ": " + why);
        }
    }

    static void pause(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Restarts the local PostgreSQL at an application time and notes when it answers again. */
    static final class Restart extends Thread {
        final LocalDateTime at;
        long beforeMs;
        long backMs;
        String output = "";

        Restart(LocalDateTime at) {
            this.at = at;
        }

        @Override
        public void run() {
            while (appNow().isBefore(at)) {
                pause(100);
            }
            try {
                Files.writeString(Path.of("/work/notes/pg-restarts.log"), Instant.now() + " bench/rush (issue-14rush): "
                        + "pg_ctlcluster 15 main restart during the rush benchmark\n", StandardCharsets.UTF_8,
                        java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
            } catch (IOException e) {
                System.out.println("could not write /work/notes/pg-restarts.log: " + e);
            }
            beforeMs = System.currentTimeMillis();
            restartMs = beforeMs;
            try {
                Process p = new ProcessBuilder("pg_ctlcluster", "15", "main", "restart").redirectErrorStream(true).start();
                output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
                p.waitFor();
            } catch (IOException | InterruptedException e) {
                output = e.toString();
            }
            backMs = System.currentTimeMillis();
        }
    }

    // ---------------------------------------------------------------------------------------------------- a browser

    /** One person's browser: its own cookies and the view state of the page it shows. */
    static final class Browser {
        final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10))
                .version(HttpClient.Version.HTTP_1_1).build();
        /** The portal this browser talks to (the cost mode compares two at once). */
        String origin = base;
        String viewState;
        String nonce = "";
        String html = "";
        String path;

        boolean login(String user, String password) throws Exception {
            page("/login.xhtml", "loginForm");
            HttpResponse<String> r = post("/login.xhtml", Map.of("loginForm", "loginForm", "loginForm:username", user,
                    "loginForm:password", password, "loginForm:login", "", "jakarta.faces.ViewState", viewState), false);
            String location = r.headers().firstValue("Location").orElse("");
            if (r.statusCode() != 302 || !location.endsWith("/index.xhtml")) {
                throw new IllegalStateException("login answered " + r.statusCode() + " " + location + " " + snippet(r.body()));
            }
            return page("/index.xhtml", "</html>");
        }

        /** GETs a page (following redirects like a browser) and keeps its view state; true when it shows {@code mark}. */
        boolean page(String url, String mark) throws Exception {
            HttpResponse<String> r = get(url);
            for (int hops = 0; r.statusCode() / 100 == 3 && hops < 5; hops++) {
                r = get(r.headers().firstValue("Location").orElseThrow());
            }
            check(r);
            html = r.body();
            path = url;
            if (html.contains("loginForm:username") && !url.startsWith("/login")) {
                throw new IllegalStateException(url + " showed the login page");
            }
            viewState(html);
            Matcher pageNonce = NONCE.matcher(html);
            nonce = pageNonce.find() ? pageNonce.group(1) : "";
            if (!html.contains(mark)) {
                throw new IllegalStateException(url + " without " + mark + ": " + snippet(html));
            }
            return true;
        }

        /** 「保存」 on the new-request form: the first item, condition ① confirmed; returns the new request's id. */
        long save() throws Exception {
            Map<String, String> form = new LinkedHashMap<>();
            form.put(field("conditionsConfirmed_input"), "on");
            Matcher item = Pattern.compile("name=\"(requestForm:items)\"[^>]*value=\"([^\"]*)\"").matcher(html);
            if (!item.find()) {
                item = Pattern.compile("value=\"([^\"]*)\"[^>]*name=\"(requestForm:items)\"").matcher(html);
                if (!item.find()) {
                    throw new IllegalStateException("no item checkbox on the form");
                }
                form.put(item.group(2), item.group(1));
            } else {
                form.put(item.group(1), item.group(2));
            }
            form.put(field("comment"), "ベンチ: 在庫が尽きそうです");
            String answer = ajaxWith("requestForm", "requestForm:save", "requestForm", form);
            Matcher redirect = REDIRECT.matcher(answer);
            if (!redirect.find()) {
                throw new IllegalStateException("save did not open the request: " + snippet(answer));
            }
            String url = redirect.group(1).replace("&amp;", "&");
            Matcher id = ID.matcher(url);
            if (!id.find()) {
                throw new IllegalStateException("no id in " + url);
            }
            page(URI.create(origin).resolve(url).getRawPath() + "?id=" + id.group(1), "detailForm");
            return Long.parseLong(id.group(1));
        }

        String field(String suffix) {
            Matcher m = Pattern.compile("name=\"([^\"]*:" + Pattern.quote(suffix) + ")\"").matcher(html);
            if (!m.find()) {
                throw new IllegalStateException("no field *:" + suffix + " on " + path);
            }
            return m.group(1);
        }

        String ajax(String form, String source, String render) throws Exception {
            return ajaxWith(form, source, render, Map.of());
        }

        /** A PrimeFaces ajax command button: executes the button (or the form) and renders the given ids. */
        String ajaxWith(String form, String source, String render, Map<String, String> fields) throws Exception {
            Map<String, String> body = new LinkedHashMap<>();
            body.put("jakarta.faces.partial.ajax", "true");
            body.put("jakarta.faces.source", source);
            body.put("jakarta.faces.partial.execute", fields.isEmpty() ? source : form);
            body.put("jakarta.faces.partial.render", render);
            body.put(source, source);
            body.put(form, form);
            body.putAll(fields);
            body.put("jakarta.faces.ViewState", viewState);
            if (!nonce.isEmpty()) {
                body.put("primefaces.nonce", nonce);
            }
            HttpResponse<String> r = post(path, body, true);
            check(r);
            String answer = r.body();
            if (answer.contains("<error>") || answer.contains("id=\"jakarta.faces.ViewRoot\"")) {
                if (answer.contains(UNAVAILABLE)) {
                    UNAVAILABLE_PAGES.incrementAndGet();
                }
                throw new IllegalStateException("ajax error page: " + snippet(answer));
            }
            viewState(answer);
            return answer;
        }

        void check(HttpResponse<String> r) {
            if (r.statusCode() >= 500) {
                SERVER_ERRORS.incrementAndGet();
                if (r.body().contains(UNAVAILABLE)) {
                    UNAVAILABLE_PAGES.incrementAndGet();
                }
                throw new IllegalStateException("HTTP " + r.statusCode() + " " + snippet(r.body()));
            }
            if (r.statusCode() != 200) {
                throw new IllegalStateException("HTTP " + r.statusCode());
            }
        }

        void viewState(String text) {
            Matcher m = VIEW_STATE.matcher(text);
            if (m.find()) {
                viewState = (m.group(1) != null ? m.group(1) : m.group(2)).replace("&#x2B;", "+")
                        .replace("&#43;", "+").replace("&#x2F;", "/").replace("&#x3D;", "=").replace("&amp;", "&");
            }
        }

        HttpResponse<String> get(String url) throws Exception {
            URI uri = url.startsWith("http") ? URI.create(url) : URI.create(origin + url);
            return http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60)).GET().build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        }

        HttpResponse<String> post(String url, Map<String, String> form, boolean ajax) throws Exception {
            String body = form.entrySet().stream()
                    .map(e -> enc(e.getKey()) + "=" + enc(e.getValue())).collect(Collectors.joining("&"));
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(origin + url)).timeout(Duration.ofSeconds(60))
                    .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                    .POST(HttpRequest.BodyPublishers.ofString(body));
            if (ajax) {
                b.header("Faces-Request", "partial/ajax").header("X-Requested-With", "XMLHttpRequest");
            }
            return http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        }

        static String enc(String s) {
            return URLEncoder.encode(s, StandardCharsets.UTF_8);
        }

        static String snippet(String s) {
            String text = s.replaceAll("(?s)<script.*?</script>", "").replaceAll("<[^>]+>", " ").replaceAll("\\s+", " ").trim();
            return text.length() > 160 ? text.substring(0, 160) + "…" : text;
        }
    }

    // ------------------------------------------------------------------------------------------ logged-in sessions

    /** COUNT sessions, each logged in through the form and holding home, the list and the new-request form. First
     *  -Dwarm=N sessions (0: none), then "WARM" and a wait for a line on stdin while the caller measures the heap
     *  holding them, so that what the portal frees or caches in its first minutes does not count against the
     *  sessions. */
    static void sessions(List<String> accounts, int count, int first) throws Exception {
        int warm = Integer.getInteger("warm", 0);
        List<Browser> kept = Collections.synchronizedList(new ArrayList<>());
        if (warm > 0) {
            openSessions(accounts, warm, first, kept);
        }
        System.out.println("WARM"); // with or without a warm-up: the caller measures "before" now
        System.out.flush();
        System.in.read();
        openSessions(accounts, count, first + warm, kept);
        int avgPage = (int) kept.stream().mapToInt(b -> b.html.length()).average().orElse(0);
        System.out.printf("new-form page size %d chars, its view state %d chars%n", avgPage,
                kept.isEmpty() ? 0 : kept.get(0).viewState.length());
        // The sessions stay alive while the caller measures the heap: wait for a line on stdin.
        System.out.println("READY");
        System.out.flush();
        System.in.read();
        System.out.println("kept " + kept.size() + " sessions until now");
    }

    static void openSessions(List<String> accounts, int count, int first, List<Browser> kept) throws Exception {
        startMs = System.currentTimeMillis();
        AtomicInteger next = new AtomicInteger();
        AtomicLong failures = new AtomicLong();
        int threads = Integer.getInteger("threads", 4);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        for (int t = 0; t < threads; t++) {
            pool.execute(() -> {
                for (int i; (i = next.getAndIncrement()) < count; ) {
                    Browser b = new Browser();
                    String account = accounts.get((first + i) % accounts.size());
                    boolean ok = step("login", () -> b.login(account, "SosDemo2021"))
                            && step("list", () -> b.page("/sos/list.xhtml", "listForm"))
                            && step("new", () -> b.page("/sos/new.xhtml", "requestForm"));
                    if (ok) {
                        kept.add(b);
                    } else {
                        failures.incrementAndGet();
                    }
                }
            });
        }
        pool.shutdown();
        pool.awaitTermination(3, java.util.concurrent.TimeUnit.HOURS);
        double seconds = (System.currentTimeMillis() - startMs) / 1000.0;
        System.out.printf("sessions logged in and holding home + list + new form: %d (failures %d) in %.0f s%n",
                count - failures.get(), failures.get(), seconds);
        printSteps();
        errorsOut();
    }

    // ------------------------------------------------------------------------------------------- CPU per step

    /**
     * What one step costs in CPU, for one portal or several compared in the same minutes: one user per portal
     * (BASES and PORTAL_PIDS comma-separated, ACCOUNTS one line each) files FILINGS requests with no pause, the
     * portals taking turns filing by filing, so a slower minute of a shared machine weighs on each alike. As many
     * unmeasured filings come first (the JIT compiles the pages). Each step's CPU time of the portal's process and
     * of the whole machine (the portals, PostgreSQL, this client) is summed from /proc and divided by the count.
     */
    static void cost(List<String> accounts, String bases, String pids, int filings) throws Exception {
        String[] origins = bases.split(",");
        long[] portalPids = Arrays.stream(pids.split(",")).mapToLong(Long::parseLong).toArray();
        List<User> users = new ArrayList<>();
        for (int p = 0; p < origins.length; p++) {
            User user = new User(accounts.get(p), new Random(p));
            user.browser.origin = origins[p];
            if (!user.login()) {
                throw new IllegalStateException("no login at " + origins[p] + ": " + ERROR_SAMPLES);
            }
            users.add(user);
        }
        for (boolean measured : new boolean[] {false, true}) {
            for (int i = 0; i < filings; i++) {
                for (int p = 0; p < users.size(); p++) {
                    CpuTicks.portalPid = measured ? portalPids[p] : 0;
                    CpuTicks.label = portalLabel(p);
                    users.get(p).fileOneRequest();
                }
            }
            if (!measured) {
                TIMES.clear();
            }
        }
        CpuTicks.portalPid = 0;
        System.out.println("step           count  wall ms  portal CPU ms  machine CPU ms   (means, one user per portal, no pause)");
        for (int p = 0; p < users.size(); p++) {
            System.out.println(portalLabel(p) + origins[p]);
            double[] sum = new double[3];
            for (String s : STEPS) {
                String key = portalLabel(p) + s;
                List<Long> t = new ArrayList<>(TIMES.getOrDefault(key, new ConcurrentLinkedQueue<>()));
                if (t.isEmpty()) {
                    continue;
                }
                long[] ticks = CpuTicks.PER_STEP.getOrDefault(key, new long[2]);
                double[] means = {t.stream().mapToLong(Long::longValue).average().orElse(0),
                        ticks[0] * 10.0 / t.size(), ticks[1] * 10.0 / t.size()};
                System.out.printf("  %-10s %6d %8.1f %14.1f %15.1f%n", s, t.size(), means[0], means[1], means[2]);
                for (int k = 0; k < 3; k++) {
                    sum[k] += means[k];
                }
            }
            System.out.printf("  %-10s %6s %8.1f %14.1f %15.1f%n", "a filing", "", sum[0], sum[1], sum[2]);
        }
        System.out.println("errors: " + ERRORS + " " + ERROR_SAMPLES);
    }

    /** How the cost mode prefixes the steps of its p-th portal in TIMES and CpuTicks.PER_STEP. */
    static String portalLabel(int p) {
        return "p" + p + " ";
    }

    /** Clock ticks (1/100 s) of the portal's process and of all CPUs, from /proc, while {@link #portalPid} is set. */
    static final class CpuTicks {
        static volatile long portalPid;
        /** Prefixes the step's name while several portals are compared. */
        static volatile String label = "";
        static final Map<String, long[]> PER_STEP = new ConcurrentHashMap<>();

        static long[] read() {
            if (portalPid == 0) {
                return null;
            }
            try {
                String[] stat = Files.readString(Path.of("/proc/" + portalPid + "/stat")).replaceAll(".*\\) ", "")
                        .split(" ");
                String[] all = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
                long busy = 0;
                for (int i = 1; i < all.length; i++) {
                    busy += i == 4 || i == 5 ? 0 : Long.parseLong(all[i]); // not idle, not iowait
                }
                return new long[] {Long.parseLong(stat[11]) + Long.parseLong(stat[12]), busy};
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }

        static void add(String step, long[] before) {
            long[] after = read();
            if (before != null && after != null) {
                long[] sum = PER_STEP.computeIfAbsent(label + step, k -> new long[2]);
                sum[0] += after[0] - before[0];
                sum[1] += after[1] - before[1];
            }
        }
    }

    // ---------------------------------------------------------------------------------------------------- figures

    static void report(double seconds, LocalDateTime appEnd, Restart restart) {
        System.out.printf("ran %.0f s (application clock at the end %s)%n", seconds, appEnd.toLocalTime());
        printSteps();
        String raw = System.getProperty("raw");
        if (raw != null) {
            try {
                Files.write(Path.of(raw), RAW);
            } catch (IOException e) {
                System.out.println("could not write " + raw + ": " + e);
            }
        }
        int errors = ERRORS.values().stream().mapToInt(AtomicInteger::get).sum();
        System.out.printf("errors: %d %s; HTTP 5xx answers %d, of which showing 「%s」 %d%n", errors, ERRORS,
                SERVER_ERRORS.get(), UNAVAILABLE, UNAVAILABLE_PAGES.get());
        errorsOut();
        System.out.printf("requests saved %d, submissions answered 「%s」 %d, answered エラー有り %d, submit retried for %d%n",
                SAVED.size(), ACCEPTED, ACCEPTED_IDS.size(), REFUSED_IDS.size(), RETRIED_IDS.size());
        if (restart != null) {
            System.out.println("the steps that ended before the restart:");
            printSteps(TIMES_BEFORE_RESTART);
            restartFigures(restart);
        }
    }

    static void printSteps() {
        printSteps(TIMES);
    }

    static void printSteps(Map<String, ConcurrentLinkedQueue<Long>> times) {
        System.out.println("step          count    p50 ms   p95 ms   p99 ms   max ms  errors");
        for (String s : STEPS) {
            List<Long> t = new ArrayList<>(times.getOrDefault(s, new ConcurrentLinkedQueue<>()));
            Collections.sort(t);
            int errors = ERRORS.getOrDefault(s, new AtomicInteger()).get();
            if (t.isEmpty()) {
                System.out.printf("%-10s %8d %9s %8s %8s %8s %7d%n", s, 0, "-", "-", "-", "-", errors);
                continue;
            }
            System.out.printf("%-10s %8d %9d %8d %8d %8d %7d%n", s, t.size(), pct(t, 50), pct(t, 95), pct(t, 99),
                    t.get(t.size() - 1), errors);
        }
    }

    static void errorsOut() {
        ERROR_SAMPLES.forEach(e -> System.out.println("  error: " + e));
    }

    static long pct(List<Long> sorted, int p) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }

    /** Recovery: from the moment PostgreSQL answers again to the first second from which on no step failed and
     *  the steps per second are back to half the median of the minute before the restart. */
    static void restartFigures(Restart r) {
        long restartSecond = (r.beforeMs - startMs) / 1000;
        long backSecond = (r.backMs - startMs) / 1000;
        List<Integer> before = new ArrayList<>();
        for (long s = Math.max(0, restartSecond - 60); s < restartSecond; s++) {
            before.add(OK_PER_SECOND.getOrDefault(s, new AtomicInteger()).get());
        }
        Collections.sort(before);
        double median = before.isEmpty() ? 0 : before.get(before.size() / 2);
        long lastError = ERR_PER_SECOND.keySet().stream().filter(s -> s >= restartSecond).max(Long::compare).orElse(backSecond);
        long recovered = -1;
        for (long s = Math.max(backSecond, lastError + 1); s < backSecond + 600; s++) {
            // a 3-second window smooths the think time
            int ok = 0;
            for (long w = s; w < s + 3; w++) {
                ok += OK_PER_SECOND.getOrDefault(w, new AtomicInteger()).get();
            }
            if (ok / 3.0 >= median / 2) {
                recovered = s;
                break;
            }
        }
        int errorsAround = ERR_PER_SECOND.entrySet().stream().filter(e -> e.getKey() >= restartSecond)
                .mapToInt(e -> e.getValue().get()).sum();
        System.out.printf("PostgreSQL restart: `pg_ctlcluster 15 main restart` took %.1f s (%s); steps/s before: median %.0f%n",
                (r.backMs - r.beforeMs) / 1000.0, r.output.isEmpty() ? "no output" : r.output, median);
        System.out.printf("errors from the restart on: %d; throughput back %s s after PostgreSQL answered again "
                + "(first 3-s window with no later error and ≥ half the steps/s of before)%n", errorsAround,
                recovered < 0 ? "never (within 600 s)" : String.valueOf(recovered - backSecond));
        StringBuilder timeline = new StringBuilder("steps ok/errors per second around it:");
        for (long s = restartSecond - 3; s <= backSecond + 15; s++) {
            timeline.append(' ').append(OK_PER_SECOND.getOrDefault(s, new AtomicInteger()).get()).append('/')
                    .append(ERR_PER_SECOND.getOrDefault(s, new AtomicInteger()).get());
        }
        System.out.println(timeline);
    }

    // ---------------------------------------------------------------------------------------------------- SQL checks

    static boolean sqlChecks(String jdbc, LocalDate day) throws SQLException {
        LocalDate next = nextBusinessDay(day);
        String accepted = ACCEPTED_IDS.isEmpty() ? "0" : ACCEPTED_IDS.stream().map(String::valueOf).collect(Collectors.joining(","));
        String saved = SAVED.isEmpty() ? "0" : SAVED.stream().map(String::valueOf).collect(Collectors.joining(","));
        String ours = "r.institution_id >= 10000000";
        Map<String, String> checks = new LinkedHashMap<>();
        checks.put("every request answered 「受け付けました」 is 都道府県・国確認中 with exactly one submission",
                "select count(*) from supply_request r where r.id in (" + accepted + ") and (r.status <> 'UNDER_REVIEW'"
                + " or (select count(*) from status_change c where c.request_id = r.id and c.to_status = 'UNDER_REVIEW') <> 1)");
        checks.put("every request answered 「受け付けました」 is in the database",
                "select " + ACCEPTED_IDS.size() + " - count(*) from supply_request where id in (" + accepted + ")");
        checks.put("every request whose 「保存」 opened its page is in the database",
                "select " + SAVED.size() + " - count(*) from supply_request where id in (" + saved + ")");
        checks.put("no request was submitted twice (one passing submission at most)",
                "select count(*) from supply_request r where " + ours + " and (select count(*) from status_change c"
                + " where c.request_id = r.id and c.to_status = 'UNDER_REVIEW') > 1");
        checks.put("submitted before 13:00:00 → 対応予定日 " + day + ", at or after → " + next,
                "select count(*) from supply_request r where " + ours + " and r.submitted_at is not null and"
                + " r.handling_date <> case when cast(r.submitted_at as time) < time '13:00:00' and cast(r.submitted_at as date) = date '" + day
                + "' then date '" + day + "' else date '" + next + "' end");
        checks.put("nothing half-written: every request has its items and its creation in the history",
                "select count(*) from supply_request r where " + ours + " and (not exists (select 1 from supply_request_item i"
                + " where i.request_id = r.id) or not exists (select 1 from status_change c where c.request_id = r.id"
                + " and c.from_status is null))");
        checks.put("nothing half-written: the status is the last move of the history",
                "select count(*) from supply_request r where " + ours + " and r.status <> (select c.to_status from status_change c"
                + " where c.request_id = r.id order by c.changed_at desc, c.id desc limit 1)");
        checks.put("nothing half-written: a submitted request has 申請日時, 対応予定日 and its check evidence",
                "select count(*) from supply_request r where " + ours + " and r.status = 'UNDER_REVIEW' and (r.submitted_at is null"
                + " or r.handling_date is null or r.checked_at is null or not exists (select 1 from request_check k where k.request_id = r.id))");
        checks.put("nothing half-written: a checked request (エラー有り) has its check evidence",
                "select count(*) from supply_request r where " + ours + " and r.status = 'ERROR' and (r.checked_at is null"
                + " or not exists (select 1 from request_check k where k.request_id = r.id))");
        boolean all = true;
        System.out.println("SQL checks (count of rows that break the rule; 0 = true):");
        try (Connection c = DriverManager.getConnection(jdbc, "postgres", "")) {
            for (var check : checks.entrySet()) {
                try (ResultSet rs = c.createStatement().executeQuery(check.getValue())) {
                    rs.next();
                    long bad = rs.getLong(1);
                    all &= bad == 0;
                    System.out.printf("  %-5s %s (%d)%n", bad == 0 ? "true" : "FALSE", check.getKey(), bad);
                }
            }
            try (ResultSet rs = c.createStatement().executeQuery("select count(*) filter (where cast(submitted_at as time) < time '13:00'),"
                    + " count(*) filter (where cast(submitted_at as time) >= time '13:00'), count(*) from supply_request r where " + ours
                    + " and submitted_at is not null")) {
                rs.next();
                System.out.printf("submissions in the database: %d before 13:00, %d after, %d in all%n", rs.getLong(1),
                        rs.getLong(2), rs.getLong(3));
            }
        }
        System.out.println(all ? "all SQL checks true" : "SOME SQL CHECKS FAILED");
        return all;
    }

    /** Weekends and 12/29–1/3 only: the bench day is chosen so that no national holiday follows it. */
    static LocalDate nextBusinessDay(LocalDate day) {
        LocalDate d = day.plusDays(1);
        while (d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY
                || (d.getMonthValue() == 12 && d.getDayOfMonth() >= 29) || (d.getMonthValue() == 1 && d.getDayOfMonth() <= 3)) {
            d = d.plusDays(1);
        }
        return d;
    }
}
