package jp.sosportal.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.Cookie;

import jp.sosportal.demo.boundary.DemoData;

/** Manual 2-1: the login page, a wrong login, the home page of a demo institution and 「ログアウト」. */
class LoginIT {

    static final String PASSWORD = DemoData.PASSWORD;
    static final String FAILED = "ユーザ名またはパスワードが正しくありません。";
    static RunningPortal portal;
    final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        portal = RunningPortal.get();
    }

    @Test
    void loginPageShowsTheManualsLabels() throws Exception {
        HttpResponse<String> page = get("/login.xhtml");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("ユーザ名", "パスワード", "ログイン", "パスワードをお忘れですか？", "lang=\"ja\"");
    }

    @Test
    void theRootOpensTheLoginPage() throws Exception {
        HttpResponse<String> root = get("/");
        assertThat(root.statusCode()).isEqualTo(302);
        assertThat(root.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login.xhtml"));
    }

    @ParameterizedTest
    @CsvSource({"/index.xhtml", "/sos/list.xhtml", "/review/requests.xhtml", "/admin/index.xhtml"})
    void everyPageButLoginNeedsALogin(String path) throws Exception {
        HttpResponse<String> response = get(path);
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login.xhtml"));
    }

    @Test
    void healthIsReadyAndPublic() throws Exception {
        HttpResponse<String> health = get("/health/ready");
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"status\":\"UP\"", "\"migrated\":\"true\"");
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSiteLax() throws Exception {
        String cookie = get("/login.xhtml").headers().firstValue("Set-Cookie").orElseThrow();
        // from the application's glassfish-web.xml now, which Payara writes "SameSite=lax" (values are case-blind)
        assertThat(cookie).startsWith("JSESSIONID=").containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax");
    }

    @ParameterizedTest(name = "user \"{0}\" with password \"{1}\"")
    @CsvSource(value = {"hospital,wrong-password", "nobody," + DemoData.PASSWORD, "'',''", "hospital,''",
            "''," + DemoData.PASSWORD},
            emptyValue = "")
    void aFailedLoginSaysTheSameWhateverWasWrong(String username, String password) {
        try (Browser browser = Browser.desktop(portal)) {
            browser.login(username, password);
            assertThat(browser.find("#loginForm\\:messages").getText()).isEqualTo(FAILED);
            assertThat(browser.driver().getCurrentUrl()).contains("/login.xhtml");
            browser.go("/index.xhtml");
            browser.waitForUrl("/login.xhtml"); // still not logged in
            if ("hospital".equals(username) && !password.isEmpty()) {
                browser.screenshot("login-wrong-password");
            }
        }
    }

    @Test
    void staffLogInToTheHomeButtonsAndLogOut() {
        try (Browser browser = Browser.desktop(portal)) {
            browser.go("/login.xhtml");
            browser.screenshot("login-page");
            String sessionBefore = sessionId(browser);
            browser.loginToHome("hospital", PASSWORD);
            assertThat(sessionId(browser)).as("a new session id at login").isNotEqualTo(sessionBefore);
            assertThat(browser.text()).contains("東京都立新宿病院", "新宿 花子",
                    "ユーザ基礎情報登録", "日次調査", "週次調査", "緊急配布要請", "人材募集登録",
                    "ホーム", "調査", "通知文書", "お知らせ", "お問合せ", "FAQ", "ログアウト");
            assertThat(browser.find("#recruitment").getAttribute("class")).contains("ui-state-disabled");
            browser.screenshot("home-hospital");

            browser.click("#userForm\\:logout");
            browser.waitForUrl("/login.xhtml");
            assertThat(browser.text()).contains("ログアウトしました。");
            browser.go("/index.xhtml");
            browser.waitForUrl("/login.xhtml");
            browser.screenshot("logged-out");
        }
    }

    private static String sessionId(Browser browser) {
        Cookie cookie = browser.driver().manage().getCookieNamed("JSESSIONID");
        return cookie == null ? null : cookie.getValue();
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(portal.uri(path)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
