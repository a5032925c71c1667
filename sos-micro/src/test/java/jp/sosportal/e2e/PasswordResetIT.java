package jp.sosportal.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import jp.sosportal.demo.boundary.DemoData;

/** Manual 2-1/2-2: the login page's side panel and help pages, and a password reset by the mailed single-use link. */
class PasswordResetIT {

    /**
     * The demo account no other test on the portal uses: the reset leaves it with a new password, as the demo
     * password (11 characters) cannot be set again under the 12-character rule.
     */
    static final String USER = "pref-osaka";
    static final String NEW_PASSWORD = "a quiet harbor 2026";
    static final String SENT = "ユーザ名が登録されている場合は、ご登録のメールアドレスにパスワード再設定用のリンクを送信しました。";
    static final String SUBJECT = "パスワード再設定";
    static RunningPortal portal;
    static Mailbox mailbox;

    @BeforeAll
    static void start() {
        portal = RunningPortal.altered(); // it changes pref-osaka's password (SecurityIT admin's)
        mailbox = Mailbox.start(RunningPortal.SMTP_PORT);
    }

    @AfterAll
    static void stop() {
        mailbox.close();
    }

    @Test
    void theLoginPageShowsNoticesManualFaqAndTheHelpDesk() {
        try (Browser browser = Browser.desktop(portal)) {
            browser.go("/login.xhtml");
            assertThat(browser.find("#notices").getText()).contains("新着情報", "件名", "公開開始日",
                    "緊急配布(SOS)要請 = 配布ではありません", "2021/01/14");
            assertThat(browser.text()).contains("医療機関用マニュアル", "よくあるご質問", "電話番号", "受付時間");
            browser.click("#faq");
            assertThat(browser.text()).contains("毎日回答する必要がありますか？");
            browser.go("/notices.xhtml");
            assertThat(browser.text()).contains("緊急配布要請(SOS)の受付を開始しました", "公開開始日: 2021/01/14");
            browser.go("/contact.xhtml");
            assertThat(browser.find("#helpdesk").getText()).contains("電話番号: 0120-000-000", "受付時間: 平日");
        }
    }

    @Test
    void aMailedLinkSetsANewPasswordOnceAndTheOldOneStopsWorking() throws Exception {
        PortalApi api = new PortalApi(portal);
        String oldBasic = PortalApi.basic(USER, DemoData.PASSWORD);
        // The API remembers a verified password for minutes; the change must end that at once. (200: the password
        // was accepted, 401: it was not.)
        assertThat(api.withAuthorization(oldBasic, "/api/v1/requests").status()).isEqualTo(200);
        try (Browser browser = Browser.desktop(portal)) {
            String link = requestReset(browser, USER);
            browser.go(pathOf(link));
            assertThat(browser.find("#rule").getText()).contains("12文字以上", "OWASP ASVS");
            browser.type("#resetForm\\:password", "password1234");
            assertThat(browser.waitForText("#resetForm\\:strength", "パスワードの強さ")).contains("弱い");
            browser.type("#resetForm\\:password", "SosDemo2022");
            browser.type("#resetForm\\:confirmation", "SosDemo2022");
            browser.click("#resetForm\\:change");
            assertThat(browser.find("[id='resetForm:password'] ~ .ui-message-error, .ui-message-error").getText())
                    .contains("パスワードは12文字以上で入力してください。");
            browser.screenshot("password-reset-weak");

            browser.type("#resetForm\\:password", NEW_PASSWORD);
            browser.type("#resetForm\\:confirmation", NEW_PASSWORD);
            browser.click("#resetForm\\:change");
            browser.waitForUrl("/login.xhtml?reset=true");
            assertThat(browser.text()).contains("パスワードを変更しました。");

            browser.login(USER, DemoData.PASSWORD);
            assertThat(browser.find("#loginForm\\:messages").getText()).isEqualTo(LoginIT.FAILED);
            assertThat(api.withAuthorization(oldBasic, "/api/v1/requests").status()).isEqualTo(401);
            assertThat(api.withAuthorization(PortalApi.basic(USER, NEW_PASSWORD), "/api/v1/requests").status())
                    .isEqualTo(200);
            browser.loginToHome(USER, NEW_PASSWORD);

            browser.go(pathOf(link));
            assertThat(browser.text()).contains("このリンクは無効か、有効期限が切れています。");
        }
    }

    @Test
    void anUnknownUserGetsTheSameAnswerAndNoMail() throws Exception {
        mailbox.purge();
        try (Browser browser = Browser.desktop(portal)) {
            browser.go("/login.xhtml");
            browser.click("#loginForm\\:forgot");
            browser.type("#requestForm\\:username", "no-such-user");
            browser.click("#requestForm\\:reset");
            assertThat(browser.find("#requestForm\\:messages").getText()).contains(SENT);
        }
        assertThat(mailbox.await(Mailbox.subjectContains(SUBJECT), Duration.ofSeconds(8))).isEmpty();
    }

    private static String requestReset(Browser browser, String username) throws Exception {
        mailbox.purge();
        browser.go("/login.xhtml");
        browser.click("#loginForm\\:forgot");
        browser.waitForUrl("/password-reset/request.xhtml");
        assertThat(browser.text()).contains("ユーザ名", "パスワードリセット", "キャンセル");
        browser.type("#requestForm\\:username", username);
        browser.click("#requestForm\\:reset");
        assertThat(browser.find("#requestForm\\:messages").getText()).contains(SENT);
        browser.screenshot("password-reset-requested");
        MimeMessage mail = mailbox.await(Mailbox.subjectContains(SUBJECT).and(Mailbox.to(username + "@example.jp")),
                Duration.ofSeconds(30)).orElseThrow(() -> new AssertionError("no reset mail to " + username));
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
