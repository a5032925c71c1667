package jp.sosportal.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

import jp.sosportal.demo.boundary.DemoData;

/**
 * SPEC.md §7 in the browser: a prefecture reviewer finds a submitted request in the table, sees the evidence and
 * confirms; the national reviewer accepts; the institution then sees 受付完了. Another prefecture gets 404.
 */
class ReviewPagesIT {

    static RunningPortal portal;
    static PortalApi api;
    final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        portal = RunningPortal.get();
        api = new PortalApi(portal);
    }

    @Test
    void aPrefectureConfirmsAndTheNationAccepts() throws Exception {
        long id = submittedRequestOfShinjuku("レビュー画面のテスト");
        try (Browser browser = Browser.desktop(portal)) {
            browser.loginToHome("pref-tokyo", DemoData.PASSWORD);
            browser.click("#review");
            browser.waitForUrl("/review/requests.xhtml");
            assertThat(browser.text()).contains("要請の確認", "東京都立新宿病院", "都道府県・国確認中");
            browser.screenshot("review-table-prefecture");

            browser.go("/review/request.xhtml?id=" + id);
            assertThat(browser.text()).contains("システムチェックの根拠(申請時点)", "日次調査", "入院中", "都道府県確認待ち",
                    "最新の週次調査の在庫", "医療機関の最近の回答と要請", "(この要請)");
            // The demo's daily answer of 東京都立新宿病院 (today): 3 inpatients, 2 acceptable beds, PCR 可能.
            assertThat(browser.find("#reviewForm\\:recentDaily").getText()).contains("入院中", "3", "2", "可能");
            browser.type("#reviewForm\\:approved\\:0\\:quantity", "1000");
            browser.type("#reviewForm\\:note", "電話で数量を確認済み");
            browser.click("#reviewForm\\:confirm");
            browser.find("#reviewForm\\:messages .ui-messages-info");
            assertThat(browser.text()).contains("都道府県の確認を登録しました。", "都道府県確認済み", "電話で数量を確認済み");
            browser.screenshot("review-confirmed");
        }
        try (Browser browser = onReviewPage("national", id)) {
            browser.click("#reviewForm\\:accept");
            browser.click(".ui-confirmdialog-yes");
            browser.find("#reviewForm\\:messages .ui-messages-info");
            assertThat(browser.find("#status").getText()).isEqualTo("受付完了");
            browser.screenshot("review-accepted");
        }
        assertThat(get("/api/v1/requests/" + id, "hospital").body()).contains("\"status\":\"ACCEPTED\"");
    }

    /**
     * A reviewer opens many requests in tabs: the session no longer holds the bean of the first one's page when
     * 「確認」 is pressed there. The page still knows its request: the confirmation is made. When someone else
     * confirmed it meanwhile, nothing is confirmed twice and the page shows their confirmation.
     */
    @Test
    void aConfirmationFromAPageWhoseViewWasPushedOutStillWorksAndIsNotMadeTwice() throws Exception {
        long id = submittedRequestOfShinjuku("タブをたくさん開いた確認");
        long other = submittedRequestOfShinjuku("タブをたくさん開いた確認(古い画面)");
        try (Browser browser = onReviewPage("pref-tokyo", id)) {
            browser.type("#reviewForm\\:approved\\:0\\:quantity", "500");
            browser.type("#reviewForm\\:note", "タブを戻って確認");
            browser.pushOutThisPagesBean("/review/request.xhtml?id=" + id, "#reviewForm\\:confirm");
            browser.click("#reviewForm\\:confirm");
            browser.waitForText("#reviewForm\\:messages", "都道府県の確認を登録しました。");
            assertThat(browser.text()).contains("都道府県確認済み", "タブを戻って確認");

            browser.go("/review/request.xhtml?id=" + other);
            browser.type("#reviewForm\\:approved\\:0\\:quantity", "500");
            browser.pushOutThisPagesBean("/review/request.xhtml?id=" + other, "#reviewForm\\:confirm");
            api.confirm("pref-tokyo", other); // meanwhile, through the API (answers 200 or fails the test)
            browser.click("#reviewForm\\:confirm");
            // The new bean reads the request as it is now: 「確認」 is no longer offered, so its press does nothing
            // (Faces decodes no button it does not render) and the page shows the confirmation made meanwhile,
            // without the quantity typed here.
            browser.waitForText("#reviewForm", "都道府県確認済み");
            assertThat(browser.find("#approvedNone").getText()).isEqualTo("承認数量は入力されていません(一括確認)。");
            assertThat(browser.driver().findElements(By.id("reviewForm:confirm"))).isEmpty();
        }
        assertThat(get("/api/v1/requests/" + id, "hospital").body()).contains("\"status\":\"UNDER_REVIEW\"");
    }

    @Test
    void aPressFromAPushedOutPageWhoseRequestNoLongerReadsAnswersNotFoundNotAnEmptyForm() throws Exception {
        long id = submittedRequestOfShinjuku("見えなくなった要請");
        try (Browser browser = onReviewPage("pref-tokyo", id)) {
            browser.type("#reviewForm\\:note", "戻ったら見えない");
            browser.pushOutThisPagesBean("/review/request.xhtml?id=" + id, "#reviewForm\\:confirm");
            // The page posts back to its own address; one whose ?id= no longer names a request the reviewer reaches
            // (here: none at all) stands for a request moved out of reach meanwhile. The new bean finds no request,
            // and the page's reading of the institution's recent surveys answers the 404 while decoding the press.
            ((JavascriptExecutor) browser.driver()).executeScript("var f = document.getElementById('reviewForm');"
                    + " f.action = f.action.replace(/id=\\d+/, 'id=999999999');");
            browser.click("#reviewForm\\:confirm");
            browser.waitForText("body", "ページが見つかりません");
        }
    }

    @Test
    void anotherPrefecturesRequestIsNotFound() throws Exception {
        long id = submittedRequestOfShinjuku("他県からは見えない");
        try (Browser browser = onReviewPage("pref-osaka", id)) {
            assertThat(browser.text()).contains("ページが見つかりません").doesNotContain("東京都立新宿病院");
            browser.go("/review/requests.xhtml");
            assertThat(browser.text()).doesNotContain("他県からは見えない");
        }
    }

    @Test
    void staffCannotOpenTheReviewPages() {
        try (Browser browser = Browser.desktop(portal)) {
            browser.loginToHome("hospital", DemoData.PASSWORD);
            assertThat(browser.driver().findElements(By.id("review"))).isEmpty();
            browser.go("/review/requests.xhtml");
            assertThat(browser.text()).contains("アクセスできません").doesNotContain("要請の確認");
        }
    }

    /** A browser logged in as {@code account} on the review page of request {@code id}. */
    private Browser onReviewPage(String account, long id) {
        Browser browser = Browser.desktop(portal);
        try {
            browser.loginToHome(account, DemoData.PASSWORD);
            browser.go("/review/request.xhtml?id=" + id);
            return browser;
        } catch (RuntimeException | AssertionError e) {
            browser.close();
            throw e;
        }
    }

    private long submittedRequestOfShinjuku(String comment) throws Exception {
        HttpResponse<String> created = send(HttpRequest.newBuilder(portal.uri("/api/v1/requests"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"institutionCode\":\"1310000001\",\"conditionsConfirmed\":true,"
                        + "\"items\":[\"SURGICAL_MASK\"],\"comment\":\"" + comment + "\"}")), "hospital");
        assertThat(created.statusCode()).isEqualTo(201);
        Matcher id = Pattern.compile("\"id\":(\\d+)").matcher(created.body());
        assertThat(id.find()).isTrue();
        HttpResponse<String> submitted = send(HttpRequest.newBuilder(portal.uri("/api/v1/requests/" + id.group(1) + "/submit"))
                .POST(HttpRequest.BodyPublishers.noBody()), "hospital");
        assertThat(submitted.body()).contains("\"status\":\"UNDER_REVIEW\"");
        return Long.parseLong(id.group(1));
    }

    private HttpResponse<String> get(String path, String user) throws Exception {
        return send(HttpRequest.newBuilder(portal.uri(path)).GET(), user);
    }

    private HttpResponse<String> send(HttpRequest.Builder request, String user) throws Exception {
        String basic = Base64.getEncoder().encodeToString((user + ":" + DemoData.PASSWORD).getBytes(StandardCharsets.UTF_8));
        return http.send(request.header("Authorization", "Basic " + basic).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
