package jp.sosportal.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;


import jp.sosportal.demo.boundary.DemoData;

/**
 * Issue 13, points 2, 5 and 6 (ASVS 2.5.4, 2.1, 3.7.1), on a portal started with the Docker image's settings:
 * no demo data, the first system admin from {@code SOS_ADMIN_USERNAME}/{@code SOS_ADMIN_PASSWORD}. That admin
 * must replace the password first; the password rule and the change page; the mail change confirmed from the new
 * address. The demo portal shows the demo accounts' warning, this one does not. The tests run in order: each
 * continues the account's story. With {@code -Ppostgres} this portal has a PostgreSQL database of its own.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AccountSecurityIT {

    static final String ADMIN = "chief";
    static final String GIVEN_PASSWORD = "harbor lights at dawn";
    static final String OWN_PASSWORD = "さくら通りの三番目の角を右へ";
    static final String BANNER = "デモ用アカウントが有効です。本番運用では使用しないでください。";
    static final int PORT = RunningPortal.PORT + 113;
    static final Path DOCKERFILE = Path.of(System.getProperty("sos.root", "..")).resolve("Dockerfile");
    /** The Docker image's settings (the Dockerfile's ENV, its paths and port aside) and the first admin's. */
    static final Map<String, String> PRODUCTION = imageSettingsWith(Map.of("SOS_ADMIN_USERNAME", ADMIN,
            "SOS_ADMIN_PASSWORD", GIVEN_PASSWORD));
    static RunningPortal portal;
    /** The last test's portal, without SOS_ADMIN_PASSWORD: started with the first, so its start overlaps the tests. */
    static RunningPortal linked;
    static Mailbox mailbox;
    /** The link of a mail change left unconfirmed, for the test of its expiry. */
    static String pendingLink;
    final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        Map<String, String> settings = new HashMap<>(PRODUCTION);
        settings.putAll(emptyDatabase("nodemo"));
        portal = RunningPortal.start("no-demo", PORT, settings);
        linked = RunningPortal.start("no-demo-link", PORT + 1, imageSettingsWith(emptyDatabase("nodemo_link")));
        mailbox = Mailbox.start(RunningPortal.SMTP_PORT);
        portal.awaitReady(Duration.ofSeconds(600)); // a shared, loaded 2-core machine took over 5 minutes
    }

    @AfterAll
    static void stop() {
        mailbox.close();
        portal.stop();
        linked.stop();
    }

    @Test
    @Order(1)
    void withoutDemoDataNoWarningAndNoDemoAccountButTheFirstAdminFromTheEnvironment() throws Exception {
        assertThat(portal.logText()).contains("First system admin 'chief' created from SOS_ADMIN_PASSWORD")
                .doesNotContain(GIVEN_PASSWORD);
        assertThat(page(portal, "/login.xhtml")).doesNotContain(BANNER);
        PortalApi api = new PortalApi(portal);
        assertThat(api.withAuthorization(PortalApi.basic("admin", DemoData.PASSWORD), "/api/v1/requests").status())
                .isEqualTo(401);
        assertThat(api.withAuthorization(PortalApi.basic("hospital", DemoData.PASSWORD), "/api/v1/requests").status())
                .isEqualTo(401);
    }

    @Test
    @Order(1)
    void theImageTurnsTheDemoOffAndRunsAsAnUnprivilegedUser() throws IOException {
        assertThat(PRODUCTION).containsEntry("SOS_DEMO", "false");
        assertThat(Files.readString(DOCKERFILE)).containsPattern("(?m)^USER (?!root\\b|0\\b)\\w+$");
    }

    @Test
    @Order(1)
    void theDemoPortalWarnsOnEveryPageWhileDemoAccountsHaveTheirPublishedPassword() throws Exception {
        RunningPortal demo = RunningPortal.get();
        assertThat(page(demo, "/login.xhtml")).contains(BANNER);
        try (Browser browser = Browser.desktop(demo)) {
            browser.loginToHome("pref-tokyo", DemoData.PASSWORD);
            assertThat(browser.find("#demoBanner").getText()).isEqualTo(BANNER);
            browser.go("/review/requests.xhtml");
            assertThat(browser.find("#demoBanner").getText()).isEqualTo(BANNER);
        }
    }

    @Test
    @Order(2)
    void theFirstAdminMustSetAPasswordOfTheirOwnUnderTheRuleBeforeAnythingElse() {
        try (Browser browser = Browser.desktop(portal)) {
            browser.login(ADMIN, GIVEN_PASSWORD);
            browser.waitForUrl("/profile/password.xhtml");
            assertThat(browser.find("#forced").getText()).contains("ご自身のパスワードに変更するまで");
            assertThat(browser.find("#rule").getText()).contains("12文字以上", "OWASP ASVS");
            assertThat(browser.text()).doesNotContain(BANNER);
            browser.go("/index.xhtml");
            browser.waitForUrl("/profile/password.xhtml");

            browser.type("#passwordForm\\:password", "password1234");
            assertThat(browser.waitForText("#passwordForm\\:strength", "パスワードの強さ")).contains("弱い");
            browser.screenshot("password-change-hint");

            change(browser, GIVEN_PASSWORD, "Sakura2026", "Sakura2026");
            assertThat(browser.waitForText("#passwordForm\\:passwordMessage", "12文字"))
                    .isEqualTo("パスワードは12文字以上で入力してください。");
            change(browser, GIVEN_PASSWORD, "qwerty123456", "qwerty123456");
            assertThat(browser.waitForText("#passwordForm\\:passwordMessage", "よく使われている"))
                    .isEqualTo("よく使われているパスワードのため使えません。推測されにくい別のパスワードを入力してください。");
            browser.screenshot("password-change-common");
            change(browser, "not the password", OWN_PASSWORD, OWN_PASSWORD);
            assertThat(browser.waitForText("#passwordForm\\:currentPasswordMessage", "現在の"))
                    .isEqualTo("現在のパスワードが正しくありません。");
            change(browser, GIVEN_PASSWORD, OWN_PASSWORD, OWN_PASSWORD + "x");
            assertThat(browser.waitForText("#passwordForm\\:confirmationMessage", "一致"))
                    .isEqualTo("確認用のパスワードが一致しません。");
            browser.go("/index.xhtml");
            browser.waitForUrl("/profile/password.xhtml"); // nothing refused changed anything

            change(browser, GIVEN_PASSWORD, OWN_PASSWORD, OWN_PASSWORD);
            browser.waitForUrl("/index.xhtml");
            assertThat(browser.text()).contains("パスワードを変更しました。");
            browser.go("/index.xhtml");
            assertThat(browser.driver().getCurrentUrl()).endsWith("/index.xhtml");
            browser.click("#userForm\\:changePassword");
            browser.waitForUrl("/profile/password.xhtml");
            assertThat(browser.text()).doesNotContain("ご自身のパスワードに変更するまで");
        }
        try (Browser browser = Browser.desktop(portal)) {
            browser.login(ADMIN, GIVEN_PASSWORD);
            assertThat(browser.find("#loginForm\\:messages").getText()).isEqualTo(LoginIT.FAILED);
            browser.loginToHome(ADMIN, OWN_PASSWORD);
        }
    }

    @Test
    @Order(3)
    void aNewMailAddressTakesEffectOnlyFromTheLinkMailedToItAndTheOldAddressIsTold() throws Exception {
        try (Browser browser = Browser.desktop(portal)) {
            browser.loginToHome(ADMIN, OWN_PASSWORD);
            mailbox.purge();
            String first = requestMailChange(browser, "chief@example.jp", null);
            assertThat(mailbox.matching(Mailbox.subjectContains("メールアドレス変更のお知らせ")))
                    .as("the account had no address to tell").isEmpty();

            browser.go(pathOf(first));
            assertThat(browser.find("#pending").getText()).contains("chief@example.jp");
            browser.click("#mailForm\\:confirm");
            browser.waitForText("#mailForm\\:messages", "メールアドレスを chief@example.jp に変更しました。");
            browser.go(pathOf(first));
            assertThat(browser.find("#mailForm\\:invalid").getText()).contains("既に使われています");
            browser.go("/profile/confirm.xhtml");
            assertThat(browser.find("#profileForm\\:mail").getAttribute("value")).isEqualTo("chief@example.jp");

            mailbox.purge();
            String second = requestMailChange(browser, "new-chief@example.jp", "chief@example.jp");
            browser.go("/profile/confirm.xhtml");
            assertThat(browser.find("#profileForm\\:mail").getAttribute("value")).isEqualTo("chief@example.jp");
            pendingLink = second;
        }
    }

    /** The second link of the test before, opened after its 24 hours: refused, and the address stays. */
    @Test
    @Order(4)
    void anExpiredLinkChangesNothing() throws Exception {
        assertThat(pendingLink).as("the test before left a pending link").isNotNull();
        String link = pendingLink;
        portal.stop();
        Map<String, String> later = new HashMap<>(PRODUCTION);
        later.putAll(database("nodemo"));
        later.put("SOS_CLOCK_START", OffsetDateTime.now(ZoneId.of("Asia/Tokyo")).plusHours(25).toString());
        portal = RunningPortal.restart("no-demo", PORT, later);
        portal.awaitReady(Duration.ofSeconds(600)); // a shared, loaded 2-core machine took over 5 minutes
        assertThat(portal.logText()).doesNotContain("First system admin"); // one exists: nothing created again
        try (Browser browser = Browser.desktop(portal)) {
            browser.go(pathOf(link));
            assertThat(browser.find("#mailForm\\:invalid").getText()).contains("有効期限(24時間)が切れている");
            assertThat(browser.text()).doesNotContain("変更を確定");
            browser.loginToHome(ADMIN, OWN_PASSWORD);
            browser.go("/profile/confirm.xhtml");
            assertThat(browser.find("#profileForm\\:mail").getAttribute("value")).isEqualTo("chief@example.jp");
        }
    }

    /**
     * Without SOS_ADMIN_PASSWORD the log carries a one-time link that sets the first admin's password; that
     * password is the admin's own, so nothing more is asked at the login, and the link works only once.
     */
    @Test
    @Order(5)
    void withoutAPasswordTheLogGivesAOneTimeLinkThatSetsTheFirstAdminsPassword() {
        assertThat(imageSettingsWith(Map.of())).doesNotContainKeys("SOS_ADMIN_USERNAME", "SOS_ADMIN_PASSWORD");
        portal.stop(); // done with: one portal less on the machine
        linked.awaitReady(Duration.ofSeconds(600)); // a shared, loaded 2-core machine took over 5 minutes
        Matcher link = Pattern.compile("システム管理者「admin」のパスワードを次のリンクで設定してください.*?"
                + "(http://\\S+/password-reset/new\\.xhtml\\?token=[A-Za-z0-9_-]+)").matcher(linked.logText());
        assertThat(link.find()).as("the log holds the link").isTrue();
        try (Browser browser = Browser.desktop(linked)) {
            browser.go(pathOf(link.group(1)));
            browser.type("#resetForm\\:password", OWN_PASSWORD);
            browser.type("#resetForm\\:confirmation", OWN_PASSWORD);
            browser.click("#resetForm\\:change");
            browser.waitForUrl("/login.xhtml?reset=true");
            browser.loginToHome("admin", OWN_PASSWORD);
            assertThat(browser.text()).doesNotContain(BANNER);
            browser.go(pathOf(link.group(1)));
            assertThat(browser.text()).contains("このリンクは無効");
        }
    }

    /**
     * On the profile page: without the current password the new address is refused; with it, a link goes to the
     * new address and, when there is one, a notice to the old one. Returns the link.
     */
    private static String requestMailChange(Browser browser, String newMail, String oldMail) throws Exception {
        browser.go("/profile/confirm.xhtml");
        browser.type("#profileForm\\:mail", newMail);
        browser.click("#profileForm\\:save");
        assertThat(browser.waitForText("#profileForm\\:currentPasswordMessage", "現在の"))
                .isEqualTo("現在のパスワードが正しくありません。");
        assertThat(mailbox.await(Mailbox.to(newMail), Duration.ofSeconds(2))).as("nothing sent without the password")
                .isEmpty();

        browser.type("#profileForm\\:mail", newMail);
        browser.type("#profileForm\\:currentPassword", OWN_PASSWORD);
        browser.click("#profileForm\\:save");
        browser.waitForUrl("/index.xhtml");
        assertThat(browser.text()).contains("新しいメールアドレス(" + newMail + ")に確認メールを送信しました。");
        MimeMessage confirmation = to(newMail);
        assertThat(confirmation.getSubject()).contains("メールアドレス変更の確認");
        Matcher link = Pattern.compile("http://\\S+/mail-change/confirm\\.xhtml\\?token=[A-Za-z0-9_-]+")
                .matcher((String) confirmation.getContent());
        assertThat(link.find()).as("the mail holds the link").isTrue();
        if (oldMail != null) {
            MimeMessage notice = to(oldMail);
            assertThat(notice.getSubject()).contains("メールアドレス変更のお知らせ");
            assertThat((String) notice.getContent()).contains(newMail, "お心当たりのない場合");
            assertThat((String) notice.getContent()).doesNotContain("token=");
        }
        return link.group();
    }

    /** The mail to {@code address}, waiting for it: the outbox sends a few seconds after the click. */
    private static MimeMessage to(String address) {
        return mailbox.await(Mailbox.to(address), Duration.ofSeconds(15))
                .orElseThrow(() -> new AssertionError("no mail to " + address));
    }

    /**
     * With {@code -Ppostgres}, a PostgreSQL database of this instance's own (the e2e database's name and the
     * suffix), created empty: a PostgreSQL deployment starts without demo accounts too. Without, the embedded H2.
     */
    private static Map<String, String> emptyDatabase(String suffix) {
        Map<String, String> settings = database(suffix);
        if (!settings.isEmpty()) {
            String url = System.getProperty("sos.e2e.db.url");
            String name = settings.get("SOS_DB_URL").substring(url.lastIndexOf('/') + 1);
            assertThat(name).matches("[a-z0-9_]+");
            try (Connection connection = DriverManager.getConnection(url, settings.get("SOS_DB_USER"), "");
                 Statement statement = connection.createStatement()) {
                statement.execute("drop database if exists " + name);
                statement.execute("create database " + name);
            } catch (SQLException e) {
                throw new IllegalStateException("cannot create the database " + name, e);
            }
        }
        return settings;
    }

    private static Map<String, String> database(String suffix) {
        String url = System.getProperty("sos.e2e.db.url", "");
        return url.isBlank() ? Map.of() : Map.of("SOS_DB_URL", url + "_" + suffix,
                "SOS_DB_USER", System.getProperty("sos.e2e.db.user", "postgres"));
    }

    private static Map<String, String> imageSettingsWith(Map<String, String> more) {
        Map<String, String> settings = new HashMap<>();
        try {
            Files.readAllLines(DOCKERFILE).stream().filter(line -> line.startsWith("ENV "))
                    .flatMap(line -> Arrays.stream(line.substring(4).trim().split("\\s+")))
                    .map(pair -> pair.split("=", 2))
                    .filter(pair -> !List.of("SOS_DATA_DIR", "SOS_PORT", "SOS_BUILD").contains(pair[0]))
                    .forEach(pair -> settings.put(pair[0], pair[1]));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        settings.putAll(more);
        return settings;
    }

    private static void change(Browser browser, String current, String password, String confirmation) {
        browser.type("#passwordForm\\:currentPassword", current);
        browser.type("#passwordForm\\:password", password);
        browser.type("#passwordForm\\:confirmation", confirmation);
        browser.click("#passwordForm\\:change");
    }

    private String page(RunningPortal on, String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(on.uri(path)).build(), HttpResponse.BodyHandlers.ofString()).body();
    }

    private static String pathOf(String link) {
        URI uri = URI.create(link);
        return uri.getRawPath() + "?" + uri.getRawQuery();
    }
}
