package jp.sosportal.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import jp.sosportal.demo.boundary.DemoData;

/**
 * Issue 8's reviewer table in the browser: a prefecture reviewer filters, sorts on two columns, hides a column
 * (still hidden after a reload), downloads the CSV export and its rows are those of the table; an export over
 * the limit only shows the message; the dashboard; the open data without a login.
 */
class ReviewTablePagesIT {

    static RunningPortal portal;
    static PortalApi api;

    @BeforeAll
    static void start() {
        portal = RunningPortal.get();
        api = new PortalApi(portal);
    }

    @Test
    void aPrefectureReviewerFiltersSortsHidesAColumnAndDownloadsTheRows() throws Exception {
        for (int i = 0; i < 2; i++) {
            long id = ((Number) api.createRequest("hospital", "1310000001", List.of("SURGICAL_MASK"), "CSV出力の確認")
                    .get("id")).longValue();
            api.submit("hospital", id);
        }
        Path downloads = Files.createTempDirectory(Path.of("target"), "downloads");
        try (Browser browser = Browser.downloading(portal, downloads)) {
            browser.loginToHome("pref-tokyo", DemoData.PASSWORD);
            browser.go("/review/requests.xhtml");
            choose(browser, "#filterForm\\:item", "①サージカルマスク");
            browser.click("#filterForm\\:search");
            waitForAjax(browser); // the table already showed masks before: wait for the filtered one
            browser.waitForText("#tableForm\\:requests", "サージカルマスク");

            // 医療機関ID descending, then 申請日時 ascending (ctrl-click adds the second key)
            browser.click("#tableForm\\:requests\\:institutionCode");
            waitForAjax(browser);
            browser.click("#tableForm\\:requests\\:institutionCode");
            waitForAjax(browser);
            new Actions(browser.driver()).keyDown(Keys.CONTROL)
                    .click(browser.find("#tableForm\\:requests\\:submittedAt")).keyUp(Keys.CONTROL).perform();
            waitForAjax(browser);
            List<List<String>> table = rows(browser);
            assertThat(table).isNotEmpty();
            for (int i = 1; i < table.size(); i++) {
                List<String> previous = table.get(i - 1);
                List<String> row = table.get(i);
                assertThat(row.get(4).compareTo(previous.get(4))).as("医療機関ID descending").isLessThanOrEqualTo(0);
                if (row.get(4).equals(previous.get(4))) {
                    assertThat(row.get(1).compareTo(previous.get(1))).as("then 申請日時 ascending").isGreaterThanOrEqualTo(0);
                }
            }
            long total = total(browser);
            browser.screenshot("review-table-sorted");

            browser.click("#tableForm\\:exportCsv");
            Path csv = awaitDownload(downloads, ".csv");
            byte[] bytes = Files.readAllBytes(csv);
            assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
            List<CSVRecord> records = parse(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8));
            assertThat(records.get(0).toList()).containsExactly("タイトル", "申請日時", "対応予定日", "医療機関名",
                    "医療機関ID", "医療機関種別", "都道府県", "物資", "対応ステータス", "確認段階");
            List<CSVRecord> data = records.subList(1, records.size());
            assertThat((long) data.size()).isEqualTo(total);
            assertThat(data).allSatisfy(row -> {
                assertThat(row.get(6)).isEqualTo("東京都");
                assertThat(row.get(7)).contains("①サージカルマスク");
                assertThat(row.get(8)).isEqualTo("都道府県・国確認中");
            });
            // the file keeps the table's order: the first page's (申請日時, 医療機関ID) pairs come first
            assertThat(data.subList(0, table.size()).stream().map(row -> List.of(row.get(1), row.get(4))).toList())
                    .isEqualTo(table.stream().map(row -> List.of(row.get(1), row.get(4))).toList());

            browser.click("#tableForm\\:toggler");
            browser.find(".ui-columntoggler");
            browser.driver().findElements(By.cssSelector(".ui-columntoggler-items li")).stream()
                    .filter(item -> item.getText().contains("医療機関ID")).findFirst().orElseThrow()
                    .findElement(By.cssSelector(".ui-chkbox-box")).click();
            waitForAjax(browser);
            browser.go("/review/requests.xhtml");
            assertThat(headers(browser)).contains("申請日時").doesNotContain("医療機関ID");
            // the two sort keys are kept too, as the filters and the columns are (the export follows them): 申請日時
            // ascending, second (its badge), after the now hidden 医療機関ID
            WebElement submittedAt = browser.find("#tableForm\\:requests\\:submittedAt");
            assertThat(submittedAt.getAttribute("aria-sort")).isEqualTo("ascending");
            assertThat(submittedAt.getText().lines()).containsExactly("申請日時", "2");
            browser.screenshot("review-table-column-hidden");
        }
    }

    @Test
    void onAPhoneTheTableAndItsFiltersFitTheScreen() {
        try (Browser browser = Browser.phone(portal)) {
            browser.loginToHome("pref-tokyo", DemoData.PASSWORD);
            browser.go("/review/requests.xhtml");
            browser.find("#tableForm\\:requests");
            assertThat(browser.fitsItsWidth()).as("no sideways scrolling at 390 px").isTrue();
            browser.screenshot("review-table-phone");
        }
    }

    @Test
    void anExportOverTheLimitOnlyExplains() throws Exception {
        String found = api.get("national", "/api/v1/requests?prefecture=13&size=1").body();
        long tokyo = Long.parseLong(found.replaceAll("(?s).*\"total\":(\\d+).*", "$1"));
        for (long i = tokyo; i <= RunningPortal.EXPORT_LIMIT; i++) {
            api.createRequest("clinic", "1320000001", List.of("FACE_SHIELD"), "上限の確認");
        }
        Path downloads = Files.createTempDirectory(Path.of("target"), "downloads");
        try (Browser browser = Browser.downloading(portal, downloads)) {
            browser.loginToHome("pref-tokyo", DemoData.PASSWORD);
            browser.go("/review/requests.xhtml");
            browser.click("#filterForm\\:clear");
            waitForAjax(browser);
            assertThat(total(browser)).isGreaterThan(RunningPortal.EXPORT_LIMIT);
            browser.click("#tableForm\\:exportCsv");
            String message = browser.find("#tableForm\\:exportMessages .ui-messages-error").getText();
            assertThat(message).contains("一度に出力できる " + RunningPortal.EXPORT_LIMIT + " 件を超えています",
                    "絞り込み条件を追加して");
            browser.screenshot("review-export-over-limit");
            browser.click("#tableForm\\:exportXlsx");
            browser.find("#tableForm\\:exportMessages .ui-messages-error");
            Thread.sleep(1000);
            try (Stream<Path> files = Files.list(downloads)) {
                assertThat(files.toList()).as("nothing generated").isEmpty();
            }
        }
    }

    @Test
    void theDashboardShowsTheReviewersOwnPrefecture() {
        try (Browser browser = Browser.desktop(portal)) {
            browser.loginToHome("pref-osaka", DemoData.PASSWORD);
            browser.click("#dashboard");
            browser.waitForUrl("/review/dashboard.xhtml");
            assertThat(browser.text()).contains("要請のダッシュボード", "大阪府の要請", "物資別の承認数量と配布数量(個)");
            assertThat(browser.find("#statusTable").getText()).doesNotContain("東京都");
            assertThat(browser.driver().findElements(By.cssSelector("canvas"))).hasSize(4);
            browser.screenshot("review-dashboard");
        }
        try (Browser browser = Browser.desktop(portal)) {
            browser.loginToHome("hospital", DemoData.PASSWORD);
            browser.go("/review/dashboard.xhtml");
            assertThat(browser.text()).contains("アクセスできません").doesNotContain("要請のダッシュボード");
        }
    }

    @Test
    void openDataNeedsNoLoginTellsNoInstitutionAndIsCached() throws Exception {
        long id = ((Number) api.createRequest("hospital", "1310000001", List.of("SURGICAL_MASK"), "オープンデータ")
                .get("id")).longValue();
        api.submit("hospital", id);
        api.confirm("pref-tokyo", id);
        api.accept("national", id);

        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> csv = http.send(HttpRequest.newBuilder(portal.uri("/opendata/requests.csv")).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Cache-Control").orElseThrow()).contains("max-age=600");
        List<CSVRecord> records = parse(csv.body());
        assertThat(records.get(0).toList()).containsExactly("date", "prefecture_code", "prefecture_name", "item_code",
                "item_name", "accepted_requests", "approved_quantity", "distributed_quantity");
        String today = LocalDate.now(ZoneId.of("Asia/Tokyo")).toString();
        assertThat(records).anySatisfy(row -> {
            assertThat(row.get(0)).isEqualTo(today);
            assertThat(row.get(1)).isEqualTo("13");
            assertThat(row.get(3)).isEqualTo("SURGICAL_MASK");
            assertThat(Long.parseLong(row.get(5))).isGreaterThanOrEqualTo(1);
        });
        assertThat(csv.body()).doesNotContain("東京都立新宿病院", "1310000001", "hospital");

        String etag = csv.headers().firstValue("ETag").orElseThrow();
        assertThat(etag).matches("\"c[0-9a-f]{32}\"");
        HttpResponse<String> again = http.send(HttpRequest.newBuilder(portal.uri("/opendata/requests.csv"))
                .header("If-None-Match", etag).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(again.statusCode()).isEqualTo(304);

        HttpResponse<String> json = http.send(HttpRequest.newBuilder(portal.uri("/opendata/requests.json")).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(json.statusCode()).isEqualTo(200);
        assertThat(json.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/json");
        assertThat(json.body()).contains("\"rows\":[", "\"date\":\"" + today + "\"", "\"prefecture_name\":\"東京都\"")
                .doesNotContain("東京都立新宿病院", "1310000001");
        assertThat(http.send(HttpRequest.newBuilder(portal.uri("/opendata/other.csv")).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode()).isEqualTo(404);
    }

    // ---------------------------------------------------------------------------------------------------------

    /**
     * Picks an option of a PrimeFaces select menu through its widget, and waits until the menu shows it. (Clicking
     * the option in the opened panel was flaky here: the sticky top bar sometimes took the click.)
     */
    private static void choose(Browser browser, String menu, String label) {
        String id = menu.substring(1).replace("\\:", ":");
        String value = browser.driver().findElements(By.cssSelector(menu + "_input option")).stream()
                .filter(option -> label.equals(option.getAttribute("textContent").trim())).findFirst().orElseThrow()
                .getAttribute("value");
        ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript(
                "PrimeFaces.getWidgetById(arguments[0]).selectValue(arguments[1]);", id, value);
        new WebDriverWait(browser.driver(), Duration.ofSeconds(15))
                .until(ExpectedConditions.textToBe(By.cssSelector(menu + "_label"), label));
    }

    private static void waitForAjax(Browser browser) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(15)).until(driver -> Boolean.TRUE.equals(
                ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript("return !window.PrimeFaces || PrimeFaces.ajax.Queue.isEmpty();")));
    }

    /** The data cells of each row on the page, without the bulk selection's check box column. */
    private static List<List<String>> rows(Browser browser) {
        return browser.driver().findElements(By.cssSelector("#tableForm\\:requests_data tr")).stream()
                .map(tr -> tr.findElements(By.cssSelector("td:not(.ui-selection-column)")).stream()
                        .map(ReviewTablePagesIT::cellText).toList())
                .toList();
    }

    /** A reflowed cell carries its column title too: keep the value only. */
    private static String cellText(WebElement td) {
        String title = td.findElements(By.cssSelector(".ui-column-title")).stream().map(WebElement::getText)
                .findFirst().orElse("");
        return td.getText().substring(title.length()).trim();
    }

    /** The visible column titles, without the sort-priority badge of a multi-column sort. */
    private static List<String> headers(Browser browser) {
        return browser.driver().findElements(By.cssSelector("#tableForm\\:requests_head th")).stream()
                .filter(WebElement::isDisplayed).map(th -> th.getText().lines().findFirst().orElse("")).toList();
    }

    /** "12 件中 1–20 件" */
    private static long total(Browser browser) {
        String report = browser.find("#tableForm\\:requests .ui-paginator-current").getText();
        return Long.parseLong(report.substring(0, report.indexOf(' ')).replace(",", ""));
    }

    private static Path awaitDownload(Path dir, String suffix) throws IOException, InterruptedException {
        Instant deadline = Instant.now().plusSeconds(20);
        while (Instant.now().isBefore(deadline)) {
            try (Stream<Path> files = Files.list(dir)) {
                var done = files.filter(file -> file.toString().endsWith(suffix)).findFirst();
                if (done.isPresent()) {
                    return done.get();
                }
            }
            Thread.sleep(200);
        }
        throw new AssertionError("no " + suffix + " in " + dir);
    }

    private static List<CSVRecord> parse(String text) throws IOException {
        try (Reader reader = new StringReader(text)) {
            return CSVFormat.RFC4180.parse(reader).getRecords();
        }
    }
}
