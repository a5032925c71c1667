package jp.sosportal.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import jp.sosportal.demo.boundary.DemoData;

/**
 * Issue 19 in the browser: the system admin creates an institution (a duplicate code is refused at the field),
 * edits it, deactivates it, finds it in the master's table as 無効 and exports it; then imports a master file whose
 * one bad row is rejected with its reason and nothing imported, and the corrected file is imported. Every new page
 * is axe-clean. Codes are random and in 沖縄県, where the demo data have nothing, so no other test is disturbed.
 */
class InstitutionMasterPagesIT {

    static final String HEADER = "医療機関コード,医療機関名,医療機関種別,都道府県,とりまとめ団体コード,住所,連絡先電話番号,有効\r\n";

    @Test
    void theAdminCreatesEditsDeactivatesAndImportsInstitutions() throws Exception {
        RunningPortal portal = RunningPortal.get();
        String code = code();
        Path downloads = Files.createTempDirectory(Path.of("target"), "institutions");
        try (Browser browser = Browser.downloading(portal, downloads)) {
            browser.loginToHome("admin", DemoData.PASSWORD);
            browser.click("#adminInstitutions");
            browser.waitForUrl("/admin/institutions.xhtml");
            Accessibility.assertNoSeriousViolations(browser, "the institution master");

            browser.click("#tableForm\\:create");
            browser.waitForUrl("/admin/institution.xhtml");
            Accessibility.assertNoSeriousViolations(browser, "a new institution");
            fill(browser, code, "ブラウザ試験病院", "病院", "沖縄県");
            browser.type("#institutionForm\\:address", "沖縄県那覇市1-1");
            browser.type("#institutionForm\\:phone", "098-000-0000");
            browser.click("#institutionForm\\:save");
            assertThat(browser.waitForText(".message-info", "登録しました")).contains("「ブラウザ試験病院」を登録しました。");
            assertThat(browser.driver().getCurrentUrl()).contains("id=");
            String page = browser.driver().getCurrentUrl();

            browser.go("/admin/institution.xhtml");
            fill(browser, code, "重複する病院", "診療所", "沖縄県");
            browser.click("#institutionForm\\:save");
            assertThat(browser.waitForText("#institutionForm\\:codeMessage", "既に登録"))
                    .contains("医療機関コード「" + code + "」は既に登録されています。");

            browser.driver().get(page);
            browser.type("#institutionForm\\:name", "ブラウザ試験総合病院");
            browser.click("#institutionForm\\:save");
            browser.waitForText(".message-info", "保存しました");
            assertThat(browser.find("h1").getText()).isEqualTo("ブラウザ試験総合病院");

            browser.click("#institutionForm\\:deactivate");
            browser.click(".ui-confirmdialog-yes");
            assertThat(browser.waitForText("#status", "無効です")).contains("所属する担当者はログインできず");
            assertThat(browser.find("#institutionForm\\:reactivate").isDisplayed()).isTrue();
            browser.screenshot("admin-institution-deactivated");
            Accessibility.assertNoSeriousViolations(browser, "a deactivated institution");

            browser.click("#back");
            browser.waitForUrl("/admin/institutions.xhtml");
            browser.type("#filterForm\\:code", code);
            browser.click("#filterForm\\:search");
            assertThat(browser.waitForText("#tableForm\\:institutions", "1 件中 1–1 件"))
                    .contains(code, "ブラウザ試験総合病院", "病院", "沖縄県", "沖縄県那覇市1-1", "098-000-0000", "無効");
            browser.click("#tableForm\\:exportCsv");
            List<String> exported = Files.readAllLines(awaitDownload(downloads), StandardCharsets.UTF_8);
            assertThat(exported).containsExactly("\uFEFF" + HEADER.strip(),
                    code + ",ブラウザ試験総合病院,病院,沖縄県,,沖縄県那覇市1-1,098-000-0000,無効");

            String imported = code();
            browser.click("#tableForm\\:import");
            browser.waitForUrl("/admin/institution-import.xhtml");
            Accessibility.assertNoSeriousViolations(browser, "the master import");
            upload(browser, csv("master-bad", HEADER
                    + imported + ",取込試験クリニック,診療所,47,,,,\r\n"
                    + code() + ",取込試験歯科,歯科医院,沖縄県,,,,\r\n"));
            assertThat(awaitText(browser, "#dryRunSummary")).contains("除外1件", "何も取り込んでいません");
            assertThat(browser.find("#runs\\:dryRunRejects").getText())
                    .contains("3", "医療機関種別", "歯科医院", "「歯科医院」は医療機関種別として使えません。");
            assertThat(browser.driver().findElements(By.id("runs:load"))).as("nothing to import").isEmpty();
            browser.screenshot("admin-institution-import-rejects");
            Accessibility.assertNoSeriousViolations(browser, "the master import's rejects");

            upload(browser, csv("master-good", HEADER + imported + ",取込試験クリニック,診療所,47,,,,\r\n"));
            assertThat(awaitText(browser, "#dryRunSummary")).endsWith(
                    ": 読込1件、新規1件、更新0件、変更なし0件、除外0件(試行のため取り込んでいません)");
            browser.click("#runs\\:load");
            browser.click(".ui-confirmdialog-yes");
            new WebDriverWait(browser.driver(), Duration.ofSeconds(60)).until(ExpectedConditions
                    .textToBePresentInElementLocated(By.cssSelector("#runs\\:executions"),
                            "読込1件、新規1件、更新0件、変更なし0件、除外0件"));

            browser.go("/admin/institutions.xhtml");
            browser.type("#filterForm\\:code", imported);
            browser.click("#filterForm\\:search");
            assertThat(browser.waitForText("#tableForm\\:institutions", "1 件中 1–1 件"))
                    .contains(imported, "取込試験クリニック", "診療所", "沖縄県", "有効");
        }
    }

    private static void fill(Browser browser, String code, String name, String type, String prefecture) {
        browser.type("#institutionForm\\:code", code);
        browser.type("#institutionForm\\:name", name);
        choose(browser, "#institutionForm\\:type", type);
        choose(browser, "#institutionForm\\:prefecture", prefecture);
    }

    /** Picks an option of a PrimeFaces select menu through its widget (as ReviewTablePagesIT does). */
    private static void choose(Browser browser, String menu, String label) {
        String id = menu.substring(1).replace("\\:", ":");
        String value = browser.driver().findElements(By.cssSelector(menu + "_input option")).stream()
                .filter(option -> label.equals(option.getAttribute("textContent").trim())).findFirst().orElseThrow()
                .getAttribute("value");
        ((JavascriptExecutor) browser.driver()).executeScript(
                "PrimeFaces.getWidgetById(arguments[0]).selectValue(arguments[1]);", id, value);
        new WebDriverWait(browser.driver(), Duration.ofSeconds(15))
                .until(ExpectedConditions.textToBe(By.cssSelector(menu + "_label"), label));
    }

    /** Uploads for a dry run and waits for the page it answers with (an earlier summary goes stale). */
    private static void upload(Browser browser, Path file) {
        var earlier = browser.driver().findElements(By.id("dryRunSummary"));
        browser.driver().findElement(By.cssSelector("input[type=file]")).sendKeys(file.toAbsolutePath().toString());
        browser.click("#upload\\:dryRun");
        earlier.forEach(summary -> new WebDriverWait(browser.driver(), Duration.ofSeconds(15))
                .until(ExpectedConditions.stalenessOf(summary)));
    }

    private static String awaitText(Browser browser, String selector) {
        return new WebDriverWait(browser.driver(), Duration.ofSeconds(60))
                .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(selector))).getText();
    }

    /** A random code of 沖縄県 (47…). */
    private static String code() {
        return "47" + String.format("%08d", Math.abs(UUID.randomUUID().getMostSignificantBits()) % 100_000_000L);
    }

    private static Path csv(String name, String content) throws IOException {
        Path dir = Files.createDirectories(Path.of("target/e2e-uploads"));
        Path file = dir.resolve(name + "-" + System.nanoTime() + ".csv");
        Files.writeString(file, content, java.nio.charset.Charset.forName("windows-31j"));
        return file;
    }

    private static Path awaitDownload(Path dir) throws IOException, InterruptedException {
        Instant deadline = Instant.now().plusSeconds(20);
        while (Instant.now().isBefore(deadline)) {
            try (Stream<Path> files = Files.list(dir)) {
                var done = files.filter(file -> file.toString().endsWith(".csv")).findFirst();
                if (done.isPresent()) {
                    return done.get();
                }
            }
            Thread.sleep(200);
        }
        throw new AssertionError("no CSV in " + dir);
    }
}
