package jp.sosportal.e2e;

import static jp.sosportal.e2e.ApiCalls.NOT_FOUND;
import static jp.sosportal.e2e.ApiCalls.REQUESTS;
import static jp.sosportal.e2e.ApiCalls.SHINJUKU;
import static jp.sosportal.e2e.ApiCalls.STALE;
import static jp.sosportal.e2e.ApiCalls.api;
import static jp.sosportal.e2e.ApiCalls.assertMove;
import static jp.sosportal.e2e.ApiCalls.body;
import static jp.sosportal.e2e.ApiCalls.create;
import static jp.sosportal.e2e.ApiCalls.edit;
import static jp.sosportal.e2e.ApiCalls.history;
import static jp.sosportal.e2e.ApiCalls.id;
import static jp.sosportal.e2e.ApiCalls.review;
import static jp.sosportal.e2e.ApiCalls.submit;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.junit.jupiter.api.Test;

import jp.sosportal.e2e.PortalApi.Reply;

/**
 * The review API over HTTP: the moves (都道府県確認, 受付完了) in their order and by their roles, a changed request
 * confirmed again, 受付完了 final; issue 8 points 3 and 4: confirmation with 承認数量 (bad ones are 400 with field
 * errors and change nothing), and distributions recorded, shipped and received with the same access rules as the
 * pages.
 */
class ReviewApiIT {

    @Test
    void aConfirmationCarriesTheQuantitiesAndABadOneIsAFieldError() {
        JsonObject submitted = submitted("SURGICAL_MASK", "NON_STERILE_GLOVES");
        String confirm = REQUESTS + "/" + submitted.getInt("id") + "/confirm";
        int version = submitted.getInt("version");

        Reply bad = api().post("pref-tokyo", confirm, Json.createObjectBuilder().add("version", version)
                .add("quantities", Json.createObjectBuilder().add("SURGICAL_MASK", "たくさん")
                        .add("NON_STERILE_GLOVES", 1.5)).build());
        bad.problem(400);
        assertThat(bad.errorMessage("quantities.SURGICAL_MASK")).isEqualTo("整数を入力してください。");
        assertThat(bad.errorMessage("quantities.NON_STERILE_GLOVES")).isEqualTo("整数を入力してください。");
        Reply range = api().post("pref-tokyo", confirm, Json.createObjectBuilder().add("version", version)
                .add("quantities", Json.createObjectBuilder().add("SURGICAL_MASK", -1)
                        .add("NON_STERILE_GLOVES", 2_000_000)).build());
        range.problem(400);
        assertThat(range.errorMessage("quantities.SURGICAL_MASK")).isEqualTo("0以上の整数を入力してください。");
        assertThat(range.errorMessage("quantities.NON_STERILE_GLOVES")).isEqualTo("1,000,000以下の数量を入力してください。");
        assertThat(api().get("hospital", REQUESTS + "/" + submitted.getInt("id")).ok(200)).isEqualTo(submitted);

        JsonObject confirmed = api().post("pref-tokyo", confirm, Json.createObjectBuilder().add("version", version)
                .add("note", "電話で確認").add("quantities", Json.createObjectBuilder().add("SURGICAL_MASK", 300)
                        .add("NON_STERILE_GLOVES", 0)).build()).ok(200);
        assertThat(confirmed.getJsonObject("approvedQuantities")).isEqualTo(Json.createObjectBuilder()
                .add("NON_STERILE_GLOVES", 0).add("SURGICAL_MASK", 300).build());
        assertThat(api().post("pref-tokyo", confirm, Json.createObjectBuilder().add("version", version).build())
                .problem(409).getString("detail")).isEqualTo("他のユーザーが先に更新しました。画面を再読み込みしてください。");
    }

    @Test
    void distributionsAreRecordedShippedAndReceivedOverTheApi() {
        JsonObject submitted = submitted("SURGICAL_MASK");
        int id = submitted.getInt("id");
        String distributions = REQUESTS + "/" + id + "/distributions";
        JsonObject plan = Json.createObjectBuilder().add("item", "SURGICAL_MASK").add("quantity", 50)
                .add("plannedDate", "2099-01-05").build();
        assertThat(api().post("national", distributions, plan).problem(409).getString("detail"))
                .isEqualTo("受付完了になっていない要請には配布を登録できません。");

        JsonObject confirmed = api().post("pref-tokyo", REQUESTS + "/" + id + "/confirm",
                Json.createObjectBuilder().add("version", submitted.getInt("version")).build()).ok(200);
        api().post("national", REQUESTS + "/" + id + "/accept",
                Json.createObjectBuilder().add("version", confirmed.getInt("version")).build()).ok(200);

        Reply bad = api().post("national", distributions, Json.createObjectBuilder().add("item", "MASK")
                .add("quantity", "五十").add("plannedDate", "2099-02-30").build());
        bad.problem(400);
        assertThat(bad.errorFields()).containsExactly("quantity", "plannedDate");
        assertThat(bad.errorMessage("quantity")).isEqualTo("整数を入力してください。");
        Reply badItem = api().post("national", distributions, Json.createObjectBuilder().add("item", "MASK")
                .add("quantity", 0).add("plannedDate", "2099-01-05").build());
        badItem.problem(400);
        assertThat(badItem.errorFields()).containsExactly("item", "quantity");
        api().post("pref-tokyo", distributions, plan).problem(403);
        assertThat(api().get("national", distributions).array()).isEmpty();

        JsonObject planned = api().post("national", distributions, plan).ok(201);
        assertThat(planned.getString("step")).isEqualTo("PLANNED");
        assertThat(planned.getString("stepLabel")).isEqualTo("配布予定");
        String moves = "/api/v1/distributions/" + planned.getInt("id");
        api().post("hospital", moves + "/receive", Json.createObjectBuilder().add("version", planned.getInt("version"))
                .build()).problem(409);
        String today = OffsetDateTime.parse(planned.getString("recordedAt")).toLocalDate().toString();
        JsonObject shipped = api().post("national", moves + "/ship", Json.createObjectBuilder()
                .add("version", planned.getInt("version")).add("shippedDate", today).build()).ok(200);
        assertThat(shipped.getString("shippedDate")).isEqualTo(today);

        JsonObject version = Json.createObjectBuilder().add("version", shipped.getInt("version")).build();
        api().post("clinic", moves + "/receive", version).problem(404);
        api().get("pref-osaka", distributions).problem(404);
        JsonObject received = api().post("hospital", moves + "/receive", version).ok(200);
        assertThat(received.getString("step")).isEqualTo("RECEIVED");
        assertThat(received.getString("receivedBy")).isEqualTo("hospital");
        assertThat(api().get("pref-tokyo", distributions).array()).containsExactly(received);
    }

    @Test
    void anAcceptedRequestCannotBeEdited() {
        JsonObject created = create("hospital", body(SHINJUKU, "SURGICAL_MASK").add("comment", "受付前"));
        JsonObject submitted = submit("hospital", created);
        JsonObject confirmed = review("pref-tokyo", "confirm", created, submitted.getInt("version")).ok(200);
        assertThat(confirmed.getString("status")).isEqualTo("UNDER_REVIEW");
        JsonObject accepted = review("national", "accept", created, confirmed.getInt("version")).ok(200);
        assertThat(accepted.getString("status")).isEqualTo("ACCEPTED");
        assertThat(accepted.getString("statusLabel")).isEqualTo("受付完了");

        Reply refused = edit("hospital", created, accepted.getInt("version"),
                body(SHINJUKU, "FACE_SHIELD").add("comment", "受付後"));
        assertThat(refused.problem(409).getString("detail")).isEqualTo("受付完了の要請は変更できません。");

        assertThat(api().get("hospital", REQUESTS + "/" + id(created)).ok(200)).isEqualTo(accepted);
        JsonArray history = history("hospital", created);
        assertThat(history).hasSize(4);
        // The institution sees its reviewers by their display name, not their user name (issue 13).
        assertMove(history.getJsonObject(2), "東京都 確認担当", "UNDER_REVIEW", "UNDER_REVIEW", "都道府県確認");
        assertMove(history.getJsonObject(3), "国 確認担当", "UNDER_REVIEW", "ACCEPTED", "国受付");
    }

    @Test
    void reviewMovesKeepTheirOrderAndTheirRoles() {
        JsonObject created = create("hospital", body(SHINJUKU, "SURGICAL_MASK"));
        review("pref-tokyo", "confirm", created, created.getInt("version")).problem(409);

        JsonObject submitted = submit("hospital", created);
        int version = submitted.getInt("version");
        assertThat(review("national", "accept", created, version).problem(409).getString("detail"))
                .isEqualTo("都道府県の確認が済んでいないため、受付完了にできません。");
        review("hospital", "confirm", created, version).problem(403);
        assertThat(review("pref-osaka", "confirm", created, version).problem(404).getString("detail"))
                .isEqualTo(NOT_FOUND);
        assertThat(review("pref-tokyo", "confirm", created, version - 1).problem(409).getString("detail"))
                .isEqualTo(STALE);
        Reply noVersion = api().post("pref-tokyo", REQUESTS + "/" + id(created) + "/confirm",
                JsonValue.EMPTY_JSON_OBJECT);
        noVersion.problem(400);
        assertThat(noVersion.errorFields()).containsExactly("version");
        review("pref-tokyo", "accept", created, version).problem(403);

        assertThat(api().get("hospital", REQUESTS + "/" + id(created)).ok(200)).isEqualTo(submitted);
        assertThat(history("hospital", created)).hasSize(2);
    }

    @Test
    void changedContentNeedsThePrefecturesConfirmationAgain() {
        JsonObject created = create("hospital", body(SHINJUKU, "SURGICAL_MASK"));
        JsonObject confirmed = review("pref-tokyo", "confirm", created, submit("hospital", created).getInt("version"))
                .ok(200);
        edit("hospital", created, confirmed.getInt("version"),
                body(SHINJUKU, "SURGICAL_MASK", "NON_STERILE_GLOVES")).ok(200);
        JsonObject resubmitted = submit("hospital", created);
        assertThat(resubmitted.getString("status")).isEqualTo("UNDER_REVIEW");

        assertThat(review("national", "accept", created, resubmitted.getInt("version")).problem(409)
                .getString("detail")).isEqualTo("都道府県の確認が済んでいないため、受付完了にできません。");
        JsonObject again = review("pref-tokyo", "confirm", created, resubmitted.getInt("version")).ok(200);
        assertThat(review("national", "accept", created, again.getInt("version")).ok(200).getString("status"))
                .isEqualTo("ACCEPTED");
    }

    private static JsonObject submitted(String... items) {
        return submit("hospital", create("hospital", body(SHINJUKU, items)));
    }
}
