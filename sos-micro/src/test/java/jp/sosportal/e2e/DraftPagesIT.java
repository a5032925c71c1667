package jp.sosportal.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chromium.ChromiumNetworkConditions;
import org.openqa.selenium.chromium.HasNetworkConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import jp.sosportal.demo.boundary.DemoData;

/**
 * Drafts kept in the browser (issue 15): what is typed survives a dropped connection and a lost session, a
 * successful save and a logout clear it, another user on the same browser never sees it, and nothing is sent.
 */
class DraftPagesIT {

    static final String OFFLINE = "接続できませんでした。入力内容はこの端末に保存されています。";
    static final String TYPED = "手袋が3日分しかありません(下書きのテスト)";

    static RunningPortal portal;
    static PortalApi api;

    @BeforeAll
    static void start() {
        portal = RunningPortal.get();
        api = new PortalApi(portal);
    }

    @Test
    void aRequestTypedBeforeTheConnectionAndTheSessionWentIsOfferedBackAndASaveClearsIt() {
        long before = api.requestCount("hospital");
        try (Browser browser = Browser.desktop(portal)) {
            browser.loginToHome("hospital", DemoData.PASSWORD);
            browser.go("/sos/new.xhtml");
            assertThat(browser.driver().findElements(By.id("draftPrompt"))).as("no draft yet").isEmpty();
            browser.click("#requestForm\\:conditionsConfirmed .ui-chkbox-box");
            browser.click(SosPagesIT.itemCheckbox(4));
            browser.type("#requestForm\\:comment", TYPED);

            HasNetworkConditions network = (HasNetworkConditions) browser.driver();
            ChromiumNetworkConditions offline = new ChromiumNetworkConditions();
            offline.setOffline(true);
            network.setNetworkConditions(offline);
            browser.click("#requestForm\\:save");
            assertThat(browser.waitForText("#draftOffline", OFFLINE)).isEqualTo(OFFLINE);
            assertThat(browser.find("#draftOffline").getAttribute("role")).isEqualTo("alert");
            assertThat(browser.find("#requestForm\\:comment").getAttribute("value")).isEqualTo(TYPED);
            browser.screenshot("draft-offline-save");
            network.deleteNetworkConditions();

            // The session is gone (a timeout, a crashed node): the form comes back only after logging in again.
            browser.driver().manage().deleteAllCookies();
            browser.go("/sos/new.xhtml");
            browser.waitForUrl("/login.xhtml");
            browser.loginToHome("hospital", DemoData.PASSWORD);
            browser.go("/sos/new.xhtml");
            String prompt = browser.find("#draftPrompt").getText();
            assertThat(prompt).matches("(?s)入力途中の内容があります（\\d{4}/\\d{2}/\\d{2} \\d{2}:\\d{2}）。復元しますか？.*")
                    .contains("復元する", "破棄する");
            assertThat(browser.find("#draftPrompt").getAttribute("role")).isEqualTo("alert");
            assertThat(browser.driver().switchTo().activeElement().getAttribute("id"))
                    .as("the keyboard is on 「復元する」").isEqualTo("draftRestore");
            assertThat(browser.find("#requestForm\\:comment").getAttribute("value")).as("not restored unasked").isEmpty();
            browser.screenshot("draft-restore-prompt");
            Accessibility.assertNoSeriousViolations(browser, "draft restore prompt");

            browser.click("#draftRestore");
            assertThat(browser.find("#requestForm\\:comment").getAttribute("value")).isEqualTo(TYPED);
            assertThat(browser.driver().findElement(By.id("requestForm:conditionsConfirmed_input")).isSelected()).isTrue();
            assertThat(browser.driver().findElement(By.id("requestForm:items:4")).isSelected()).isTrue();
            assertThat(browser.driver().findElement(By.id("requestForm:items:0")).isSelected()).isFalse();
            assertThat(browser.find("#requestForm\\:conditionsConfirmed .ui-chkbox-box").getAttribute("class"))
                    .as("the check box looks checked too").contains("ui-state-active");
            browser.screenshot("draft-restored");
            assertThat(api.requestCount("hospital")).as("nothing was sent while typing").isEqualTo(before);

            browser.click("#requestForm\\:save");
            browser.waitForUrl("/sos/detail.xhtml");
            assertThat(browser.text()).contains(TYPED);
            assertThat(drafts(browser)).as("a successful save clears the draft").isEmpty();
            browser.go("/sos/new.xhtml");
            browser.find("h1");
            assertThat(browser.driver().findElements(By.id("draftPrompt"))).isEmpty();
        }
        assertThat(api.requestCount("hospital")).isEqualTo(before + 1);
    }

    @Test
    void loggingOutOrAnotherUserLoggingInClearsTheDraftsAndDiscardingForgetsOne() {
        try (Browser browser = Browser.phone(portal)) {
            browser.loginToHome("clinic", DemoData.PASSWORD);
            browser.go("/survey/daily.xhtml");
            browser.type("#dailyForm\\:inpatients", "7");
            awaitDraft(browser, "clinic|survey-daily");

            browser.go("/survey/daily.xhtml");
            assertThat(browser.find("#draftPrompt").getText()).contains("入力途中の内容があります");
            assertThat(browser.fitsItsWidth()).as("the prompt fits a phone").isTrue();
            browser.screenshot("phone-draft-prompt");
            browser.click("#draftDiscard");
            assertThat(browser.driver().findElements(By.id("draftPrompt"))).isEmpty();
            assertThat(drafts(browser)).as("「破棄する」 forgets it").isEmpty();

            browser.type("#dailyForm\\:inpatients", "8");
            awaitDraft(browser, "clinic|survey-daily");
            browser.click("#userForm\\:logout");
            browser.waitForUrl("/login.xhtml");
            browser.loginToHome("clinic", DemoData.PASSWORD);
            assertThat(drafts(browser)).as("logging out cleared the draft").isEmpty();

            browser.go("/survey/weekly.xhtml");
            browser.type("#weeklyForm\\:rows\\:0\\:stock", "123");
            awaitDraft(browser, "clinic|survey-weekly");
            browser.driver().manage().deleteAllCookies(); // walked away without logging out
            browser.loginToHome("testcenter", DemoData.PASSWORD);
            assertThat(drafts(browser)).as("the next user of a shared PC does not get clinic's draft").isEmpty();
            browser.go("/survey/weekly.xhtml");
            browser.find("h1");
            assertThat(browser.driver().findElements(By.id("draftPrompt"))).isEmpty();
        }
    }

    @Test
    void aDraftOlderThanSevenDaysIsDropped() {
        try (Browser browser = Browser.desktop(portal)) {
            browser.loginToHome("hospital2", DemoData.PASSWORD);
            JavascriptExecutor page = (JavascriptExecutor) browser.driver();
            long eightDaysAgo = System.currentTimeMillis() - 8L * 24 * 60 * 60 * 1000;
            long sixDaysAgo = System.currentTimeMillis() - 6L * 24 * 60 * 60 * 1000;
            page.executeScript("localStorage.setItem('sos.draft|hospital2|survey-daily|new', JSON.stringify("
                    + "{at: arguments[0], values: {'dailyForm:inpatients': '9'}}));"
                    + "localStorage.setItem('sos.draft|hospital2|survey-weekly|new', JSON.stringify("
                    + "{at: arguments[1], values: {'weeklyForm:rows:0:stock': '77'}}));", eightDaysAgo, sixDaysAgo);
            browser.go("/survey/daily.xhtml");
            browser.find("h1");
            assertThat(browser.driver().findElements(By.id("draftPrompt"))).isEmpty();
            assertThat(drafts(browser)).containsExactly("sos.draft|hospital2|survey-weekly|new");
            browser.go("/survey/weekly.xhtml");
            browser.click("#draftRestore");
            assertThat(browser.find("#weeklyForm\\:rows\\:0\\:stock").getAttribute("value")).isEqualTo("77");
        }
    }

    @Test
    void aDraftOfARequestThatIsGoneIsIgnoredAndCleared() {
        long kept = ((Number) api.createRequest("hospital", "1310000001", List.of("SURGICAL_MASK"), "下書きが残る申請")
                .get("id")).longValue();
        long gone = 987_654_321L; // no such request (deleted in the database, say)
        try (Browser browser = Browser.desktop(portal)) {
            browser.loginToHome("hospital", DemoData.PASSWORD);
            JavascriptExecutor page = (JavascriptExecutor) browser.driver();
            page.executeScript("for (const id of arguments) { localStorage.setItem('sos.draft|hospital|request|' + id,"
                    + " JSON.stringify({at: Date.now(), values: {'requestForm:comment': '下書き ' + id}})); }",
                    String.valueOf(kept), String.valueOf(gone), "new");
            browser.go("/sos/edit.xhtml?id=" + gone);
            assertThat(browser.driver().findElements(By.id("draftPrompt"))).as("nothing offered for it").isEmpty();

            browser.go("/sos/list.xhtml");
            browser.find("h1");
            assertThat(drafts(browser)).as("the list clears the draft of a request that is not there")
                    .containsExactlyInAnyOrder("sos.draft|hospital|request|" + kept, "sos.draft|hospital|request|new");
            browser.go("/sos/edit.xhtml?id=" + kept);
            assertThat(browser.find("#draftPrompt").getText()).contains("入力途中の内容があります");
            browser.click("#draftDiscard");
        }
    }

    /** The draft keys in this browser's localStorage. */
    @SuppressWarnings("unchecked")
    static List<String> drafts(Browser browser) {
        return (List<String>) ((JavascriptExecutor) browser.driver()).executeScript(
                "return Object.keys(localStorage).filter(function (k) { return k.indexOf('sos.draft|') === 0; });");
    }

    static void awaitDraft(Browser browser, String part) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(5))
                .until(driver -> drafts(browser).stream().anyMatch(key -> key.contains(part)));
    }
}
