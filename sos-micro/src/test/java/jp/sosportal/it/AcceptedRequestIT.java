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
 * Manual 3-2 and 4-1 to the end: a request the prefecture confirmed and the nation accepted (受付完了) offers no
 * 「編集」, its edit page refuses, and the server refuses an edit anyway — a stale form's save and a direct PUT.
 * The public API has no review moves, so this runs on an Arquillian deployment that adds them for tests only
 * ({@link ReviewMovesForTests}), with the accounts of {@link AcceptanceFixture}.
 */
@ExtendWith(ArquillianExtension.class)
class AcceptedRequestIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portalWith(AcceptanceFixture.class, ReviewMovesForTests.class);
    }

    @ArquillianResource
    URL base;

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
}
