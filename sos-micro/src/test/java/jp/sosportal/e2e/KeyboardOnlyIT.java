package jp.sosportal.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

import jp.sosportal.demo.boundary.DemoData;

/**
 * Issue 22 §3: the request form, the system check dialog and the reviewer table with Tab, Shift+Tab, Enter and
 * Space alone ({@link Keyboard}: no click anywhere), each control showing where the focus is.
 */
class KeyboardOnlyIT {

    static RunningPortal portal;
    static PortalApi api;

    @BeforeAll
    static void start() {
        portal = RunningPortal.get();
        api = new PortalApi(portal);
    }

    @Test
    void staffWriteSaveCheckAndSubmitARequestWithTheKeyboardOnly() {
        try (Browser browser = Browser.desktop(portal)) {
            Keyboard keys = new Keyboard(browser).logIn("hospital", DemoData.PASSWORD);

            // the first stop skips the menus: Enter on it and the next Tab is in the page's content
            keys.press(Keys.TAB);
            assertThat(keys.focusIn(".skip")).as("the skip link first, on %s", keys.describeFocus()).isTrue();
            keys.assertFocusVisible().press(Keys.ENTER).press(Keys.TAB);
            assertThat(keys.focusIn("main")).as("in the content after the skip link: %s", keys.describeFocus()).isTrue();

            keys.tabTo("#sos").press(Keys.ENTER);
            browser.waitForUrl("/sos/list.xhtml");
            keys.tabTo("#listForm\\:new").press(Keys.ENTER);
            browser.waitForUrl("/sos/new.xhtml");

            keys.tabTo("#requestForm\\:conditionsConfirmed").press(Keys.SPACE);
            keys.tabTo("#requestForm\\:items\\:0").press(Keys.SPACE);
            keys.tabTo("#requestForm\\:items\\:4").press(Keys.SPACE);
            assertThat(browser.driver().findElement(By.id("requestForm:conditionsConfirmed_input")).isSelected()).isTrue();
            assertThat(browser.driver().findElement(By.id("requestForm:items:0")).isSelected()).isTrue();
            keys.tabTo("#requestForm\\:comment").type("キーボードだけで入力しました");
            keys.tabTo("#requestForm\\:save").press(Keys.ENTER);
            browser.waitForUrl("/sos/detail.xhtml");
            assertThat(browser.find("#statusLabel").getText()).isEqualTo("未申請");
            assertThat(browser.find("#items").getText()).contains("①サージカルマスク", "⑤非滅菌手袋");
            assertThat(browser.find("#comment").getText()).isEqualTo("キーボードだけで入力しました");

            keys.tabTo("#detailForm\\:precheck").press(Keys.ENTER);
            browser.waitForText("#precheckVerdict", "すべての条件を満たしています");
            assertThat(keys.focusIn("#precheckVerdict")).as("the result takes the focus, not %s", keys.describeFocus())
                    .isTrue();
            keys.assertFocusVisible().backTo("#detailForm\\:submit").press(Keys.ENTER);
            assertThat(browser.find("#dialogAccepted").getText()).isEqualTo("緊急配布要請を受け付けました。");
            keys.tabTo("#done");
            assertThat(keys.focusIn("#submitDialog")).isTrue();
            keys.press(Keys.TAB);
            assertThat(keys.focusIn("#submitDialog")).as("the open dialog keeps the focus: %s", keys.describeFocus())
                    .isTrue();
            keys.tabTo("#done").press(Keys.ENTER);
            browser.waitForText("#statusLabel", "都道府県・国確認中");
            browser.screenshot("keyboard-submitted");
        }
    }

    @Test
    void aReviewerFocusesARowOfTheTableSelectsItAndOpensItsRequestWithTheKeyboardOnly() {
        for (int i = 0; i < 2; i++) {
            long id = ((Number) api.createRequest("hospital", "1310000001", List.of("SURGICAL_MASK"), "キーボード確認")
                    .get("id")).longValue();
            api.submit("hospital", id);
        }
        try (Browser browser = Browser.desktop(portal)) {
            Keyboard keys = new Keyboard(browser).logIn("pref-tokyo", DemoData.PASSWORD);
            keys.tabTo("#review").press(Keys.ENTER);
            browser.waitForUrl("/review/requests.xhtml");

            keys.tabTo("#tableForm\\:requests_data"); // the row the table stands on shows it (assertFocusVisible)
            keys.press(Keys.ARROW_DOWN).assertFocusVisible();
            String row = "#tableForm\\:requests_data > tr.ui-state-hover";
            String key = browser.find(row).getAttribute("data-rk");
            assertThat(browser.find(row).getAttribute("data-ri")).as("the second row after ↓").isEqualTo("1");
            keys.press(Keys.SPACE);
            assertThat(browser.find("#tableForm\\:requests_data > tr[data-rk='" + key + "']").getAttribute("aria-selected"))
                    .as("Space selects the row").isEqualTo("true");
            browser.screenshot("keyboard-review-row");

            keys.tabTo("#tableForm\\:requests_data > tr[data-rk='" + key + "'] a").press(Keys.ENTER);
            browser.waitForUrl("/review/request.xhtml?id=" + key);
            assertThat(browser.find("h1").getText()).endsWith("_東京都立新宿病院_緊急配布要請");
        }
    }
}
