package jp.sosportal.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import jp.sosportal.demo.boundary.DemoData;

/**
 * Issue 19 in the browser: the system admin creates a staff account for a demo institution, the new user sets a
 * password from the mailed link and logs in; the admin publishes an announcement (previewed, its text escaped)
 * and a manual PDF (a renamed page refused) and sees them on the login page; the admin disables the account and
 * the user's session ends and the login is refused. The admin pages are axe-clean.
 */
class AdminPagesIT {

    static final String ADMIN = "admin";
    static final String NEW_PASSWORD = "harbor lights 2026 spring";
    static final String INVITATION = "パスワード設定のご案内";
    static final byte[] PDF = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
            .getBytes(StandardCharsets.US_ASCII);
    static Mailbox mailbox;
    static RunningPortal portal;

    @BeforeAll
    static void start() {
        portal = RunningPortal.get();
        mailbox = Mailbox.start(RunningPortal.SMTP_PORT);
    }

    @AfterAll
    static void stop() {
        mailbox.close();
    }

    @Test
    void anAdminCreatesAStaffAccountTheUserSetsAPasswordAndLogsInUntilDisabled() throws Exception {
        String suffix = String.valueOf(ThreadLocalRandom.current().nextInt(100_000, 1_000_000));
        String username = "e2e-staff-" + suffix;
        String mail = username + "@example.jp";
        try (Browser admin = Browser.desktop(portal); Browser user = Browser.desktop(portal)) {
            admin.loginToHome(ADMIN, DemoData.PASSWORD);
            assertThat(admin.find("#figures").getText()).contains("医療機関(医療機関マスタ)", "有効なアカウント",
                    "医療機関担当者", "ログイン制限中のアカウント", "本日申請された緊急配布要請", "失敗した一括取込(直近7日)",
                    "送信に失敗しているメール", "年12月31日まで");
            assertThat(admin.find("a#adminInstitutions, #adminInstitutions a").getAttribute("href")).endsWith("/admin/institutions.xhtml");
            Accessibility.assertNoSeriousViolationsIn(admin, "the admin home", "#admin");
            admin.screenshot("admin-home");

            admin.click("#adminAccounts");
            admin.waitForUrl("/admin/accounts.xhtml");
            admin.click("#accountForm\\:new");
            admin.type("#accountForm\\:username", username);
            admin.type("#accountForm\\:contactName", "新宿 花子");
            admin.type("#accountForm\\:mail", mail);
            Accessibility.assertNoSeriousViolations(admin, "/admin/accounts.xhtml with the form");
            admin.click("#accountForm\\:save");
            admin.waitForText("#accountForm", "医療機関担当者には医療機関を指定してください。");
            admin.type("#accountForm\\:institution_input", "1310000001");
            admin.click("#accountForm\\:institution_panel .ui-autocomplete-item");
            admin.screenshot("admin-account-new");
            admin.click("#accountForm\\:save");
            admin.waitForText("#accountForm\\:messages", "アカウント「" + username + "」を作成し");
            assertThat(admin.waitForText("#tableForm\\:accounts", username)).contains(username);

            String link = invitationTo(mail);
            user.go(pathOf(link));
            user.type("#resetForm\\:password", NEW_PASSWORD);
            user.type("#resetForm\\:confirmation", NEW_PASSWORD);
            user.click("#resetForm\\:change");
            user.waitForUrl("/login.xhtml?reset=true");
            user.login(username, NEW_PASSWORD);
            user.waitForUrl("/profile/confirm.xhtml");
            assertThat(user.find("#profileForm\\:contactName").getAttribute("value")).isEqualTo("新宿 花子");

            publishAnnouncement(admin, suffix);
            publishManual(admin, suffix);

            admin.go("/admin/accounts.xhtml");
            admin.type("#filterForm\\:text", username);
            admin.click("#filterForm\\:search");
            assertThat(filteredTable(admin, "新宿 花子")).contains("1310000001", "有効");
            admin.click("#tableForm\\:accounts\\:0\\:disable");
            admin.waitForText("#accountForm\\:messages", "アカウント「" + username + "」を無効にしました。");

            user.go("/index.xhtml");
            user.waitForUrl("/login.xhtml?expired=true");
            user.login(username, NEW_PASSWORD);
            assertThat(user.find("#loginForm\\:messages").getText()).isEqualTo(LoginIT.FAILED);
        }
    }

    @Test
    void theBulkFileIsCheckedLineByLineBeforeAnythingIsCreated() throws Exception {
        String suffix = String.valueOf(ThreadLocalRandom.current().nextInt(100_000, 1_000_000));
        Path file = Files.createTempFile(Path.of("target").toAbsolutePath(), "accounts", ".csv");
        Files.writeString(file, "医療機関コード,ユーザ名,担当者名,メールアドレス\n"
                + "1310000001,bulk-" + suffix + ",一括 太郎,bulk-" + suffix + "@example.jp\n"
                + "9999999999,bulk2-" + suffix + ",一括 次郎,bulk2-" + suffix + "@example.jp\n"
                + "1310000001,hospital,一括 三郎,saburo@example\n");
        try (Browser admin = Browser.desktop(portal)) {
            admin.loginToHome(ADMIN, DemoData.PASSWORD);
            admin.go("/admin/account-bulk.xhtml");
            Accessibility.assertNoSeriousViolations(admin, "/admin/account-bulk.xhtml");
            admin.driver().findElement(By.cssSelector("input[type=file]")).sendKeys(file.toString());
            admin.click("#upload\\:check");
            assertThat(admin.find("#problems").getText()).contains(
                    "3行目 医療機関コード: 医療機関コード「9999999999」は医療機関マスタに登録されていないか、無効になっています。",
                    "4行目 ユーザ名: ユーザ名「hospital」は既に使われています。",
                    "4行目 メールアドレス: メールアドレスの形式が正しくありません");
            assertThat(admin.find("#summary").getText()).contains("誤りが3件あります", "何も登録していません");
            assertThat(admin.driver().findElements(By.id("result:create"))).isEmpty();
            Accessibility.assertNoSeriousViolations(admin, "/admin/account-bulk.xhtml with problems");
            admin.screenshot("admin-account-bulk-problems");
            admin.go("/admin/accounts.xhtml");
            admin.type("#filterForm\\:text", "bulk-" + suffix);
            admin.click("#filterForm\\:search");
            filteredTable(admin, "該当するアカウントはありません。");
        }
    }

    private static void publishAnnouncement(Browser admin, String suffix) {
        String title = "<b>臨時</b>のお知らせ " + suffix;
        admin.go("/admin/notices.xhtml");
        admin.click("#noticeForm\\:new");
        admin.type("#noticeForm\\:title", title);
        admin.type("#noticeForm\\:body", "本文です。<script>alert(1)</script>");
        admin.click("#noticeForm\\:preview");
        assertThat(admin.find("#previewTitle").getText()).isEqualTo(title);
        assertThat(admin.find("#previewBody").getText()).contains("<script>alert(1)</script>");
        Accessibility.assertNoSeriousViolations(admin, "/admin/notices.xhtml with a preview");
        admin.screenshot("admin-notice-preview");
        admin.click("#noticeForm\\:save");
        admin.waitForText("#noticeForm\\:messages", "を保存しました。");
        assertThat(admin.find("#noticeForm\\:notices").getText()).contains(title, "公開中");

        try (Browser visitor = Browser.desktop(portal)) {
            visitor.go("/login.xhtml");
            assertThat(visitor.find("#notices").getText()).contains(title);
            assertThat(visitor.driver().findElements(By.cssSelector("#notices b"))).as("escaped, not markup").isEmpty();
        }
    }

    private static void publishManual(Browser admin, String suffix) throws Exception {
        String title = "医療機関用マニュアル " + suffix;
        Path page = Files.createTempFile(Path.of("target").toAbsolutePath(), "renamed", ".pdf");
        Files.writeString(page, "<html><body>not a PDF</body></html>");
        Path pdf = Files.createTempFile(Path.of("target").toAbsolutePath(), "manual", ".pdf");
        Files.write(pdf, PDF);
        admin.go("/admin/manuals.xhtml");
        admin.click("#manualForm\\:new");
        admin.type("#manualForm\\:title", title);
        Accessibility.assertNoSeriousViolations(admin, "/admin/manuals.xhtml with the form");
        admin.driver().findElement(By.cssSelector("input[type=file]")).sendKeys(page.toString());
        admin.click("#manualForm\\:save");
        assertThat(admin.find("#manualForm").getText()).contains("PDFファイルではありません");
        admin.driver().findElement(By.cssSelector("input[type=file]")).sendKeys(pdf.toString());
        admin.click("#manualForm\\:save");
        admin.waitForText("#manualForm\\:messages", "「" + title + "」を保存しました。");

        try (Browser visitor = Browser.desktop(portal)) {
            visitor.go("/login.xhtml");
            WebElement link = visitor.find("#manuals").findElement(By.partialLinkText(title));
            HttpResponse<byte[]> served = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create(link.getAttribute("href"))).build(), HttpResponse.BodyHandlers.ofByteArray());
            assertThat(served.statusCode()).isEqualTo(200);
            assertThat(served.headers().firstValue("Content-Type").orElse("")).startsWith("application/pdf");
            assertThat(served.headers().firstValue("Content-Disposition").orElse("")).startsWith("inline; filename=");
            assertThat(served.body()).isEqualTo(PDF);
        }
    }

    /**
     * The accounts table once the filter's answer replaced it: the demo's other accounts are gone and the text is
     * there (the unfiltered table may already show the text, and is then replaced under the test's feet).
     */
    private static String filteredTable(Browser admin, String text) {
        return new WebDriverWait(admin.driver(), Duration.ofSeconds(15)).until(driver -> {
            try {
                String table = driver.findElement(By.id("tableForm:accounts")).getText();
                return table.contains(text) && !table.contains("osaka-hospital2") ? table : null;
            } catch (StaleElementReferenceException replaced) {
                return null;
            }
        });
    }

    private static String invitationTo(String address) throws Exception {
        MimeMessage mail = mailbox.await(Mailbox.subjectContains(INVITATION).and(Mailbox.to(address)),
                Duration.ofSeconds(60)).orElseThrow(() -> new AssertionError("no invitation to " + address));
        Matcher link = Pattern.compile("http://\\S+/password-reset/new\\.xhtml\\?token=[A-Za-z0-9_-]+")
                .matcher((String) mail.getContent());
        assertThat(link.find()).as("the mail holds the link").isTrue();
        return link.group();
    }

    private static String pathOf(String link) {
        URI uri = URI.create(link);
        return uri.getRawPath() + "?" + uri.getRawQuery();
    }
}
