package jp.sosportal.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Base64;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import jp.sosportal.demo.boundary.DemoData;

/**
 * SPEC.md §8 and §9 in the browser: a batch admin uploads a Shift_JIS daily survey file, reads the dry run's
 * counts and rejects, starts the load and sees it complete in the executions table; a とりまとめ団体 uploads for
 * its members only.
 */
class SurveyUploadIT {

    static final String PASSWORD = DemoData.PASSWORD;
    static final String HEADER = "医療機関コード,回答日,うち抗原定量検査実施人数,うち抗原定性検査(簡易キット)実施人数,入院中,"
            + "新型コロナウイルス感染患者受入可能数,診療・検査医療機関(検体採取等を行う地域外来・検査センターを含む),PCR検査実施の可否\r\n";
    static RunningPortal portal;

    @BeforeAll
    static void start() {
        portal = RunningPortal.get();
    }

    @Test
    void aBatchAdminDryRunsThenLoadsACp932FileAndWatchesItComplete() throws Exception {
        LocalDate yesterday = LocalDate.now(ZoneId.of("Asia/Tokyo")).minusDays(1);
        Path file = csv("daily-sjis", HEADER
                + "1330000001," + yesterday + ",０,７,０,０,あり,可能\r\n"
                + "9999999990," + yesterday + ",0,0,0,0,なし,不可\r\n");
        try (Browser browser = Browser.desktop(portal)) {
            browser.loginToHome("batch", PASSWORD);
            browser.click("#batch");
            browser.waitForUrl("/batch/index.xhtml");
            upload(browser, file);

            String summary = awaitText(browser, "#dryRunSummary");
            assertThat(summary).endsWith(": 読込2件、取込予定1件、除外1件(試行のため取り込んでいません)");
            assertThat(browser.find("#runs\\:dryRunRejects").getText())
                    .contains("3", "医療機関コード", "9999999990", "医療機関マスタに登録されていません");
            browser.screenshot("batch-dry-run");

            browser.click("#runs\\:load");
            browser.click(".ui-confirmdialog-yes");
            new WebDriverWait(browser.driver(), Duration.ofSeconds(60)).until(ExpectedConditions.textToBePresentInElementLocated(
                    By.cssSelector("#runs\\:executions"), "読込2件、取込1件、除外1件"));
            String table = browser.find("#runs\\:executions").getText();
            assertThat(table).contains("日次調査の取込 (試行)", "完了", "2 / 1 / 1", "除外レポート");
            browser.screenshot("batch-executions");
        }
        // The institution now has that day's answer, full-width digits read (through the validated API client).
        var answer = new PortalApi(portal).get("testcenter", "/api/v1/institutions/1330000001/daily-surveys/" + yesterday)
                .ok(200);
        assertThat(answer.getInt("antigenQualitativeTests")).isEqualTo(7);
        assertThat(answer.getBoolean("pcrAvailable")).isTrue();
    }

    @Test
    void anAggregatorLoadsForItsMembersOnly() throws Exception {
        LocalDate yesterday = LocalDate.now(ZoneId.of("Asia/Tokyo")).minusDays(1);
        Path file = csv("aggregator", HEADER
                + "1320000001," + yesterday + ",0,3,0,0,あり,不可\r\n"
                + "1310000001," + yesterday + ",0,3,0,0,あり,不可\r\n");
        try (Browser browser = Browser.desktop(portal)) {
            browser.login("aggregator", PASSWORD);
            browser.click("#surveyUpload");
            browser.waitForUrl("/survey/upload.xhtml");
            upload(browser, file);

            assertThat(awaitText(browser, "#dryRunSummary")).endsWith(": 読込2件、取込予定1件、除外1件(試行のため取り込んでいません)");
            assertThat(browser.find("#runs\\:dryRunRejects").getText()).contains(
                    "医療機関コード「1310000001」は東京都医師会とりまとめ団体の会員医療機関ではないため、取り込めません。");
            assertThat(browser.text()).doesNotContain("停止", "再開");
        }
    }

    @Test
    void aBatchAdminWatchesTheProgressBarOfALongRunMoveAndEndAtAHundred() throws Exception {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Tokyo"));
        int total = 100_000; // long enough for several polls of the page on a quiet machine too
        StringBuilder rows = new StringBuilder(HEADER);
        for (int i = 1; i <= total; i++) {
            // Every other row names an institution that is not in the master: a reject line is written for each,
            // which keeps even a dry run (nothing loaded, the demo data untouched) busy for several polls.
            rows.append(i % 2 == 0 ? "9999999990" : "1330000001").append(',').append(today.minusDays(1000 + i))
                    .append(",0,1,0,0,あり,可能\r\n");
        }
        String name = "progress-" + System.currentTimeMillis();
        Path file = csv(name, rows.toString());
        try (Browser browser = Browser.desktop(portal)) {
            browser.loginToHome("batch", PASSWORD);
            browser.click("#batch");
            browser.waitForUrl("/batch/index.xhtml");
            upload(browser, file);

            java.util.SortedSet<Integer> seen = new java.util.TreeSet<>();
            long deadline = System.nanoTime() + Duration.ofSeconds(300).toNanos();
            while (browser.driver().findElements(By.id("dryRunSummary")).isEmpty() && System.nanoTime() < deadline) {
                String value = barOf(browser, name);
                if (value != null && !value.isEmpty() && seen.add(Integer.parseInt(value)) && seen.size() == 2) {
                    showExecutions(browser);
                    browser.screenshot("batch-progress-running");
                }
                Thread.sleep(100);
            }
            assertThat(browser.find("#dryRunSummary").getText())
                    .endsWith(": 読込100000件、取込予定50000件、除外50000件(試行のため取り込んでいません)");
            assertThat(seen).as("the bar's values at the polls").anyMatch(v -> v > 0 && v < 100);
            new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(d -> "100".equals(barOf(browser, name)));
            String row = rowOf(browser, name);
            assertThat(row).contains("完了", "100%", "100,000 / 100,000行", "行/秒");
            showExecutions(browser);
            browser.screenshot("batch-progress-done");
            // The bars in their running and finished states; the whole page is EveryPageAccessibleIT's (issue 22).
            Accessibility.assertNoSeriousViolationsIn(browser, "the batch page's progress bars", ".batch-progress");

            String id = row.strip().split("\\s+")[0];
            HttpResponse<String> execution = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                            portal.uri("/api/v1/batch/executions/" + id))
                    .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                            ("batch:" + PASSWORD).getBytes(StandardCharsets.UTF_8))).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(execution.body()).contains("\"read\":100000", "\"written\":50000", "\"skipped\":50000",
                    "\"records\":100000", "\"percent\":100.0", "\"secondsLeft\":0").containsPattern(
                    "\"rowsPerSecond\":[1-9]");
        }
    }

    /** The aria-valuenow of the progress bar in the executions table's row of that file (null when none). */
    private static String barOf(Browser browser, String fileName) {
        return (String) ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript(
                "const row = Array.from(document.querySelectorAll('[id=\"runs:executions\"] tbody tr'))"
                        + ".find(tr => tr.textContent.includes(arguments[0]));"
                        + "const bar = row && row.querySelector('[role=progressbar]');"
                        + "return bar ? bar.getAttribute('aria-valuenow') : null;", fileName + ".csv");
    }

    private static void showExecutions(Browser browser) {
        ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript(
                "document.getElementById('runs:executions').scrollIntoView()");
    }

    private static String rowOf(Browser browser, String fileName) {
        return browser.driver().findElements(By.cssSelector("#runs\\:executions tbody tr")).stream()
                .map(org.openqa.selenium.WebElement::getText).filter(text -> text.contains(fileName + ".csv"))
                .findFirst().orElseThrow();
    }

    private static void upload(Browser browser, Path file) {
        browser.driver().findElement(By.cssSelector("input[type=file]")).sendKeys(file.toAbsolutePath().toString());
        browser.click("#upload\\:dryRun");
    }

    private static String awaitText(Browser browser, String selector) {
        return new WebDriverWait(browser.driver(), Duration.ofSeconds(60))
                .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(selector))).getText();
    }

    private static Path csv(String name, String content) throws Exception {
        Path dir = Files.createDirectories(Path.of("target/e2e-uploads"));
        Path file = dir.resolve(name + ".csv");
        Files.writeString(file, content, java.nio.charset.Charset.forName("windows-31j"));
        return file;
    }
}
