package jp.sosportal.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

import jp.sosportal.demo.boundary.DemoData;

/**
 * Issue 8 points 3 and 4 in the browser: the prefecture confirms with 承認数量 (a bad one is told next to its
 * field), the nation accepts, the institution sees 受付完了 without 「編集」; the nation records a distribution
 * and ships it, the institution sees 配布予定 and 発送済 on its timeline and marks 受領. Bulk confirmation lists
 * what it did and what it refused, and why.
 */
class DistributionPagesIT {

    static final DateTimeFormatter TYPED = DateTimeFormatter.ofPattern("yyyy/MM/dd");
    static RunningPortal portal;
    static PortalApi api;

    @BeforeAll
    static void start() {
        portal = RunningPortal.get();
        api = new PortalApi(portal);
    }

    @Test
    void fromConfirmationWithQuantitiesToReceipt() {
        long id = submitted("配布までのテスト");
        try (Browser browser = Browser.desktop(portal)) {
            browser.loginToHome("pref-tokyo", DemoData.PASSWORD);
            browser.go("/review/request.xhtml?id=" + id);
            browser.type("#reviewForm\\:approved\\:0\\:quantity", "-5");
            browser.type("#reviewForm\\:note", "電話で確認しました");
            browser.click("#reviewForm\\:confirm");
            assertThat(browser.waitForText("#reviewForm\\:approvedInputs .ui-message-error", "0以上の整数を入力してください。"))
                    .contains("0以上の整数を入力してください。");
            assertThat(browser.find("#reviewForm\\:note").getAttribute("value")).isEqualTo("電話で確認しました");
            browser.type("#reviewForm\\:approved\\:0\\:quantity", "たくさん");
            browser.click("#reviewForm\\:confirm");
            browser.waitForText("#reviewForm\\:approvedInputs .ui-message-error", "①サージカルマスクには整数を入力してください。");
            browser.screenshot("review-quantity-refused");
            assertThat(api.request("hospital", id).get("approvedQuantities")).isEqualTo(Map.of());

            browser.type("#reviewForm\\:approved\\:0\\:quantity", "1200");
            browser.click("#reviewForm\\:confirm");
            browser.waitForText("#reviewForm\\:messages", "都道府県の確認を登録しました。");
            assertThat(browser.find("#approvedQuantities").getText()).contains("①サージカルマスク", "1200");
        }
        try (Browser browser = Browser.desktop(portal)) {
            browser.loginToHome("national", DemoData.PASSWORD);
            browser.go("/review/request.xhtml?id=" + id);
            assertThat(browser.find("#approvedQuantities").getText()).contains("1200");
            browser.click("#reviewForm\\:accept");
            browser.click(".ui-confirmdialog-yes");
            browser.waitForText("#status", "受付完了");
        }
        try (Browser browser = Browser.desktop(portal)) {
            browser.loginToHome("hospital", DemoData.PASSWORD);
            browser.go("/sos/detail.xhtml?id=" + id);
            assertThat(browser.find("#statusLabel").getText()).isEqualTo("受付完了");
            assertThat(browser.driver().findElements(By.id("detailForm:edit"))).isEmpty();
            assertThat(browser.find("#approvedQuantities").getText()).contains("①サージカルマスク", "1200");
        }
        LocalDate today;
        try (Browser browser = Browser.desktop(portal)) {
            browser.loginToHome("national", DemoData.PASSWORD);
            browser.go("/review/request.xhtml?id=" + id);
            new Select(browser.find("#reviewForm\\:newItem")).selectByValue("SURGICAL_MASK");
            browser.type("#reviewForm\\:newQuantity", "0");
            browser.type("#reviewForm\\:newPlannedDate", "2021/13/45");
            browser.click("#reviewForm\\:addDistribution");
            String refused = browser.waitForText("#reviewForm\\:newDistribution", "配布予定日には日付(yyyy/MM/dd)を入力してください。");
            browser.screenshot("distribution-refused");
            assertThat(api.get("national", "/api/v1/requests/" + id + "/distributions").body()).isEqualTo("[]");
            browser.type("#reviewForm\\:newPlannedDate", "2099/01/05");
            browser.click("#reviewForm\\:addDistribution");
            browser.waitForText("#reviewForm\\:newDistribution", "1以上の整数を入力してください。");
            assertThat(refused).isNotEmpty();

            browser.type("#reviewForm\\:newQuantity", "500");
            browser.click("#reviewForm\\:addDistribution");
            browser.waitForText("#reviewForm\\:messages", "配布予定を登録しました。");
            List<Map<String, Object>> sent = distributions(id);
            assertThat(sent).hasSize(1);
            today = OffsetDateTime.parse((String) sent.get(0).get("recordedAt")).toLocalDate();
            browser.type("#reviewForm\\:distributions\\:0\\:shippedDate", today.plusDays(1).format(TYPED));
            browser.click("#reviewForm\\:distributions\\:0\\:ship");
            browser.waitForText("#reviewForm\\:distributions", "発送日に未来の日付は指定できません。");
            browser.type("#reviewForm\\:distributions\\:0\\:shippedDate", today.format(TYPED));
            browser.click("#reviewForm\\:distributions\\:0\\:ship");
            browser.waitForText("#reviewForm\\:messages", "発送済にしました。");
            assertThat(browser.find("#history").getText()).contains("配布予定", "発送済");
            browser.screenshot("distribution-shipped");
        }
        try (Browser browser = Browser.desktop(portal)) {
            browser.loginToHome("hospital", DemoData.PASSWORD);
            browser.go("/sos/detail.xhtml?id=" + id);
            String history = browser.find("#history").getText();
            assertThat(history).contains("受付完了", "配布予定", "①サージカルマスク 500個 配布予定日 2099/01/05", "発送済");
            assertThat(history.indexOf("国受付")).isLessThan(history.indexOf("配布予定"));
            assertThat(history.indexOf("配布予定")).isLessThan(history.indexOf("発送日"));
            browser.click("#detailForm\\:distributions\\:0\\:receive");
            browser.waitForText("#detailForm", "受領を登録しました。");
            assertThat(browser.find("#history").getText()).contains("受領しました");
            assertThat(browser.driver().findElements(By.id("detailForm:distributions:0:receive"))).isEmpty();
            browser.screenshot("distribution-received");
        }
        assertThat(distributions(id).get(0).get("step")).isEqualTo("RECEIVED");
        assertThat(distributions(id).get(0).get("shippedDate")).isEqualTo(today.toString());
    }

    @Test
    void aReviewerWhoActsSecondIsToldAndKeepsWhatWasTyped() {
        long id = submitted("同時に確認");
        try (Browser browser = Browser.desktop(portal)) {
            browser.loginToHome("pref-tokyo", DemoData.PASSWORD);
            browser.go("/review/request.xhtml?id=" + id);
            browser.type("#reviewForm\\:approved\\:0\\:quantity", "700");
            browser.type("#reviewForm\\:note", "あとから確認した担当者のメモ");
            api.confirm("pref-tokyo", id); // another reviewer (another session) confirms first

            browser.click("#reviewForm\\:confirm");
            browser.waitForText("#reviewForm\\:messages", "他のユーザーが先に更新しました。画面を再読み込みしてください。");
            assertThat(browser.find("#reviewForm\\:approved\\:0\\:quantity").getAttribute("value")).isEqualTo("700");
            assertThat(browser.find("#reviewForm\\:note").getAttribute("value")).isEqualTo("あとから確認した担当者のメモ");
            browser.screenshot("review-stale");
        }
        assertThat(api.request("hospital", id).get("approvedQuantities")).isEqualTo(Map.of());
        assertThat(history(id)).doesNotContain("あとから確認した担当者のメモ");
    }

    @Test
    void bulkConfirmationSaysWhatItDidAndWhatItRefused() {
        long fresh = submitted("一括確認の対象");
        long confirmed = submitted("確認済みの要請");
        long changedMeanwhile = submitted("表示の後で確認された要請");
        api.confirm("pref-tokyo", confirmed);
        try (Browser browser = Browser.desktop(portal)) {
            browser.loginToHome("pref-tokyo", DemoData.PASSWORD);
            browser.go("/review/requests.xhtml");
            browser.click("#tableForm\\:bulkConfirm");
            browser.waitForText("#tableForm\\:bulkMessages", "要請を1件以上選択してください。");
            // Another reviewer acts after the table was drawn: this one's bulk move must say its copy is stale.
            api.confirm("pref-tokyo", changedMeanwhile);

            browser.click("tr[data-rk='" + fresh + "'] .ui-chkbox-box");
            browser.click("tr[data-rk='" + confirmed + "'] .ui-chkbox-box");
            browser.click("tr[data-rk='" + changedMeanwhile + "'] .ui-chkbox-box");
            browser.click("#tableForm\\:bulkConfirm");
            assertThat(browser.waitForText("#bulkConfirmText", "選択した3件")).contains("承認数量は登録されません");
            browser.screenshot("bulk-confirm-dialog");
            browser.click("#tableForm\\:bulkConfirmYes");
            String results = browser.waitForText("#tableForm\\:bulkOutcomes", "対象外");
            assertThat(results).contains("成功", "都道府県の確認は済んでいます。", "他のユーザーが先に更新しました。");
            assertThat(browser.text()).contains("処理結果: 成功1件、対象外2件");
            browser.screenshot("bulk-confirm-result");
        }
        assertThat(history(fresh)).contains("都道府県確認");
        assertThat(api.request("hospital", fresh).get("approvedQuantities")).isEqualTo(Map.of());
    }

    private static long submitted(String comment) {
        long id = ((Number) api.createRequest("hospital", "1310000001", List.of("SURGICAL_MASK"), comment).get("id"))
                .longValue();
        assertThat(api.submit("hospital", id).get("status")).isEqualTo("UNDER_REVIEW");
        return id;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> distributions(long id) {
        var response = api.get("hospital", "/api/v1/requests/" + id + "/distributions");
        assertThat(response.statusCode()).isEqualTo(200);
        return (List<Map<String, Object>>) (List<?>) new org.openqa.selenium.json.Json().toType(response.body(), List.class);
    }

    private static String history(long id) {
        return api.history("hospital", id).toString();
    }
}
