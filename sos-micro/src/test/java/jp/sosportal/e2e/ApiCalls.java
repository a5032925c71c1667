package jp.sosportal.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;

import jp.sosportal.e2e.PortalApi.Reply;

/**
 * What the API tests share: the demo institutions (DemoData) and what they are there to show, the problem texts,
 * the one {@link PortalApi} on the shared {@link RunningPortal}, request and survey bodies and the calls and
 * assertions built on them.
 *
 * <p>Every test creates the requests it needs. Surveys are written only on dates in 2021, long before the demo
 * surveys, so the latest answers the demo institutions are checked on stay as DemoData wrote them. Other tests
 * sharing the running portal must do the same: the eligibility cases read the demo institutions' latest surveys.
 */
final class ApiCalls {

    // Demo institutions (DemoData) and what they are there to show.
    static final String SHINJUKU = "1310000001";          // hospital: passes
    static final String SHIBUYA = "1310000002";           // hospital2: daily survey all zero, fails ②
    static final String IKEBUKURO = "1320000001";         // clinic: passes
    static final String TESTCENTER = "1330000001";        // testcenter: passes
    static final String UMEDA = "2710000001";             // osaka-hospital: 4週間以上, fails ③

    static final String REQUESTS = "/api/v1/requests";
    static final String CONFIRM_FIRST = "「上記の緊急配布条件を満たしていることを確認した」にチェックをしてください。";
    static final String STALE = "他のユーザーが先に更新しました。画面を再読み込みしてください。";
    static final String NOT_FOUND = "指定されたデータは存在しないか、参照する権限がありません。";
    static final String MALFORMED = "リクエストの JSON の形式が正しくありません。";
    static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("uuuu/M/d");
    static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

    private static PortalApi api;

    private ApiCalls() {
    }

    /** The client of the shared portal (started at the first call). */
    static synchronized PortalApi api() {
        if (api == null) {
            api = new PortalApi(RunningPortal.get());
        }
        return api;
    }

    static JsonObjectBuilder body(String institutionCode, String... items) {
        JsonArrayBuilder codes = Json.createArrayBuilder();
        Arrays.stream(items).forEach(codes::add);
        return Json.createObjectBuilder().add("institutionCode", institutionCode).add("conditionsConfirmed", true)
                .add("n95ConditionsConfirmed", false).add("items", codes);
    }

    static JsonObject create(String user, JsonObjectBuilder body) {
        return api().post(user, REQUESTS, body.build()).ok(201);
    }

    static JsonObject submit(String user, JsonObject request) {
        return api().post(user, REQUESTS + "/" + id(request) + "/submit", null).ok(200);
    }

    static Reply edit(String user, JsonObject request, int version, JsonObjectBuilder body) {
        return api().put(user, REQUESTS + "/" + id(request), body.add("version", version).build());
    }

    static Reply review(String user, String move, JsonObject request, int version) {
        return api().post(user, REQUESTS + "/" + id(request) + "/" + move,
                Json.createObjectBuilder().add("version", version).build());
    }

    static JsonArray history(String user, JsonObject request) {
        Reply reply = api().get(user, REQUESTS + "/" + id(request) + "/history");
        assertThat(reply.status()).isEqualTo(200);
        return reply.array();
    }

    /** The history rows of 「システムチェック&申請」. */
    static List<JsonObject> submissions(JsonArray history) {
        return history.getValuesAs(JsonObject.class).stream()
                .filter(h -> h.getString("reason").startsWith("システムチェック&申請")).toList();
    }

    static void assertMove(JsonObject row, String actor, String from, String to, String reason) {
        assertThat(row.getString("actor")).isEqualTo(actor);
        assertThat(row.getString("from")).isEqualTo(from);
        assertThat(row.getString("to")).isEqualTo(to);
        assertThat(row.getString("reason")).isEqualTo(reason);
        assertThat(row.getString("at")).endsWith("+09:00");
    }

    /** The request reads exactly as it did, and its history holds nothing new. */
    static void assertUnchanged(String user, JsonObject before) {
        assertThat(api().get(user, REQUESTS + "/" + id(before)).ok(200)).isEqualTo(before);
        assertThat(history(user, before)).hasSize(1);
    }

    static long total(String user, String query) {
        return api().get(user, REQUESTS + "?" + query).ok(200).getJsonNumber("total").longValue();
    }

    static List<Integer> listedIds(String user, String query) {
        return ids(api().get(user, REQUESTS + "?" + query).ok(200));
    }

    static List<String> codes(String user, String query) {
        return api().get(user, REQUESTS + "?" + query).ok(200).getJsonArray("items").getValuesAs(JsonObject.class)
                .stream().map(r -> r.getString("institutionCode")).toList();
    }

    static List<Integer> ids(JsonObject page) {
        return page.getJsonArray("items").getValuesAs(JsonObject.class).stream().map(ApiCalls::id).toList();
    }

    static int id(JsonObject request) {
        return request.getInt("id");
    }

    static List<String> conditionIds(JsonObject check) {
        return check.getJsonArray("conditions").getValuesAs(JsonObject.class).stream()
                .map(c -> c.getString("id")).toList();
    }

    static List<JsonObject> conditions(JsonObject check, String id) {
        return check.getJsonArray("conditions").getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getString("id").equals(id)).toList();
    }

    static String shown(JsonObject condition) {
        return SHOWN.format(LocalDate.parse(condition.getString("surveyDate")));
    }

    static List<String> strings(JsonArray array) {
        return array.getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
    }

    static JsonObject daily(int quantitative, int qualitative, int inpatients, int beds, boolean testing, boolean pcr) {
        return Json.createObjectBuilder().add("antigenQuantitativeTests", quantitative)
                .add("antigenQualitativeTests", qualitative).add("inpatients", inpatients).add("acceptableBeds", beds)
                .add("testingInstitution", testing).add("pcrAvailable", pcr).build();
    }

    static void assertDaily(JsonObject d, int quantitative, int qualitative, int inpatients, int beds, boolean testing,
                            boolean pcr) {
        assertThat(d.getInt("antigenQuantitativeTests")).isEqualTo(quantitative);
        assertThat(d.getInt("antigenQualitativeTests")).isEqualTo(qualitative);
        assertThat(d.getInt("inpatients")).isEqualTo(inpatients);
        assertThat(d.getInt("acceptableBeds")).isEqualTo(beds);
        assertThat(d.getBoolean("testingInstitution")).isEqualTo(testing);
        assertThat(d.getBoolean("pcrAvailable")).isEqualTo(pcr);
    }

    static JsonObject weekly(JsonObject... items) {
        JsonArrayBuilder rows = Json.createArrayBuilder();
        Arrays.stream(items).forEach(rows::add);
        return Json.createObjectBuilder().add("items", rows).build();
    }

    static JsonObject item(String item, String outlook, int stock, int weeklyUse, int plannedPurchase) {
        return Json.createObjectBuilder().add("item", item).add("outlook", outlook).add("stock", stock)
                .add("weeklyUse", weeklyUse).add("plannedPurchase", plannedPurchase).build();
    }

    static JsonObject weeklyItem(JsonObject weekly, String code) {
        return weekly.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(i -> i.getString("item").equals(code)).findFirst()
                .orElseThrow(() -> new AssertionError(code + " missing in " + weekly));
    }

}
