package jp.sosportal.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.PrintsPage;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.print.PageSize;
import org.openqa.selenium.print.PrintOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

import jp.sosportal.demo.boundary.DemoData;

/**
 * The SOS section as a user of the manual walks it (manual 3-1, 3-2, 4-1; SPEC.md §6.5–§6.9, §9): the new form
 * and its refusal, save → 未申請 in the list, 「事前チェック」, 「システムチェック&申請」 passing and failing, edit,
 * 受付完了, print view, phone size, another institution's request, and axe-core on every page. Requests are prepared
 * through the API where the step under test is not their creation; the portal is shared with other test
 * classes, so each test looks only at the requests it made.
 */
class SosPagesIT {

    static final String PASSWORD = DemoData.PASSWORD;
    static final String HOSPITAL = ApiCalls.SHINJUKU;
    static final String HOSPITAL2 = ApiCalls.SHIBUYA;
    static final String CLINIC = ApiCalls.IKEBUKURO;
    static final String NOT_CONFIRMED = ApiCalls.CONFIRM_FIRST;
    static final String BANNER = "!!!ご回答期限!!! 当日13:00まで";
    static final String BANNER_NOTE = "※毎日の回答が必要というわけではございません。貴院での必要に応じて都度ご登録をお願い申し上げます。";
    static final String COMMENT = "e2e テスト要請";
    static final Pattern DETAIL_ID = Pattern.compile("/sos/detail\\.xhtml\\?id=(\\d+)");

    static RunningPortal portal;
    static PortalApi api;

    @BeforeAll
    static void start() {
        portal = RunningPortal.get();
        api = new PortalApi(portal);
    }

    @Test
    void theNewFormRefusesToSaveWithoutTheConditionCheckboxAndKeepsTheInput() {
        long before = api.requestCount("hospital");
        try (Browser browser = loggedIn("hospital")) {
            browser.go("/sos/new.xhtml");
            assertThat(browser.find("h1").getText()).isEqualTo("新規緊急配布要請: 病院");
            String page = browser.text();
            assertThat(page).contains(BANNER, BANNER_NOTE, "緊急配布要請(SOS)の条件確認", "①欠品等により自ら調達できないこと",
                    "②日次調査において以下のいずれかを満たすこと",
                    "③週次調査において、要請する医療用物資の「現在の在庫の備蓄見通し」が1週間以内または2～3週間であること",
                    "N95マスクの緊急配布要請(SOS)の条件確認", "緊急配布条件(N95マスク)", "①サージカルマスクを要請する",
                    "②N95マスク(DS2を含む)を要請する", "③アイソレーションガウンを要請する",
                    "④アイシールド/フェイスシールドを要請する", "⑤非滅菌手袋を要請する",
                    "医療用物資の不足状況や、ご意見があれば記載願います", "キャンセル", "保存");
            assertThat(page.split("上記の緊急配布条件を満たしていることを確認した", -1)).hasSize(3);
            Accessibility.assertNoSeriousViolations(browser, "new request form");

            browser.click(itemCheckbox(0));
            browser.type("#requestForm\\:comment", "マスクが足りません");
            browser.click("#requestForm\\:save");

            assertThat(browser.waitForText("#requestForm\\:conditionsConfirmedMessage", NOT_CONFIRMED))
                    .isEqualTo(NOT_CONFIRMED);
            assertNextToItsField(browser, "requestForm:conditionsConfirmedMessage", "requestForm:conditionsConfirmed");
            assertThat(browser.driver().findElement(By.id("requestForm:items:0")).isSelected()).isTrue();
            assertThat(browser.find("#requestForm\\:comment").getAttribute("value")).isEqualTo("マスクが足りません");
            assertThat(browser.driver().getCurrentUrl()).contains("/sos/new.xhtml");
            browser.screenshot("sos-new-without-checkbox");
            Accessibility.assertNoSeriousViolations(browser, "new request form with a refusal");
        }
        assertThat(api.requestCount("hospital")).as("nothing saved").isEqualTo(before);
    }

    @Test
    void theFormAlsoNamesMissingItemsAndTheN95Declaration() {
        try (Browser browser = loggedIn("hospital")) {
            browser.go("/sos/new.xhtml");
            browser.click("#requestForm\\:conditionsConfirmed .ui-chkbox-box");
            browser.click("#requestForm\\:save");
            browser.waitForText("#requestForm\\:itemsMessage", "要請する物資を1つ以上選択してください。");

            browser.click(itemCheckbox(1)); // N95 without its own declaration
            browser.click("#requestForm\\:save");
            browser.waitForText("#requestForm\\:n95ConditionsConfirmedMessage", "N95マスクを要請する場合は");
            assertThat(browser.driver().getCurrentUrl()).contains("/sos/new.xhtml");

            browser.click(itemCheckbox(1));
            ((JavascriptExecutor) browser.driver()).executeScript(
                    "document.getElementById('requestForm:comment').value = 'あ'.repeat(1001);");
            browser.click("#requestForm\\:save");
            browser.waitForText("#requestForm\\:commentMessage", "1,000文字以内で入力してください。");
            assertThat(browser.find("#requestForm\\:comment").getAttribute("value")).hasSize(1001);
        }
    }

    @Test
    void aSaveAfterTheSessionEndedLeadsToTheLoginPageWithAMessage() {
        try (Browser browser = loggedIn("hospital")) {
            browser.go("/sos/new.xhtml");
            browser.type("#requestForm\\:comment", "長い入力の途中");
            browser.driver().manage().deleteCookieNamed("JSESSIONID"); // as if the session had timed out
            browser.click("#requestForm\\:save");
            browser.waitForUrl("/login.xhtml");
            assertThat(browser.text()).contains("画面の有効期限が切れました。もう一度ログインしてください。");
            browser.screenshot("session-expired");
        }
    }

    @Test
    void theHomeLoginAndErrorPagesPassAxeToo() {
        try (Browser browser = Browser.desktop(portal)) {
            browser.go("/login.xhtml");
            Accessibility.assertNoSeriousViolations(browser, "login");
            browser.loginToHome("hospital", PASSWORD);
            Accessibility.assertNoSeriousViolations(browser, "home");
            browser.go("/sos/detail.xhtml?id=999999999");
            browser.find("h1");
            Accessibility.assertNoSeriousViolations(browser, "404 page");
        }
    }

    @Test
    void aSavedRequestIsNotSubmittedAndListedAsSuchWithItsCommentShownAsText() {
        String comment = "<script>window.injected = 1</script><b>太字</b> 手袋が3日分しかありません";
        try (Browser browser = loggedIn("hospital")) {
            browser.go("/index.xhtml");
            browser.click("#sos");
            browser.waitForUrl("/sos/list.xhtml");
            browser.click("#listForm\\:new");
            browser.waitForUrl("/sos/new.xhtml");
            browser.click("#requestForm\\:conditionsConfirmed .ui-chkbox-box");
            browser.click(itemCheckbox(0));
            browser.click(itemCheckbox(4));
            browser.type("#requestForm\\:comment", comment);
            browser.click("#requestForm\\:save");
            long id = detailId(browser);

            assertThat(browser.find("#statusLabel").getText()).isEqualTo("未申請");
            assertThat(browser.find("#statusText").getText())
                    .isEqualTo("申請前の状態です。「システムチェック&申請」ボタンを押してください。");
            assertThat(browser.text()).contains(BANNER, BANNER_NOTE, "保存しました。", "申請日時", "医療機関名",
                    "医療機関コード", "対応ステータス", "東京都立新宿病院", HOSPITAL, "①サージカルマスク", "⑤非滅菌手袋",
                    "システムチェック&申請", "事前チェック", "編集", "印刷用に表示", "履歴");
            assertThat(browser.find("#requestTitle").getText()).matches("\\d{4}/\\d{1,2}/\\d{1,2}_東京都立新宿病院_緊急配布要請");
            assertThat(browser.find("#comment").getText()).isEqualTo(comment);
            assertThat(browser.driver().findElements(By.cssSelector("#comment b, #comment script"))).isEmpty();
            assertThat(((JavascriptExecutor) browser.driver()).executeScript("return window.injected")).isNull();
            browser.screenshot("sos-detail-not-submitted");
            Accessibility.assertNoSeriousViolations(browser, "request detail");

            browser.go("/sos/list.xhtml");
            assertThat(browser.find("h1").getText()).isEqualTo("実施中の緊急配布要請");
            assertThat(browser.find("#listForm\\:summary").getText()).matches(
                    "\\d+ 個の項目 • 並び替え基準: タイトル • 検索条件: すべての緊急配布要請 - 作成日 • 数秒前 に更新されました");
            assertThat(browser.find("#listForm\\:requests").getText()).contains("タイトル", "申請日時", "医療機関名",
                    "医療機関ID", "対応ステータス", "対応予定日");
            WebElement row = rowOf(browser, id);
            assertThat(row.getText()).contains("東京都立新宿病院", HOSPITAL, "未申請");
            assertThat(browser.find("#listForm\\:requests\\:globalFilter").getAttribute("placeholder"))
                    .isEqualTo("このリストを検索...");
            browser.screenshot("sos-list");
            Accessibility.assertNoSeriousViolations(browser, "request list");

            browser.click("#listForm\\:requests\\:submittedAt");
            browser.waitForText("#listForm\\:summary", "並び替え基準: 申請日時");
            browser.type("#listForm\\:requests\\:globalFilter", "都道府県・国確認中");
            new WebDriverWait(browser.driver(), Duration.ofSeconds(15)).ignoring(StaleElementReferenceException.class)
                    .until(driver -> driver.findElements(By.cssSelector("#listForm\\:requests_data > tr")).stream()
                            .allMatch(r -> r.getText().contains("都道府県・国確認中") || r.getText().contains("緊急配布要請はまだありません")));
            assertThat(browser.driver().findElements(By.cssSelector("a[href*='detail.xhtml?id=" + id + "']")))
                    .as("the 未申請 request is filtered out").isEmpty();
        }
    }

    @Test
    void thePrecheckExplainsEveryConditionAndChangesNothing() {
        long id = created("hospital", HOSPITAL, List.of("SURGICAL_MASK"));
        try (Browser browser = loggedIn("hospital")) {
            browser.go("/sos/detail.xhtml?id=" + id);
            browser.click("#detailForm\\:precheck");
            assertThat(browser.waitForText("#precheckVerdict", "すべての条件を満たしています"))
                    .contains("「システムチェック&申請」で申請できます。");
            String result = browser.find("#detailForm\\:precheckPanel").getText();
            assertThat(result).contains("事前チェックの結果", "① 緊急配布条件の確認", "② 日次調査", "③ 週次調査: ①サージカルマスク",
                    "満たしている", "根拠: 日次調査(", "根拠: 週次調査(", "「現在の在庫の備蓄見通し」");
            assertThat(browser.find("#statusLabel").getText()).isEqualTo("未申請");
            browser.screenshot("sos-precheck");
            Accessibility.assertNoSeriousViolations(browser, "request detail with the precheck");
        }
        assertThat(api.history("hospital", id)).as("a precheck records nothing").hasSize(1);
    }

    @Test
    void aSubmissionThatPassesSaysSoOnceEvenWhenDoubleClicked() {
        long id = created("hospital", HOSPITAL, List.of("SURGICAL_MASK", "NON_STERILE_GLOVES"));
        try (Browser browser = loggedIn("hospital")) {
            browser.go("/sos/detail.xhtml?id=" + id);
            WebElement submit = browser.find("#detailForm\\:submit");
            new Actions(browser.driver()).doubleClick(submit).perform();

            assertThat(browser.find("#dialogAccepted").getText()).isEqualTo("緊急配布要請を受け付けました。");
            assertThat(browser.find("#dialogContact").getText()).isEqualTo("都道府県にて内容を確認し追って連絡いたします。");
            assertThat(browser.find("#submitDialog").getText()).contains("システムチェック&申請", "完了");
            browser.screenshot("sos-submit-passed-dialog");
            Accessibility.assertNoSeriousViolations(browser, "submission dialog");

            browser.click("#done");
            browser.waitForText("#statusLabel", "都道府県・国確認中");
            assertThat(browser.find("#statusText").getText()).isEqualTo("要請内容を確認しています。");
            assertThat(browser.find("#submittedAt").getText()).matches("\\d{4}/\\d{2}/\\d{2} \\d{2}:\\d{2}");
            assertThat(browser.find("#handlingDate").getText()).matches("\\d{4}/\\d{2}/\\d{2}\\(.\\)");
            assertThat(browser.find("#history").getText()).contains("未申請 → 都道府県・国確認中");
            browser.screenshot("sos-submit-passed");
        }
        List<Map<String, Object>> history = api.history("hospital", id);
        assertThat(history).as("one submission for a double click").hasSize(2);
        assertThat(history.get(1)).containsEntry("to", "UNDER_REVIEW");
        assertThat(api.request("hospital", id)).containsEntry("status", "UNDER_REVIEW");
    }

    /**
     * A session keeps the page beans of its last 25 views (Mojarra); a page left open while the person opened
     * more pages in another tab (or reloaded through a database restart, bench/rush) has lost its bean when its
     * button is pressed. The page then still knows its request from its address: the submission is made once.
     */
    @Test
    void aSubmissionFromAPageWhoseViewWasPushedOutByTwentyFiveOthersStillWorks() {
        long id = created("hospital", HOSPITAL, List.of("SURGICAL_MASK", "NON_STERILE_GLOVES"));
        try (Browser browser = loggedIn("hospital")) {
            browser.go("/sos/detail.xhtml?id=" + id);
            browser.find("#detailForm\\:submit");
            browser.pushOutThisPagesBean("/sos/detail.xhtml?id=" + id, "#detailForm\\:submit");

            browser.click("#detailForm\\:submit");
            assertThat(browser.find("#dialogAccepted").getText()).isEqualTo("緊急配布要請を受け付けました。");
        }
        assertThat(api.history("hospital", id)).as("one submission").hasSize(2);
        assertThat(api.request("hospital", id)).containsEntry("status", "UNDER_REVIEW");
    }

    @Test
    void aSubmissionThatFailsNamesEachFailedCondition() {
        long id = created("hospital2", HOSPITAL2, List.of("SURGICAL_MASK"));
        try (Browser browser = loggedIn("hospital2")) {
            browser.go("/sos/detail.xhtml?id=" + id);
            browser.click("#detailForm\\:submit");
            String dialog = browser.waitForText("#submitDialog", "エラー有り");
            assertThat(dialog).contains("② 日次調査", "条件②を満たしません", "「入院中」", "完了")
                    .doesNotContain("緊急配布要請を受け付けました。");
            browser.screenshot("sos-submit-failed-dialog");

            browser.click("#done");
            browser.waitForText("#statusLabel", "エラー有り");
            assertThat(browser.find("#lastFailures").getText()).contains("② 日次調査", "条件②を満たしません");
            browser.screenshot("sos-submit-failed");
            Accessibility.assertNoSeriousViolations(browser, "request detail in エラー有り");
        }
        assertThat(api.request("hospital2", id)).containsEntry("status", "ERROR");
    }

    @Test
    void editingASubmittedRequestReturnsItToNotSubmittedAndAStaleEditKeepsTheInput() {
        long id = created("hospital", HOSPITAL, List.of("SURGICAL_MASK"));
        api.submit("hospital", id);
        try (Browser browser = loggedIn("hospital")) {
            browser.go("/sos/detail.xhtml?id=" + id);
            browser.click("#detailForm\\:edit");
            browser.waitForUrl("/sos/edit.xhtml");
            assertThat(browser.find("h1").getText()).isEqualTo("緊急配布要請を編集");
            assertThat(browser.driver().findElement(By.id("requestForm:conditionsConfirmed_input")).isSelected()).isTrue();
            assertThat(browser.driver().findElement(By.id("requestForm:items:0")).isSelected()).isTrue();
            assertThat(browser.find("#requestForm\\:comment").getAttribute("value")).isEqualTo(COMMENT);
            Accessibility.assertNoSeriousViolations(browser, "edit form");
            browser.click(itemCheckbox(3));
            browser.type("#requestForm\\:comment", "フェイスシールドも追加します");
            browser.click("#requestForm\\:save");
            browser.waitForUrl("/sos/detail.xhtml?id=" + id);
            assertThat(browser.find("#statusLabel").getText()).isEqualTo("未申請");
            assertThat(browser.find("#comment").getText()).isEqualTo("フェイスシールドも追加します");
            assertThat(browser.find("#history").getText()).contains("都道府県・国確認中 → 未申請", "編集");
            browser.screenshot("sos-edited");

            // Someone else saves meanwhile: this browser's save is refused and what it typed stays.
            browser.click("#detailForm\\:edit");
            browser.waitForUrl("/sos/edit.xhtml");
            aSaveAfterSomeoneElsesIsRefusedAndKeepsTheInput(browser, id, "この入力は消えません");
            browser.screenshot("sos-edit-stale");
        }
        assertThat(api.request("hospital", id)).containsEntry("status", "NOT_SUBMITTED")
                .containsEntry("comment", "別の担当者の変更");
    }

    /**
     * The edit page whose bean was pushed out by 25 other views (as the request's page above): its 「保存」 still
     * saves what was typed into the right request, and still refuses when someone else saved meanwhile — the
     * version the form was filled from comes back with the postback, not the newest one read by the new bean.
     */
    @Test
    void anEditFromAPageWhoseViewWasPushedOutStillSavesAndStillRefusesAStaleSave() {
        long id = created("hospital", HOSPITAL, List.of("SURGICAL_MASK"));
        try (Browser browser = loggedIn("hospital")) {
            browser.go("/sos/edit.xhtml?id=" + id);
            browser.pushOutThisPagesBean("/sos/edit.xhtml?id=" + id, "#requestForm\\:save");
            browser.type("#requestForm\\:comment", "押し出された画面からの保存");
            browser.click("#requestForm\\:save");
            browser.waitForUrl("/sos/detail.xhtml?id=" + id);
            assertThat(browser.find("#comment").getText()).isEqualTo("押し出された画面からの保存");

            browser.go("/sos/edit.xhtml?id=" + id);
            browser.pushOutThisPagesBean("/sos/edit.xhtml?id=" + id, "#requestForm\\:save");
            aSaveAfterSomeoneElsesIsRefusedAndKeepsTheInput(browser, id, "古い版への保存");
        }
        assertThat(api.request("hospital", id)).containsEntry("comment", "別の担当者の変更");
    }

    /** On an open edit page: someone else saves through the API, then this browser's 「保存」 is refused, input kept. */
    private void aSaveAfterSomeoneElsesIsRefusedAndKeepsTheInput(Browser browser, long id, String typed) {
        long version = ((Number) api.request("hospital", id).get("version")).longValue();
        assertThat(api.edit("hospital", id, version, List.of("SURGICAL_MASK"), "別の担当者の変更").statusCode())
                .isEqualTo(200);
        browser.type("#requestForm\\:comment", typed);
        browser.click("#requestForm\\:save");
        browser.waitForText("#requestForm\\:messages", "他のユーザーが先に更新しました。画面を再読み込みしてください。");
        assertThat(browser.find("#requestForm\\:comment").getAttribute("value")).isEqualTo(typed);
    }

    /**
     * Manual 3-2, 4-1: 受付完了 offers no 「編集」, its edit page refuses, and the server refuses an edit anyway (a form
     * opened before the acceptance, and a direct PUT). The reviewers confirm and accept through the API.
     */
    @Test
    void anAcceptedRequestCannotBeEditedOnThePageOrOnTheServer() {
        long id = created("hospital", HOSPITAL, List.of("SURGICAL_MASK"));
        assertThat(api.submit("hospital", id)).containsEntry("status", "UNDER_REVIEW");
        try (Browser browser = loggedIn("hospital")) {
            browser.go("/sos/edit.xhtml?id=" + id); // opened before the review finishes
            browser.find("#requestForm\\:comment");
            api.confirm("pref-tokyo", id);
            assertThat(api.accept("national", id)).containsEntry("status", "ACCEPTED");

            browser.type("#requestForm\\:comment", "受付完了後の変更");
            browser.click("#requestForm\\:save");
            browser.waitForText("#requestForm\\:messages", "他のユーザーが先に更新しました。画面を再読み込みしてください。");

            browser.go("/sos/detail.xhtml?id=" + id);
            assertThat(browser.find("#statusLabel").getText()).isEqualTo("受付完了");
            assertThat(browser.find("#statusText").getText()).isEqualTo("受付が完了しました。");
            assertThat(browser.driver().findElements(By.id("detailForm:edit"))).as("no 「編集」").isEmpty();
            assertThat(browser.driver().findElements(By.id("detailForm:submit"))).isEmpty();
            assertThat(browser.driver().findElements(By.id("detailForm:precheck"))).isEmpty();
            assertThat(browser.find("#history").getText()).contains("都道府県確認", "都道府県・国確認中 → 受付完了", "国受付");
            // Reviewers appear by their display name, not their user name (issue 13).
            assertThat(browser.find("#history").getText()).contains("東京都 確認担当", "国 確認担当")
                    .doesNotContain("pref-tokyo", "national");
            browser.screenshot("sos-accepted");
            Accessibility.assertNoSeriousViolations(browser, "request detail in 受付完了");

            browser.go("/sos/edit.xhtml?id=" + id);
            assertThat(browser.text()).contains("受付完了の要請は変更できません。");
            assertThat(browser.driver().findElements(By.id("requestForm:save"))).as("no form").isEmpty();
            browser.screenshot("sos-accepted-edit-refused");
        }
        long version = ((Number) api.request("hospital", id).get("version")).longValue();
        PortalApi.Reply refused = api.edit("hospital", id, version, List.of("SURGICAL_MASK"), "直接の変更");
        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(PortalApi.json(refused.body())).containsEntry("detail", "受付完了の要請は変更できません。");
        assertThat(api.request("hospital", id)).containsEntry("comment", COMMENT);
    }

    @Test
    void thePrintViewIsAPlainPageThatFitsOneA4Sheet() {
        long id = created("hospital", HOSPITAL, List.of("SURGICAL_MASK", "ISOLATION_GOWN"));
        try (Browser browser = loggedIn("hospital")) {
            browser.go("/sos/detail.xhtml?id=" + id);
            assertThat(browser.find("#detailForm\\:print a").getAttribute("href")).contains("/sos/print.xhtml?id=" + id);
            browser.go("/sos/print.xhtml?id=" + id);
            assertThat(browser.text()).contains("_東京都立新宿病院_緊急配布要請", "申請日時", "医療機関名", "医療機関コード",
                    HOSPITAL, "対応ステータス", "未申請", "①サージカルマスク", "③アイソレーションガウン", COMMENT);
            assertThat(browser.driver().findElements(By.cssSelector(".topbar"))).isEmpty();
            browser.screenshot("sos-print");
            Accessibility.assertNoSeriousViolations(browser, "print view");

            PrintOptions a4 = new PrintOptions();
            a4.setPageSize(new PageSize(29.7, 21.0));
            byte[] pdf = Base64.getDecoder().decode(((PrintsPage) browser.driver()).print(a4).getContent());
            Matcher pages = Pattern.compile("/Type\\s*/Page[^s]").matcher(new String(pdf, java.nio.charset.StandardCharsets.ISO_8859_1));
            int count = 0;
            while (pages.find()) {
                count++;
            }
            assertThat(count).as("A4 pages printed").isEqualTo(1);
        }
    }

    @Test
    void theSectionFitsAPhoneScreen() {
        long id = created("hospital", HOSPITAL, List.of("SURGICAL_MASK"));
        try (Browser browser = Browser.phone(portal)) {
            browser.loginToHome("hospital", PASSWORD);
            for (String page : List.of("/sos/list.xhtml", "/sos/new.xhtml", "/sos/detail.xhtml?id=" + id,
                    "/sos/edit.xhtml?id=" + id, "/sos/print.xhtml?id=" + id)) {
                browser.go(page);
                browser.find("h1");
                assertThat(browser.fitsItsWidth()).as("%s scrolls sideways at 390×844", page).isTrue();
                browser.screenshot("phone" + page.replaceAll("[/.?=]", "-").replace("-xhtml", ""));
            }
            browser.go("/sos/detail.xhtml?id=" + id);
            browser.click("#detailForm\\:submit");
            browser.find("#dialogAccepted");
            assertThat(browser.fitsItsWidth()).as("the dialog fits the phone").isTrue();
            browser.screenshot("phone-sos-submit-dialog");
        }
    }

    @Test
    void anotherInstitutionsRequestIsNotFound() throws Exception {
        long clinicRequest = created("clinic", CLINIC, List.of("SURGICAL_MASK"));
        try (Browser browser = loggedIn("hospital")) {
            browser.go("/sos/detail.xhtml?id=" + clinicRequest);
            assertThat(browser.find("h1").getText()).isEqualTo("ページが見つかりません");
            assertThat(browser.text()).doesNotContain("池袋内科クリニック");
            browser.screenshot("sos-other-institution-404");
            String session = browser.driver().manage().getCookieNamed("JSESSIONID").getValue();
            for (String page : List.of("/sos/detail.xhtml?id=" + clinicRequest, "/sos/edit.xhtml?id=" + clinicRequest,
                    "/sos/print.xhtml?id=" + clinicRequest, "/sos/detail.xhtml?id=999999999",
                    "/sos/detail.xhtml?id=abc", "/sos/detail.xhtml")) {
                assertThat(statusOf(page, session)).as(page).isEqualTo(404);
            }
            // A single node keeps sessions in memory: web.xml is <distributable/> for the cluster, and a node without
            // a data grid once saved each session to the missing grid and now and then lost it (a 302 to the login).
            assertThat(portal.logText()).doesNotContain("BackingStoreException");
        }
    }

    // helpers -------------------------------------------------------------------------------------------------------

    static Browser loggedIn(String user) {
        Browser browser = Browser.desktop(portal);
        browser.loginToHome(user, PASSWORD);
        return browser;
    }

    /** A saved request (未申請) made through the API; tests find it by its id, never by position in a list. */
    static long created(String user, String institution, List<String> items) {
        return ((Number) api.createRequest(user, institution, items, COMMENT).get("id")).longValue();
    }

    /** The label of the n-th item checkbox (①…⑤), which a user clicks. */
    static String itemCheckbox(int index) {
        return "label[for='requestForm:items:" + index + "']";
    }

    static long detailId(Browser browser) {
        browser.waitForUrl("/sos/detail.xhtml?id=");
        Matcher matcher = DETAIL_ID.matcher(browser.driver().getCurrentUrl());
        assertThat(matcher.find()).isTrue();
        return Long.parseLong(matcher.group(1));
    }

    static WebElement rowOf(Browser browser, long id) {
        return browser.find("a[href*='detail.xhtml?id=" + id + "']").findElement(By.xpath("ancestor::tr"));
    }

    /** The message sits in the same field block as the input it is about. */
    static void assertNextToItsField(Browser browser, String messageId, String inputId) {
        WebElement message = browser.driver().findElement(By.id(messageId));
        WebElement field = message.findElement(By.xpath(".."));
        assertThat(field.findElements(By.id(inputId))).as("%s next to %s", messageId, inputId).isNotEmpty();
    }

    static int statusOf(String page, String session) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(portal.uri(page).toString()))
                .header("Cookie", "JSESSIONID=" + session).build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
