package jp.sosportal.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.CookieManager;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.json.Json;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import jp.sosportal.demo.boundary.DemoData;

/**
 * Issue 13, points 3, 4, 8 and 9 through HTTP on the running portal: no cross-site writes to the API, bounded
 * bodies, the security headers of pages and API answers, and fail-closed access (metrics, absurd paging).
 */
class SecurityHardeningIT {

    static final String PASSWORD = DemoData.PASSWORD;
    static final String SHINJUKU = ApiCalls.SHINJUKU;
    static final String EVIL = "https://evil.example";
    static RunningPortal portal;
    static PortalApi api;

    @BeforeAll
    static void start() {
        portal = RunningPortal.get();
        api = new PortalApi(portal);
    }

    // 3. No cross-site writes ---------------------------------------------------------------------------------------

    @Test
    void aWriteCarryingOnlyTheSessionCookieIsRefusedAndChangesNothing() throws Exception {
        long id = created();
        HttpClient browser = loggedIn("hospital");

        HttpResponse<String> submit = browser.send(HttpRequest.newBuilder(portal.uri("/api/v1/requests/" + id
                + "/submit")).header("Origin", EVIL).POST(BodyPublishers.noBody()).build(), utf8());

        assertProblem(submit, 403);
        assertThat(status(id)).isEqualTo("NOT_SUBMITTED");
        HttpResponse<String> sameSiteToo = browser.send(HttpRequest.newBuilder(portal.uri("/api/v1/requests/" + id
                + "/submit")).POST(BodyPublishers.noBody()).build(), utf8());
        assertProblem(sameSiteToo, 403);
        assertThat(status(id)).isEqualTo("NOT_SUBMITTED");
        // reads keep accepting the session
        assertThat(browser.send(HttpRequest.newBuilder(portal.uri("/api/v1/requests/" + id)).build(), utf8())
                .statusCode()).isEqualTo(200);
    }

    @Test
    void basicCredentialsSentFromAnotherSiteAreRefusedAndAScriptsAreAccepted() throws Exception {
        long id = created();
        HttpClient http = HttpClient.newHttpClient();
        HttpRequest.Builder submit = HttpRequest.newBuilder(portal.uri("/api/v1/requests/" + id + "/submit"))
                .header("Authorization", PortalApi.basic("hospital", PASSWORD)).POST(BodyPublishers.noBody());

        assertProblem(http.send(submit.copy().header("Origin", EVIL).build(), utf8()), 403);
        assertProblem(http.send(submit.copy().header("Sec-Fetch-Site", "cross-site").build(), utf8()), 403);
        assertThat(status(id)).isEqualTo("NOT_SUBMITTED");

        assertThat(http.send(submit.copy().header("Origin", origin()).build(), utf8()).statusCode()).isEqualTo(200);
        assertThat(status(id)).isEqualTo("UNDER_REVIEW");
    }

    @Test
    void theBatchUploadRefusesTextPlainWhichAnHtmlFormCouldSend() throws Exception {
        HttpResponse<String> upload = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        portal.uri("/api/v1/batch/daily?dryRun=true"))
                .header("Authorization", PortalApi.basic("batch", PASSWORD)).header("Content-Type", "text/plain")
                .POST(BodyPublishers.ofString("医療機関コード\n")).build(), utf8());
        assertProblem(upload, 415);
        assertThat(upload.body()).contains("CSV");
    }

    @Test
    void theSessionCookieIsHttpOnlyWithExactlyOneSameSiteLaxAndSecureOnlyBehindATrustedHttpsProxy() throws Exception {
        HttpResponse<String> plain = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                portal.uri("/login.xhtml")).build(), utf8());
        String cookie = plain.headers().firstValue("Set-Cookie").orElseThrow();
        assertThat(cookie).startsWith("JSESSIONID=").containsIgnoringCase("; HttpOnly");
        assertThat(Pattern.compile("(?i)SameSite=Lax").matcher(cookie).results().count()).as(cookie).isEqualTo(1);
        assertThat(cookie).doesNotContainIgnoringCase("secure");
        assertThat(plain.headers().firstValue("Strict-Transport-Security")).isEmpty();
        // The shared portal trusts 127.0.0.1 as its reverse proxy (RunningPortal): its X-Forwarded-Proto counts.
        HttpResponse<String> proxied = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                portal.uri("/login.xhtml")).header("X-Forwarded-Proto", "https").build(), utf8());
        assertThat(proxied.headers().firstValue("Set-Cookie").orElseThrow()).containsIgnoringCase("; Secure");
        assertThat(proxied.headers().firstValue("Strict-Transport-Security")).isPresent();
    }

    // 4. Bounded bodies ---------------------------------------------------------------------------------------------

    @Test
    void aJsonBodyAbove64KbIsRefusedWith413WhetherItsLengthIsStatedOrNot() throws Exception {
        String big = Json.createObjectBuilder().add("institutionCode", SHINJUKU).add("conditionsConfirmed", true)
                .add("items", Json.createArrayBuilder().add("SURGICAL_MASK")).add("comment", "あ".repeat(30_000))
                .build().toString();
        HttpRequest.Builder post = HttpRequest.newBuilder(portal.uri("/api/v1/requests"))
                .header("Authorization", PortalApi.basic("hospital", PASSWORD))
                .header("Content-Type", "application/json");

        assertProblem(HttpClient.newHttpClient().send(post.copy().POST(BodyPublishers.ofString(big)).build(),
                utf8()), 413);
        byte[] bytes = big.getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> chunked = HttpClient.newHttpClient().send(post.copy().POST(
                BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(bytes))).build(), utf8());
        assertProblem(chunked, 413);
        // just under the limit the rules have their say (the comment is too long: 400, not 413)
        String under = big.replace("あ".repeat(30_000), "あ".repeat(20_000));
        assertThat(HttpClient.newHttpClient().send(post.copy().POST(BodyPublishers.ofInputStream(
                () -> new ByteArrayInputStream(under.getBytes(StandardCharsets.UTF_8)))).build(), utf8())
                .statusCode()).isEqualTo(400);
    }

    @Test
    void anUploadAnnouncedAboveTheUploadLimitIsRefusedBeforeItsBodyIsRead() throws Exception {
        URI uri = portal.uri("/api/v1/batch/daily?dryRun=true");
        try (Socket socket = new Socket(uri.getHost(), uri.getPort())) {
            socket.setSoTimeout(20_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST " + uri.getRawPath() + "?" + uri.getRawQuery() + " HTTP/1.1\r\nHost: " + uri.getHost()
                    + ":" + uri.getPort() + "\r\nAuthorization: " + PortalApi.basic("batch", PASSWORD)
                    + "\r\nContent-Type: text/csv\r\nContent-Length: " + (201L * 1024 * 1024) + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            // read what has come (the server may keep the connection open to drain the body nobody sends)
            InputStream in = socket.getInputStream();
            StringBuilder answer = new StringBuilder();
            byte[] buffer = new byte[4096];
            for (int n; !answer.toString().contains("\"errors\"") && (n = in.read(buffer)) > 0; ) {
                answer.append(new String(buffer, 0, n, StandardCharsets.UTF_8));
            }
            assertThat(answer.toString()).startsWith("HTTP/1.1 413").contains("application/problem+json", "200MB");
        }
    }

    // 8. Headers ----------------------------------------------------------------------------------------------------

    @Test
    void theLoginPageCarriesANonceBasedPolicyAndNoServerVersion() throws Exception {
        HttpResponse<String> login = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                portal.uri("/login.xhtml")).build(), utf8());
        String csp = login.headers().firstValue("Content-Security-Policy").orElseThrow();
        Matcher nonce = Pattern.compile("script-src 'self' 'nonce-([^']+)'").matcher(csp);
        assertThat(nonce.find()).as(csp).isTrue();
        assertThat(csp).contains("object-src 'none'", "frame-ancestors 'none'").doesNotContain("unsafe-inline");
        assertThat(login.body()).contains("nonce=\"" + nonce.group(1) + "\"").doesNotContain("onclick=");
        assertCommonHeaders(login);
        assertThat(login.headers().firstValue("Server")).isEmpty();
        assertThat(login.headers().firstValue("X-Powered-By")).isEmpty();
    }

    @Test
    void pagesAfterLoginAndApiAnswersAreNotStoredAndStaticResourcesMayBe() throws Exception {
        HttpClient browser = loggedIn("hospital");
        for (String page : List.of("/index.xhtml", "/sos/list.xhtml")) {
            HttpResponse<String> answer = browser.send(HttpRequest.newBuilder(portal.uri(page)).build(), utf8());
            assertThat(answer.statusCode()).as(page).isEqualTo(200);
            assertThat(answer.headers().firstValue("Cache-Control")).as(page).hasValue("no-store");
            assertThat(answer.headers().firstValue("Content-Security-Policy")).as(page).isPresent();
            assertCommonHeaders(answer);
        }
        HttpResponse<String> json = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                portal.uri("/api/v1/requests")).header("Authorization", PortalApi.basic("hospital", PASSWORD))
                .build(), utf8());
        assertThat(json.statusCode()).isEqualTo(200);
        assertThat(json.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(json.headers().firstValue("Content-Security-Policy")).hasValue(
                "default-src 'none'; frame-ancestors 'none'");
        assertCommonHeaders(json);
        HttpResponse<String> css = browser.send(HttpRequest.newBuilder(
                portal.uri("/jakarta.faces.resource/sos.css.xhtml?ln=sos")).build(), utf8());
        assertThat(css.statusCode()).isEqualTo(200);
        assertThat(css.headers().firstValue("Cache-Control").orElse("")).doesNotContain("no-store");
    }

    // 9. Fail closed ------------------------------------------------------------------------------------------------

    @Test
    void metricsAreForTheSystemAdminOnly() throws Exception {
        for (String user : List.of("hospital", "pref-tokyo", "national", "batch")) {
            HttpResponse<String> metrics = loggedIn(user).send(HttpRequest.newBuilder(portal.uri("/metrics"))
                    .build(), utf8());
            assertThat(metrics.statusCode()).as(user).isEqualTo(403);
            assertThat(metrics.body()).as(user).doesNotContain("# TYPE");
        }
        HttpResponse<String> admin = loggedIn("admin").send(HttpRequest.newBuilder(portal.uri("/metrics")).build(),
                utf8());
        assertThat(admin.statusCode()).isEqualTo(200);
        assertThat(admin.body()).contains("# TYPE");
    }

    @Test
    void anAbsurdPageIsA400NamingThePage() {
        for (String query : List.of("page=2147483647", "page=2147483647&size=200", "page=50001&size=20",
                "page=-1", "page=x")) {
            PortalApi.Reply reply = api.get("national", "/api/v1/requests?" + query);
            reply.problem(400);
            assertThat(reply.errorFields()).as(query).containsExactly("page");
        }
        api.get("national", "/api/v1/requests?page=50000&size=20").ok(200);
    }

    // helpers -------------------------------------------------------------------------------------------------------

    static long created() {
        return ((Number) new PortalApi(portal).createRequest("hospital", SHINJUKU, List.of("SURGICAL_MASK"),
                "issue 13").get("id")).longValue();
    }

    static String status(long id) {
        return api.get("hospital", "/api/v1/requests/" + id).ok(200).getString("status");
    }

    /** A client logged in through the login page, holding only its session cookie, as a browser does. */
    static HttpClient loggedIn(String user) throws Exception {
        HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .connectTimeout(Duration.ofSeconds(10)).build();
        String page = http.send(HttpRequest.newBuilder(portal.uri("/login.xhtml")).build(), utf8()).body();
        Matcher state = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"").matcher(page);
        assertThat(state.find()).isTrue();
        String form = "loginForm=loginForm&loginForm%3Ausername=" + user + "&loginForm%3Apassword=" + PASSWORD
                + "&loginForm%3Alogin=&jakarta.faces.ViewState="
                + java.net.URLEncoder.encode(state.group(1), StandardCharsets.UTF_8);
        HttpResponse<String> login = http.send(HttpRequest.newBuilder(portal.uri("/login.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(BodyPublishers.ofString(form)).build(), utf8());
        assertThat(login.statusCode()).as("login of " + user).isEqualTo(302);
        return http;
    }

    static String origin() {
        URI uri = portal.uri("/");
        return uri.getScheme() + "://" + uri.getHost() + ":" + uri.getPort();
    }

    static void assertProblem(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(response.body()).containsPattern(PortalApi.JAPANESE).contains("\"status\":" + status);
    }

    static void assertCommonHeaders(HttpResponse<?> response) {
        assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(response.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
        // Issue 16: the node that answered (SOS_NODE_NAME, by default host name and HTTP port).
        assertThat(response.headers().firstValue("X-SOS-Node").orElse("")).as("X-SOS-Node")
                .endsWith(":" + portal.uri("/").getPort());
    }

    static HttpResponse.BodyHandler<String> utf8() {
        return HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8);
    }
}
