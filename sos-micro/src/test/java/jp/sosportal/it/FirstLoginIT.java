package jp.sosportal.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.time.Duration;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import jp.sosportal.e2e.Accessibility;
import jp.sosportal.e2e.Browser;
import jp.sosportal.e2e.PortalApi;

/**
 * Manual 3-1 (SPEC.md §6.3): the first login asks for 担当者名 and メールアドレス before anything else. Every demo
 * account has logged in before, so this runs in a browser on an Arquillian deployment with an account that has
 * not ({@link FirstLoginFixture}).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class FirstLoginIT {


    @ArquillianResource
    URL base;

    /** Manual 3-1: 「初回ログイン時は担当者名とメールアドレスの登録内容をご確認ください」, before anything else. */
    @Test
    void aFirstLoginConfirmsContactNameAndMailBeforeAnythingElse() {
        new PortalApi(base.toString()).awaitReady(Duration.ofSeconds(60));
        try (Browser browser = Browser.open(base.toString(), 1280, 900)) {
            browser.login(FirstLoginFixture.FIRST_LOGIN, FirstLoginFixture.PASSWORD);
            browser.waitForUrl("/profile/confirm.xhtml");
            // Its scripts (idle monitor, keep-alive, drafts) load: the filter must not lead them to the page too.
            assertThat(browser.consoleErrors()).as("console of the confirmation page").isEmpty();
            assertThat(browser.text()).contains("ユーザ基礎情報登録", "※初回ログイン時は担当者名とメールアドレスの登録内容をご確認ください",
                    "担当者名", "メールアドレス");
            assertThat(browser.find("#profileForm\\:contactName").getAttribute("value")).isEqualTo("初回 太郎");
            assertThat(browser.find("#profileForm\\:mail").getAttribute("value")).isEqualTo("first@example.jp");
            Accessibility.assertNoSeriousViolations(browser, "first login");

            browser.go("/sos/list.xhtml");
            browser.waitForUrl("/profile/confirm.xhtml");

            browser.type("#profileForm\\:mail", "first.example.jp");
            browser.click("#profileForm\\:save");
            browser.waitForText("#profileForm\\:mailMessage", "メールアドレスの形式が正しくありません");
            browser.screenshot("first-login-refused");

            browser.type("#profileForm\\:contactName", "初回 花子");
            browser.type("#profileForm\\:mail", "hanako@example.jp");
            browser.click("#profileForm\\:save");
            // A new address needs the current password (issue 13) and waits for the link mailed to it.
            browser.waitForText("#profileForm\\:currentPasswordMessage", "現在のパスワードが正しくありません。");
            browser.type("#profileForm\\:mail", "hanako@example.jp");
            browser.type("#profileForm\\:currentPassword", FirstLoginFixture.PASSWORD);
            browser.click("#profileForm\\:save");
            browser.waitForUrl("/index.xhtml");
            assertThat(browser.text()).contains("担当者名を登録しました。", "新しいメールアドレス(hanako@example.jp)に確認メールを送信しました。",
                    "初回 花子 さん");
            browser.screenshot("first-login-confirmed");

            browser.go("/sos/list.xhtml");
            assertThat(browser.find("h1").getText()).isEqualTo("実施中の緊急配布要請");
        }
    }
}
