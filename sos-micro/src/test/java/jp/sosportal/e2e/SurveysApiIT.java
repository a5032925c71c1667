package jp.sosportal.e2e;

import static jp.sosportal.e2e.ApiCalls.MALFORMED;
import static jp.sosportal.e2e.ApiCalls.NOT_FOUND;
import static jp.sosportal.e2e.ApiCalls.REQUESTS;
import static jp.sosportal.e2e.ApiCalls.SHIBUYA;
import static jp.sosportal.e2e.ApiCalls.SHINJUKU;
import static jp.sosportal.e2e.ApiCalls.TOKYO;
import static jp.sosportal.e2e.ApiCalls.api;
import static jp.sosportal.e2e.ApiCalls.assertDaily;
import static jp.sosportal.e2e.ApiCalls.assertUnchanged;
import static jp.sosportal.e2e.ApiCalls.body;
import static jp.sosportal.e2e.ApiCalls.create;
import static jp.sosportal.e2e.ApiCalls.daily;
import static jp.sosportal.e2e.ApiCalls.id;
import static jp.sosportal.e2e.ApiCalls.item;
import static jp.sosportal.e2e.ApiCalls.total;
import static jp.sosportal.e2e.ApiCalls.weekly;
import static jp.sosportal.e2e.ApiCalls.weeklyItem;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.stream.Stream;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import jp.sosportal.e2e.PortalApi.Reply;

/**
 * The survey endpoints of API.md end to end: daily and weekly answers recorded, read, listed and replaced; every bad
 * answer refused by field with nothing written (verified by reading back); dates in the future or no dates;
 * another institution's surveys not found; reviewers read but do not answer; malformed JSON.
 */
class SurveysApiIT {

    @Test
    void aDailySurveyIsRecordedReadListedAndReplaced() {
        String path = "/api/v1/institutions/" + SHINJUKU + "/daily-surveys/2021-02-01";
        JsonObject recorded = api().put("hospital", path, daily(1, 2, 3, 4, true, false)).ok(200);
        assertThat(recorded.getString("institutionCode")).isEqualTo(SHINJUKU);
        assertThat(recorded.getString("date")).isEqualTo("2021-02-01");
        assertThat(recorded.getString("answeredBy")).isEqualTo("hospital");
        assertThat(recorded.getString("answeredAt")).endsWith("+09:00");

        JsonObject read = api().get("hospital", path).ok(200);
        assertDaily(read, 1, 2, 3, 4, true, false);

        api().put("hospital", path, daily(0, 0, 7, 0, false, true)).ok(200);
        assertDaily(api().get("hospital", path).ok(200), 0, 0, 7, 0, false, true);

        JsonArray listed = api().get("hospital", "/api/v1/institutions/" + SHINJUKU
                + "/daily-surveys?from=2021-02-01&to=2021-02-01").array();
        assertThat(listed).hasSize(1);
        assertDaily(listed.getJsonObject(0), 0, 0, 7, 0, false, true);
        assertThat(api().get("pref-tokyo", path).ok(200).getInt("inpatients")).as("the prefecture reads it").isEqualTo(7);
        assertThat(api().get("national", path).ok(200).getInt("inpatients")).isEqualTo(7);
    }

    @Test
    void theDailyListHoldsTheDaysAskedFor() {
        String base = "/api/v1/institutions/" + SHINJUKU + "/daily-surveys";
        api().put("hospital", base + "/2021-02-10", daily(0, 1, 0, 0, false, false)).ok(200);
        api().put("hospital", base + "/2021-02-11", daily(0, 2, 0, 0, false, false)).ok(200);
        api().put("hospital", base + "/2021-02-12", daily(0, 3, 0, 0, false, false)).ok(200);

        JsonArray listed = api().get("hospital", base + "?from=2021-02-10&to=2021-02-11").array();
        assertThat(listed.getValuesAs(JsonObject.class)).extracting(d -> d.getString("date"))
                .containsExactlyInAnyOrder("2021-02-10", "2021-02-11");
        api().get("hospital", base + "?from=2021-02-30").problem(400);
    }

    @Test
    void aWeeklySurveyIsRecordedWithDaysOnHandAndReplaced() {
        String path = "/api/v1/institutions/" + SHINJUKU + "/weekly-surveys/2021-02-01";
        JsonObject recorded = api().put("hospital", path, weekly(
                item("SURGICAL_MASK", "WITHIN_1_WEEK", 1200, 900, 0),
                item("NON_STERILE_GLOVES", "FOUR_WEEKS_OR_MORE", 5000, 0, 100))).ok(200);
        assertThat(recorded.getString("answeredBy")).isEqualTo("hospital");

        JsonObject read = api().get("hospital", path).ok(200);
        JsonObject masks = weeklyItem(read, "SURGICAL_MASK");
        assertThat(masks.getString("outlook")).isEqualTo("WITHIN_1_WEEK");
        assertThat(masks.getInt("stock")).isEqualTo(1200);
        assertThat(masks.getInt("weeklyUse")).isEqualTo(900);
        assertThat(masks.getInt("plannedPurchase")).isEqualTo(0);
        assertThat(masks.getInt("daysOnHand")).as("1200 ÷ 900 × 7").isEqualTo(9);
        JsonObject gloves = weeklyItem(read, "NON_STERILE_GLOVES");
        assertThat(gloves.getString("outlook")).isEqualTo("FOUR_WEEKS_OR_MORE");
        assertThat(gloves.containsKey("daysOnHand") && !gloves.isNull("daysOnHand"))
                .as("no days on hand without use").isFalse();

        api().put("hospital", path, weekly(item("FACE_SHIELD", "TWO_TO_THREE_WEEKS", 30, 10, 5))).ok(200);
        JsonObject replaced = api().get("hospital", path).ok(200);
        assertThat(replaced.getJsonArray("items")).hasSize(1);
        assertThat(weeklyItem(replaced, "FACE_SHIELD").getString("outlook")).isEqualTo("TWO_TO_THREE_WEEKS");
    }

    static Stream<Arguments> badDailyAnswers() {
        return Stream.of(
                Arguments.of(2, "antigenQuantitativeTests", Json.createValue(-1), "0以上の整数を入力してください。"),
                Arguments.of(3, "inpatients", Json.createValue(1.5), "整数を入力してください。"),
                Arguments.of(4, "acceptableBeds", Json.createValue(10_000_000_000L), "整数を入力してください。"),
                Arguments.of(5, "antigenQualitativeTests", null, "入力してください。"),
                Arguments.of(6, "pcrAvailable", JsonValue.NULL, "入力してください。"),
                Arguments.of(7, "testingInstitution", Json.createValue("maybe"), "true または false を指定してください。"));
    }

    @ParameterizedTest
    @MethodSource("badDailyAnswers")
    void aBadDailyAnswerIsRefusedByFieldAndOverwritesNothing(int day, String field, JsonValue bad, String message) {
        String path = "/api/v1/institutions/" + SHINJUKU + "/daily-surveys/2021-03-0" + day;
        api().put("hospital", path, daily(1, 1, 1, 1, true, true)).ok(200);

        JsonObjectBuilder badBody = Json.createObjectBuilder(daily(2, 2, 2, 2, false, false));
        if (bad == null) {
            badBody.remove(field);
        } else {
            badBody.add(field, bad);
        }
        Reply refused = api().put("hospital", path, badBody.build());
        refused.problem(400);
        assertThat(refused.errorFields()).containsExactly(field);
        assertThat(refused.errorMessage(field)).isEqualTo(message);

        assertDaily(api().get("hospital", path).ok(200), 1, 1, 1, 1, true, true);
    }

    static Stream<Arguments> badWeeklyAnswers() {
        return Stream.of(
                Arguments.of(2, weekly(item("MASK", "WITHIN_1_WEEK", 1, 1, 1)), "items[0].item",
                        "「MASK」は登録されていない物資です。"),
                Arguments.of(3, weekly(item("SURGICAL_MASK", "SOON", 1, 1, 1)), "items[0].outlook",
                        "「サージカルマスク」の備蓄見通しを選択してください。"),
                Arguments.of(4, weekly(item("SURGICAL_MASK", "WITHIN_1_WEEK", -5, 1, 1)), "items[0].stock",
                        "0以上の整数を入力してください。"),
                Arguments.of(5, weekly(Json.createObjectBuilder(item("SURGICAL_MASK", "WITHIN_1_WEEK", 1, 1, 1))
                        .add("weeklyUse", 2.5).build()), "items[0].weeklyUse", "整数を入力してください。"),
                Arguments.of(6, weekly(item("SURGICAL_MASK", "WITHIN_1_WEEK", 1, 1, 1),
                        item("SURGICAL_MASK", "WITHIN_1_WEEK", 2, 2, 2)), "items[1].item",
                        "「サージカルマスク」が重複しています。"),
                Arguments.of(7, Json.createObjectBuilder().add("items", Json.createArrayBuilder()).build(), "items",
                        "週次調査は物資を1つ以上回答してください。"),
                Arguments.of(8, Json.createObjectBuilder().add("items", Json.createArrayBuilder().addNull()).build(),
                        "items[0]", "入力してください。"));
    }

    @ParameterizedTest
    @MethodSource("badWeeklyAnswers")
    void aBadWeeklyAnswerIsRefusedByFieldAndOverwritesNothing(int day, JsonObject bad, String field, String message) {
        String path = "/api/v1/institutions/" + SHINJUKU + "/weekly-surveys/2021-03-1" + day;
        api().put("hospital", path, weekly(item("ISOLATION_GOWN", "TWO_TO_THREE_WEEKS", 10, 5, 0))).ok(200);

        Reply refused = api().put("hospital", path, bad);
        refused.problem(400);
        assertThat(refused.errorFields()).containsExactly(field);
        assertThat(refused.errorMessage(field)).isEqualTo(message);

        JsonObject kept = api().get("hospital", path).ok(200);
        assertThat(kept.getJsonArray("items")).hasSize(1);
        assertThat(weeklyItem(kept, "ISOLATION_GOWN").getInt("stock")).isEqualTo(10);
    }

    @Test
    void aSurveyDatedInTheFutureIsRefusedAndNotWritten() {
        String tomorrow = LocalDate.now(TOKYO).plusDays(1).toString();
        String dailyPath = "/api/v1/institutions/" + SHINJUKU + "/daily-surveys/" + tomorrow;
        String weeklyPath = "/api/v1/institutions/" + SHINJUKU + "/weekly-surveys/" + tomorrow;

        Reply daily = api().put("hospital", dailyPath, daily(1, 1, 1, 1, true, true));
        assertThat(daily.problem(400).getString("detail")).isEqualTo("未来の日付は指定できません。");
        assertThat(daily.errorFields()).containsExactly("date");
        Reply weekly = api().put("hospital", weeklyPath, weekly(item("SURGICAL_MASK", "WITHIN_1_WEEK", 1, 1, 1)));
        assertThat(weekly.problem(400).getString("detail")).isEqualTo("未来の日付は指定できません。");

        assertThat(api().get("hospital", dailyPath).problem(404).getString("detail")).isEqualTo(NOT_FOUND);
        api().get("hospital", weeklyPath).problem(404);
    }

    @Test
    void aDateThatIsNoDateIsRefusedByName() {
        Reply refused = api().put("hospital", "/api/v1/institutions/" + SHINJUKU + "/daily-surveys/2021-02-30",
                daily(1, 1, 1, 1, true, true));
        refused.problem(400);
        assertThat(refused.errorMessage("date")).isEqualTo("日付は yyyy-MM-dd の形式で指定してください。");
    }

    @Test
    void anotherInstitutionsSurveysAreNotFoundAndNotWritten() {
        String own = "/api/v1/institutions/" + SHINJUKU + "/daily-surveys/2021-04-01";
        String theirs = "/api/v1/institutions/" + SHIBUYA + "/daily-surveys/2021-04-01";
        api().put("hospital", own, daily(0, 0, 1, 0, false, false)).ok(200);

        assertThat(api().put("hospital", theirs, daily(9, 9, 9, 9, true, true)).problem(404).getString("detail"))
                .isEqualTo(NOT_FOUND);
        api().put("hospital", "/api/v1/institutions/" + SHIBUYA + "/weekly-surveys/2021-04-01",
                weekly(item("SURGICAL_MASK", "WITHIN_1_WEEK", 1, 1, 1))).problem(404);
        api().get("hospital", theirs).problem(404);
        api().get("hospital", "/api/v1/institutions/" + SHIBUYA + "/daily-surveys").problem(404);
        api().get("hospital", "/api/v1/institutions/" + SHIBUYA + "/weekly-surveys/2021-04-01").problem(404);
        assertThat(api().get("hospital2", theirs).status()).as("hospital wrote nothing for 渋谷中央病院").isEqualTo(404);

        api().get("hospital2", own).problem(404);
        api().get("pref-osaka", own).problem(404);
        api().get("hospital", "/api/v1/institutions/9999999999/daily-surveys").problem(404);
        assertThat(api().get("pref-tokyo", own).ok(200).getInt("inpatients")).isEqualTo(1);
    }

    @Test
    void reviewersReadSurveysButDoNotAnswerThem() {
        String path = "/api/v1/institutions/" + SHINJUKU + "/daily-surveys/2021-04-02";
        api().put("pref-tokyo", path, daily(1, 1, 1, 1, true, true)).problem(403);
        api().put("national", path, daily(1, 1, 1, 1, true, true)).problem(403);
        api().get("hospital", path).problem(404);
    }

    static Stream<Arguments> malformedBodies() {
        return Stream.of(
                Arguments.of("POST", REQUESTS, "{\"institutionCode\":"),
                Arguments.of("POST", REQUESTS, "[1, 2]"),
                Arguments.of("POST", REQUESTS, "{\"institutionCode\":\"" + SHINJUKU
                        + "\",\"conditionsConfirmed\":true,\"items\":\"SURGICAL_MASK\"}"),
                Arguments.of("POST", REQUESTS, ""),
                Arguments.of("PUT", "/api/v1/institutions/" + SHINJUKU + "/daily-surveys/2021-04-03",
                        "{\"inpatients\": }"),
                Arguments.of("PUT", "/api/v1/institutions/" + SHINJUKU + "/daily-surveys/2021-04-03",
                        "{\"antigenQuantitativeTests\":\"x\",\"antigenQualitativeTests\":0,\"inpatients\":0,"
                                + "\"acceptableBeds\":0,\"testingInstitution\":true,\"pcrAvailable\":true}"),
                Arguments.of("PUT", "/api/v1/institutions/" + SHINJUKU + "/weekly-surveys/2021-04-03",
                        "{\"items\":[{\"item\":\"SURGICAL_MASK\",\"outlook\":\"WITHIN_1_WEEK\",\"stock\":\"many\"}]}"),
                Arguments.of("PUT", "/api/v1/institutions/" + SHINJUKU + "/weekly-surveys/2021-04-03", "{\"items\":["));
    }

    @ParameterizedTest
    @MethodSource("malformedBodies")
    void malformedJsonIs400AndWritesNothing(String method, String path, String text) {
        long before = total("hospital", "institution=" + SHINJUKU);
        Reply refused = api().raw("hospital", method, path, text);
        assertThat(refused.problem(400).getString("detail")).isEqualTo(MALFORMED);
        assertThat(total("hospital", "institution=" + SHINJUKU)).isEqualTo(before);
        if (path.contains("surveys")) {
            api().get("hospital", path).problem(404);
        }
    }

    @Test
    void aMalformedEditIs400AndOverwritesNothing() {
        JsonObject created = create("hospital", body(SHINJUKU, "SURGICAL_MASK"));
        String path = REQUESTS + "/" + id(created);
        assertThat(api().raw("hospital", "PUT", path, "{\"version\": 1, \"items\": [").problem(400)
                .getString("detail")).isEqualTo(MALFORMED);
        assertUnchanged("hospital", created);
    }
}
