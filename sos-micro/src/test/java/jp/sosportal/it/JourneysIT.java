package jp.sosportal.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.time.Duration;
import java.util.List;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

import jp.sosportal.e2e.Accessibility;
import jp.sosportal.e2e.Browser;
import jp.sosportal.e2e.PortalApi;

/**
 * The manual's steps that need more than the demo data, in a browser on an Arquillian deployment with the
 * accounts of {@link AcceptanceFixture}: a request taken to 受付完了 (the public API has no review moves, so the
 * deployment adds them for tests only, {@link ReviewMovesForTests}), and a first login.
 */
@ExtendWith(ArquillianExtension.class)
class JourneysIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portalWith(AcceptanceFixture.class, ReviewMovesForTests.class);
    }

    @ArquillianResource
    URL base;

    /**
     * Manual 3-2 and 4-1: 受付完了 offers no 「編集」, its edit page refuses, and the server refuses an edit anyway
     * (a form opened before the acceptance, and a direct PUT).
     */
    @Test
    void anAcceptedRequestCannotBeEditedOnThePageOrOnTheServer() {
        PortalApi api = new PortalApi(base.toString());
        api.awaitReady(Duration.ofSeconds(60));
        long id = ((Number) api.createRequest(AcceptanceFixture.STAFF, AcceptanceFixture.INSTITUTION,
                List.of("SURGICAL_MASK"), "受付完了までの確認").get("id")).longValue();
        assertThat(api.submit(AcceptanceFixture.STAFF, id)).containsEntry("status", "UNDER_REVIEW");

        try (Browser browser = Browser.open(base.toString(), 1280, 900)) {
            browser.login(AcceptanceFixture.STAFF, AcceptanceFixture.PASSWORD);
            browser.waitForUrl("/index.xhtml");
            browser.go("/sos/edit.xhtml?id=" + id); // opened before the review finishes

            assertThat(api.send(AcceptanceFixture.PREFECTURE, "POST", "/api/v1/test-review/requests/" + id + "/confirm",
                    null).statusCode()).isEqualTo(204);
            assertThat(api.send(AcceptanceFixture.NATIONAL, "POST", "/api/v1/test-review/requests/" + id + "/accept",
                    null).statusCode()).isEqualTo(204);
            assertThat(api.request(AcceptanceFixture.STAFF, id)).containsEntry("status", "ACCEPTED");

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
            browser.screenshot("sos-accepted");
            Accessibility.assertNoSeriousViolations(browser, "request detail in 受付完了");

            browser.go("/sos/edit.xhtml?id=" + id);
            assertThat(browser.text()).contains("受付完了の要請は変更できません。");
            assertThat(browser.driver().findElements(By.id("requestForm:save"))).as("no form").isEmpty();
            browser.screenshot("sos-accepted-edit-refused");
        }

        long version = ((Number) api.request(AcceptanceFixture.STAFF, id).get("version")).longValue();
        var refused = api.edit(AcceptanceFixture.STAFF, id, version, List.of("SURGICAL_MASK"), "直接の変更");
        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(PortalApi.json(refused.body())).containsEntry("detail", "受付完了の要請は変更できません。");
        assertThat(api.request(AcceptanceFixture.STAFF, id)).containsEntry("comment", "受付完了までの確認");
    }

    /** Manual 3-1: 「初回ログイン時は担当者名とメールアドレスの登録内容をご確認ください」, before anything else. */
    @Test
    void aFirstLoginConfirmsContactNameAndMailBeforeAnythingElse() {
        new PortalApi(base.toString()).awaitReady(Duration.ofSeconds(60));
        try (Browser browser = Browser.open(base.toString(), 1280, 900)) {
            browser.login(AcceptanceFixture.FIRST_LOGIN, AcceptanceFixture.PASSWORD);
            browser.waitForUrl("/profile/confirm.xhtml");
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
            browser.waitForUrl("/index.xhtml");
            assertThat(browser.text()).contains("担当者名とメールアドレスを登録しました。", "初回 花子 さん");
            browser.screenshot("first-login-confirmed");

            browser.go("/sos/list.xhtml");
            assertThat(browser.find("h1").getText()).isEqualTo("実施中の緊急配布要請");
        }
    }
}
