package jp.sosportal.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import jp.sosportal.e2e.ApiClient.Reply;

/**
 * The API of issue 8 points 3 and 4 over HTTP: confirmation with 承認数量 (bad ones are 400 with field errors and
 * change nothing), and distributions recorded, shipped and received with the same access rules as the pages.
 */
class ReviewApiIT {

    static final String REQUESTS = "/api/v1/requests";
    static ApiClient api;

    @BeforeAll
    static void start() {
        api = new ApiClient(RunningPortal.get());
    }

    @Test
    void aConfirmationCarriesTheQuantitiesAndABadOneIsAFieldError() {
        JsonObject submitted = submitted("SURGICAL_MASK", "NON_STERILE_GLOVES");
        String confirm = REQUESTS + "/" + submitted.getInt("id") + "/confirm";
        int version = submitted.getInt("version");

        Reply bad = api.post("pref-tokyo", confirm, Json.createObjectBuilder().add("version", version)
                .add("quantities", Json.createObjectBuilder().add("SURGICAL_MASK", "たくさん")
                        .add("NON_STERILE_GLOVES", 1.5)).build());
        bad.problem(400);
        assertThat(bad.errorMessage("quantities.SURGICAL_MASK")).isEqualTo("整数を入力してください。");
        assertThat(bad.errorMessage("quantities.NON_STERILE_GLOVES")).isEqualTo("整数を入力してください。");
        Reply range = api.post("pref-tokyo", confirm, Json.createObjectBuilder().add("version", version)
                .add("quantities", Json.createObjectBuilder().add("SURGICAL_MASK", -1)
                        .add("NON_STERILE_GLOVES", 2_000_000)).build());
        range.problem(400);
        assertThat(range.errorMessage("quantities.SURGICAL_MASK")).isEqualTo("0以上の整数を入力してください。");
        assertThat(range.errorMessage("quantities.NON_STERILE_GLOVES")).isEqualTo("1,000,000以下の数量を入力してください。");
        assertThat(api.get("hospital", REQUESTS + "/" + submitted.getInt("id")).ok(200)).isEqualTo(submitted);

        JsonObject confirmed = api.post("pref-tokyo", confirm, Json.createObjectBuilder().add("version", version)
                .add("note", "電話で確認").add("quantities", Json.createObjectBuilder().add("SURGICAL_MASK", 300)
                        .add("NON_STERILE_GLOVES", 0)).build()).ok(200);
        assertThat(confirmed.getJsonObject("approvedQuantities")).isEqualTo(Json.createObjectBuilder()
                .add("NON_STERILE_GLOVES", 0).add("SURGICAL_MASK", 300).build());
        assertThat(api.post("pref-tokyo", confirm, Json.createObjectBuilder().add("version", version).build())
                .problem(409).getString("detail")).isEqualTo("他のユーザーが先に更新しました。画面を再読み込みしてください。");
    }

    @Test
    void distributionsAreRecordedShippedAndReceivedOverTheApi() {
        JsonObject submitted = submitted("SURGICAL_MASK");
        int id = submitted.getInt("id");
        String distributions = REQUESTS + "/" + id + "/distributions";
        JsonObject plan = Json.createObjectBuilder().add("item", "SURGICAL_MASK").add("quantity", 50)
                .add("plannedDate", "2099-01-05").build();
        assertThat(api.post("national", distributions, plan).problem(409).getString("detail"))
                .isEqualTo("受付完了になっていない要請には配布を登録できません。");

        JsonObject confirmed = api.post("pref-tokyo", REQUESTS + "/" + id + "/confirm",
                Json.createObjectBuilder().add("version", submitted.getInt("version")).build()).ok(200);
        api.post("national", REQUESTS + "/" + id + "/accept",
                Json.createObjectBuilder().add("version", confirmed.getInt("version")).build()).ok(200);

        Reply bad = api.post("national", distributions, Json.createObjectBuilder().add("item", "MASK")
                .add("quantity", "五十").add("plannedDate", "2099-02-30").build());
        bad.problem(400);
        assertThat(bad.errorFields()).containsExactly("quantity", "plannedDate");
        assertThat(bad.errorMessage("quantity")).isEqualTo("整数を入力してください。");
        Reply badItem = api.post("national", distributions, Json.createObjectBuilder().add("item", "MASK")
                .add("quantity", 0).add("plannedDate", "2099-01-05").build());
        badItem.problem(400);
        assertThat(badItem.errorFields()).containsExactly("item", "quantity");
        api.post("pref-tokyo", distributions, plan).problem(403);
        assertThat(api.get("national", distributions).array()).isEmpty();

        JsonObject planned = api.post("national", distributions, plan).ok(201);
        assertThat(planned.getString("step")).isEqualTo("PLANNED");
        assertThat(planned.getString("stepLabel")).isEqualTo("配布予定");
        String moves = "/api/v1/distributions/" + planned.getInt("id");
        api.post("hospital", moves + "/receive", Json.createObjectBuilder().add("version", planned.getInt("version"))
                .build()).problem(409);
        String today = OffsetDateTime.parse(planned.getString("recordedAt")).toLocalDate().toString();
        JsonObject shipped = api.post("national", moves + "/ship", Json.createObjectBuilder()
                .add("version", planned.getInt("version")).add("shippedDate", today).build()).ok(200);
        assertThat(shipped.getString("shippedDate")).isEqualTo(today);

        JsonObject version = Json.createObjectBuilder().add("version", shipped.getInt("version")).build();
        api.post("clinic", moves + "/receive", version).problem(404);
        api.get("pref-osaka", distributions).problem(404);
        JsonObject received = api.post("hospital", moves + "/receive", version).ok(200);
        assertThat(received.getString("step")).isEqualTo("RECEIVED");
        assertThat(received.getString("receivedBy")).isEqualTo("hospital");
        assertThat(api.get("pref-tokyo", distributions).array()).containsExactly(received);
    }

    private static JsonObject submitted(String... items) {
        var codes = Json.createArrayBuilder();
        for (String item : items) {
            codes.add(item);
        }
        JsonObject created = api.post("hospital", REQUESTS, Json.createObjectBuilder()
                .add("institutionCode", "1310000001").add("conditionsConfirmed", true)
                .add("n95ConditionsConfirmed", false).add("items", codes).build()).ok(201);
        return api.post("hospital", REQUESTS + "/" + created.getInt("id") + "/submit", null).ok(200);
    }
}
