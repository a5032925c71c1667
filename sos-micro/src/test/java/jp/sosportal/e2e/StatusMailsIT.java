package jp.sosportal.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import jp.sosportal.demo.boundary.DemoData;

/**
 * Status mails (issue 15 point 1): each change that matters to an institution mails its staff, in Japanese, with
 * the request's title and link and nothing of another institution; a user turns off the kinds they do not want
 * (受付完了 always comes).
 */
class StatusMailsIT {

    static final String REQUESTS = "/api/v1/requests";
    static final Duration WAIT = Duration.ofSeconds(30);
    static PortalApi api;
    static Mailbox mailbox;

    @BeforeAll
    static void start() {
        api = new PortalApi(RunningPortal.get());
        mailbox = Mailbox.start(RunningPortal.SMTP_PORT);
    }

    @AfterAll
    static void stop() {
        mailbox.close();
    }

    @Test
    void everyStepOfARequestMailsItsInstitution() {
        JsonObject submitted = submit("hospital", "1310000001");
        int id = submitted.getInt("id");
        MimeMessage received = awaitMail(id, "hospital", "緊急配布要請を受け付けました");
        assertThat(Mailbox.body(received)).contains("新宿 花子 様", submitted.getString("title"),
                "対応ステータス: 都道府県・国確認中", "http://localhost:" + RunningPortal.PORT + "/sos/detail.xhtml?id=" + id)
                .doesNotContain("渋谷");

        JsonObject confirmed = api.post("pref-tokyo", REQUESTS + "/" + id + "/confirm",
                Json.createObjectBuilder().add("version", submitted.getInt("version")).build()).ok(200);
        awaitMail(id, "hospital", "都道府県の確認が済みました");
        api.post("national", REQUESTS + "/" + id + "/accept",
                Json.createObjectBuilder().add("version", confirmed.getInt("version")).build()).ok(200);
        assertThat(Mailbox.body(awaitMail(id, "hospital", "受付が完了しました"))).contains("対応ステータス: 受付完了");

        JsonObject planned = api.post("national", REQUESTS + "/" + id + "/distributions", Json.createObjectBuilder()
                .add("item", "SURGICAL_MASK").add("quantity", 500).add("plannedDate", "2099-01-05").build()).ok(201);
        assertThat(Mailbox.body(awaitMail(id, "hospital", "配布予定が登録されました")))
                .contains("物資: サージカルマスク、数量: 500個、配布予定日: 2099/1/5");
        String today = OffsetDateTime.parse(planned.getString("recordedAt")).toLocalDate().toString();
        api.post("national", "/api/v1/distributions/" + planned.getInt("id") + "/ship", Json.createObjectBuilder()
                .add("version", planned.getInt("version")).add("shippedDate", today).build()).ok(200);
        assertThat(Mailbox.body(awaitMail(id, "hospital", "物資を発送しました"))).contains("物資: サージカルマスク", "「受領」");
    }

    @Test
    void aFailedCheckMailsTheConditionsItFailed() {
        JsonObject failed = submit("hospital2", "1310000002");
        assertThat(failed.getString("status")).isEqualTo("ERROR");
        String sentence = failed.getJsonObject("check").getJsonArray("conditions").getValuesAs(JsonObject.class)
                .stream().filter(c -> !c.getBoolean("passed")).findFirst().orElseThrow().getString("message");
        assertThat(Mailbox.body(awaitMail(failed.getInt("id"), "hospital2", "エラー有り")))
                .contains("・" + sentence, "対応ステータス: エラー有り");
    }

    @Test
    void aUserWhoTurnedSubmittedMailsOffGetsNoneButStillHearsOfAcceptance() {
        try (Browser browser = Browser.desktop(RunningPortal.get())) {
            browser.loginToHome("clinic", DemoData.PASSWORD).click("#mailSettings");
            browser.waitForUrl("/profile/mail.xhtml");
            browser.click("label[for='mailForm:kinds:0']"); // 受付
            browser.click("#mailForm\\:save");
            assertThat(browser.waitForText(".message-info", "保存しました")).contains("メール通知の設定を保存しました。");
            try {
                JsonObject submitted = submit("clinic", "1320000001");
                int id = submitted.getInt("id");
                JsonObject confirmed = api.post("pref-tokyo", REQUESTS + "/" + id + "/confirm",
                        Json.createObjectBuilder().add("version", submitted.getInt("version")).build()).ok(200);
                api.post("national", REQUESTS + "/" + id + "/accept",
                        Json.createObjectBuilder().add("version", confirmed.getInt("version")).build()).ok(200);
                awaitMail(id, "clinic", "受付が完了しました");
                assertThat(mailbox.matching(about(id, "clinic", "緊急配布要請を受け付けました"))).isEmpty();
            } finally {
                browser.go("/profile/mail.xhtml").click("label[for='mailForm:kinds:0']");
                browser.click("#mailForm\\:save");
                browser.waitForText(".message-info", "保存しました");
            }
        }
    }

    private static JsonObject submit(String user, String institutionCode) {
        JsonObject created = api.post(user, REQUESTS, Json.createObjectBuilder()
                .add("institutionCode", institutionCode).add("conditionsConfirmed", true)
                .add("n95ConditionsConfirmed", false).add("items", Json.createArrayBuilder().add("SURGICAL_MASK"))
                .build()).ok(201);
        return api.post(user, REQUESTS + "/" + created.getInt("id") + "/submit", null).ok(200);
    }

    private static MimeMessage awaitMail(int requestId, String user, String subject) {
        return mailbox.await(about(requestId, user, subject), WAIT).orElseThrow(() -> new AssertionError(
                "no mail 「" + subject + "」 about request " + requestId + " to " + user));
    }

    private static Predicate<MimeMessage> about(int requestId, String user, String subject) {
        return Mailbox.to(user + "@example.jp").and(Mailbox.subjectContains(subject))
                .and(mail -> Pattern.compile("/sos/detail\\.xhtml\\?id=" + requestId + "\\b")
                        .matcher(Mailbox.body(mail)).find());
    }
}
