package jp.sosportal.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import jp.sosportal.demo.boundary.DemoData;

/**
 * The database goes away while the portal serves (issue 14): requests in flight get the Japanese 503 answer — the
 * page, the page of an ajax action, problem+json for the API — not a 500 with a stack; once the database answers
 * again the pool reconnects by itself. The outage is a TCP proxy in front of PostgreSQL that drops every connection
 * and refuses new ones, so the test does not stop the machine's PostgreSQL, which other runs share.
 */
class DatabaseOutageIT {

    private static final String UNAVAILABLE = "一時的に処理できませんでした。もう一度お試しください。";
    private static final String LOGIN_UNAVAILABLE = "ただいまシステムに接続できません。しばらくしてから再度アクセスしてください。";
    /** A stack trace or a JDBC class name in the page: what a user must never see. */
    private static final String STACK_TRACE = "\\tat [a-z]|Caused by:|java\\.sql\\.|org\\.postgresql";
    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]*)\"");

    @Test
    void aDatabaseOutageAnswers503InJapaneseAndThePoolReconnects() throws Exception {
        String database = DatabaseProxy.freshDatabase("outage");
        try (DatabaseProxy proxy = new DatabaseProxy(RunningPortal.PORT + 104, 5432)) {
            RunningPortal portal = RunningPortal.start("db-outage", RunningPortal.PORT + 105, Map.of(
                    "SOS_DB_URL", "jdbc:postgresql://127.0.0.1:" + proxy.port() + "/" + database,
                    "SOS_DB_USER", "postgres", "SOS_DEMO", "true"));
            ExecutorService inFlight = Executors.newFixedThreadPool(3);
            try {
                portal.awaitReady(Duration.ofSeconds(600)); // minutes on a loaded 2-core machine
                Session hospital = new Session(portal);
                hospital.login("hospital", DemoData.PASSWORD);
                long id = hospital.createRequest();
                assertThat(hospital.api("/api/v1/requests/" + id).statusCode()).isEqualTo(200);
                HttpResponse<String> detail = hospital.get("/sos/detail.xhtml?id=" + id);
                assertThat(detail.statusCode()).isEqualTo(200);

                proxy.cut();

                // Three requests in flight at once, as in a rush.
                Future<HttpResponse<String>> pageAnswer = inFlight.submit(() -> hospital.get("/sos/list.xhtml"));
                Future<HttpResponse<String>> ajaxAnswer = inFlight.submit(
                        () -> hospital.ajaxPrecheck(id, detail.body()));
                Future<HttpResponse<String>> apiAnswer = inFlight.submit(
                        () -> hospital.api("/api/v1/requests/" + id));

                HttpResponse<String> page = pageAnswer.get();
                assertThat(page.statusCode()).isEqualTo(503);
                assertThat(page.body()).contains(UNAVAILABLE).doesNotContainPattern(STACK_TRACE);

                HttpResponse<String> ajax = ajaxAnswer.get();
                assertThat(ajax.statusCode()).isEqualTo(200); // JSF's ajax answers 200; its content is the 503 page
                assertThat(ajax.body()).contains("partial-response", UNAVAILABLE).doesNotContainPattern(STACK_TRACE);

                HttpResponse<String> api = apiAnswer.get();
                assertThat(api.statusCode()).isEqualTo(503);
                assertThat(api.headers().firstValue("Content-Type")).hasValueSatisfying(
                        type -> assertThat(type).startsWith(PortalApi.PROBLEM_JSON));
                assertThat(api.body()).contains(UNAVAILABLE);

                // Once the portal knows (it remembers the database's state for 3 s, so that a crowd at the login
                // page does not queue on the pool) the login page opens and says so, and a login is refused in it.
                HttpResponse<String> login = new Session(portal).tryLogin("clinic", DemoData.PASSWORD);
                assertThat(login.statusCode()).as("a login while the database is away is no 500").isEqualTo(200);
                assertThat(login.body()).contains(LOGIN_UNAVAILABLE).doesNotContainPattern(STACK_TRACE);

                HttpResponse<String> loginPage = new Session(portal).get("/login.xhtml");
                assertThat(loginPage.statusCode()).isEqualTo(200);
                assertThat(loginPage.body()).contains(LOGIN_UNAVAILABLE, "jakarta.faces.ViewState");

                // A page whose first query comes late in its rendering (the banner and notices, which would have
                // failed first, now skip the database): still the whole 503, and soon — a lost query is retried once
                // after 5 s and the page's optional queries skip a database known to be away, where EclipseLink's
                // default waited 10 s per query and a page of three went past the HTTP keep-alive's 30 s, so that
                // the browser got a cut connection.
                long asked = System.nanoTime();
                HttpResponse<String> lateFailure = hospital.get("/sos/list.xhtml");
                assertThat(Duration.ofNanos(System.nanoTime() - asked)).isLessThan(Duration.ofSeconds(20));
                assertThat(lateFailure.statusCode()).isEqualTo(503);
                assertThat(lateFailure.body()).contains(UNAVAILABLE).doesNotContainPattern(STACK_TRACE);

                proxy.restore();

                long back = System.nanoTime();
                int status = 0;
                while (System.nanoTime() - back < Duration.ofSeconds(60).toNanos()
                        && (status = hospital.api("/api/v1/requests/" + id).statusCode()) != 200) {
                    RunningPortal.sleep(250);
                }
                assertThat(status).as("the pool reconnects by itself").isEqualTo(200);
                assertThat(hospital.get("/sos/list.xhtml").statusCode()).isEqualTo(200);
                assertThat(portal.logText()).contains("the database was out of reach");
            } finally {
                inFlight.shutdown();
                portal.stop();
            }
        }
    }

    /** A person's browser: its own cookies; HTTP Basic for the API calls. */
    private static final class Session {
        private final RunningPortal portal;
        private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .connectTimeout(Duration.ofSeconds(10)).followRedirects(HttpClient.Redirect.NEVER).build();
        private String basic;

        Session(RunningPortal portal) {
            this.portal = portal;
        }

        void login(String user, String password) throws Exception {
            basic = PortalApi.basic(user, password);
            assertThat(tryLogin(user, password).statusCode()).isEqualTo(302);
        }

        HttpResponse<String> tryLogin(String user, String password) throws Exception {
            String loginPage = get("/login.xhtml").body();
            return post("/login.xhtml", Map.of("loginForm", "loginForm",
                    "loginForm:username", user, "loginForm:password", password, "loginForm:login", "",
                    "jakarta.faces.ViewState", viewState(loginPage), "primefaces.nonce", nonce(loginPage)), false);
        }

        long createRequest() throws Exception {
            String body = "{\"institutionCode\":\"1310000001\",\"conditionsConfirmed\":true,\"n95ConditionsConfirmed\":false,\"items\":[\"SURGICAL_MASK\"]}";
            HttpResponse<String> created = http.send(HttpRequest.newBuilder(portal.uri("/api/v1/requests"))
                    .header("Authorization", basic).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
            Matcher id = Pattern.compile("\"id\":(\\d+)").matcher(created.body());
            assertThat(id.find()).isTrue();
            return Long.parseLong(id.group(1));
        }

        HttpResponse<String> api(String path) throws Exception {
            return http.send(HttpRequest.newBuilder(portal.uri(path)).header("Authorization", basic)
                    .timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<String> get(String path) throws Exception {
            return http.send(HttpRequest.newBuilder(portal.uri(path)).timeout(Duration.ofSeconds(60)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        }

        /** 「事前チェック」 on a request's page, as PrimeFaces sends it. */
        HttpResponse<String> ajaxPrecheck(long id, String detailPage) throws Exception {
            return post("/sos/detail.xhtml?id=" + id, Map.of(
                    "jakarta.faces.partial.ajax", "true", "jakarta.faces.source", "detailForm:precheck",
                    "jakarta.faces.partial.execute", "detailForm:precheck",
                    "jakarta.faces.partial.render", "detailForm:precheckPanel detailForm:messages",
                    "detailForm:precheck", "detailForm:precheck", "detailForm", "detailForm",
                    "jakarta.faces.ViewState", viewState(detailPage), "primefaces.nonce", nonce(detailPage)), true);
        }

        private HttpResponse<String> post(String path, Map<String, String> form, boolean ajax) throws Exception {
            String body = form.entrySet().stream().map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                    .collect(Collectors.joining("&"));
            HttpRequest.Builder request = HttpRequest.newBuilder(portal.uri(path)).timeout(Duration.ofSeconds(60))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body));
            if (ajax) {
                request.header("Faces-Request", "partial/ajax").header("X-Requested-With", "XMLHttpRequest");
            }
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        }

        /** The page's CSP nonce, which PrimeFaces' script sends back with every postback (primefaces.CSP). */
        private static String nonce(String html) {
            Matcher m = Pattern.compile("csp\\.init\\('([^']+)'\\)").matcher(html);
            return m.find() ? m.group(1) : "";
        }

        private static String viewState(String html) {
            Matcher m = VIEW_STATE.matcher(html);
            assertThat(m.find()).as("a view state in the page").isTrue();
            return m.group(1);
        }

        private static String enc(String s) {
            return URLEncoder.encode(s, StandardCharsets.UTF_8);
        }
    }
}
