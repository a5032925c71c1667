package jp.sosportal.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

import jp.sosportal.demo.boundary.DemoData;

/**
 * Issue 13 (ASVS 14.4): the pages work under the nonce-based Content-Security-Policy: PrimeFaces widgets, ajax,
 * dialogs and charts run, and the console shows no error (a script the policy refused would be one).
 */
class CspBrowserIT {

    static final String PASSWORD = DemoData.PASSWORD;
    static RunningPortal portal;
    static PortalApi api;

    @BeforeAll
    static void start() {
        portal = RunningPortal.get();
        api = new PortalApi(portal);
    }

    @Test
    void theLoginPageAndTheRequestPagesRunWithoutAConsoleError() {
        long id = ((Number) api.createRequest("hospital", "1310000001", List.of("SURGICAL_MASK"), "CSP")
                .get("id")).longValue();
        try (Browser browser = Browser.desktop(portal)) {
            browser.go("/login.xhtml");
            assertThat(browser.find("h1").getText()).isNotBlank();
            assertThat(browser.consoleErrors()).as("login page").isEmpty();

            browser.loginToHome("hospital", PASSWORD);
            assertThat(browser.consoleErrors()).as("home").isEmpty();

            browser.go("/sos/new.xhtml");
            browser.click("label[for='requestForm:items:0']"); // a PrimeFaces checkbox widget
            assertThat(browser.driver().findElement(By.id("requestForm:items:0")).isSelected()).isTrue();
            assertThat(browser.consoleErrors()).as("request form").isEmpty();

            browser.go("/sos/detail.xhtml?id=" + id);
            browser.click("#detailForm\\:precheck"); // ajax
            browser.waitForText("#precheckVerdict", "すべての条件を満たしています");
            browser.click("#detailForm\\:submit"); // ajax, then the dialog opened by its oncomplete
            assertThat(browser.find("#submitDialog").getText()).contains("完了");
            browser.screenshot("csp-submit-dialog");
            assertThat(browser.consoleErrors()).as("request detail, check and dialog").isEmpty();

            browser.go("/sos/print.xhtml?id=" + id);
            assertThat(browser.find("#printButton").isDisplayed()).isTrue();
            assertThat(browser.consoleErrors()).as("print page").isEmpty();
        }
    }

    @Test
    void theReviewerTableAndTheDashboardChartsRunWithoutAConsoleError() {
        try (Browser browser = Browser.desktop(portal)) {
            browser.loginToHome("pref-tokyo", PASSWORD);
            browser.go("/review/requests.xhtml");
            browser.find("#tableForm\\:requests .ui-paginator-current");
            browser.click("#tableForm\\:requests\\:submittedAt"); // sorting: ajax of the lazy table
            browser.find("#tableForm\\:requests .ui-paginator-current");
            assertThat(browser.consoleErrors()).as("reviewer table").isEmpty();

            browser.go("/review/dashboard.xhtml");
            browser.find("#statusTable");
            // the charts' init scripts ran: Chart.js knows one chart per canvas
            Object drawn = ((JavascriptExecutor) browser.driver()).executeScript(
                    "return window.Chart ? Object.keys(Chart.instances).length : -1;");
            assertThat(((Number) drawn).intValue()).isEqualTo(4);
            browser.screenshot("csp-dashboard");
            assertThat(browser.consoleErrors()).as("dashboard").isEmpty();
        }
    }
}
