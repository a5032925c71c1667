package jp.sosportal.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import jp.sosportal.calendar.control.BusinessCalendar;
import jp.sosportal.e2e.ApiClient.Reply;

/**
 * The JSON API of API.md end to end, against the running portal and its demo data, with HTTP Basic as scripts use
 * it: every endpoint, every bad input of issue 5 (each answered with problem+json in Japanese and nothing
 * written, which is verified by reading back), the eligibility rules of SPEC.md §3 on the demo institutions, the
 * status machine with its history, optimistic locking, concurrent submissions and the access rules.
 *
 * <p>Every test creates the requests it needs. Surveys are written only on dates in 2021, long before the demo
 * surveys, so the latest answers the demo institutions are checked on stay as DemoData wrote them. Other tests
 * sharing the running portal must do the same: the eligibility cases read the demo institutions' latest surveys.
 */
class ApiIT {

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

    static ApiClient api;

    @BeforeAll
    static void start() {
        api = new ApiClient(RunningPortal.get());
    }

    // ---------------------------------------------------------------------------------------------------------
    // Authentication and the API description

    @Test
    void withoutCredentialsTheApiAsksForThemInJapanese() {
        Reply reply = api.withAuthorization(null, REQUESTS);
        JsonObject problem = reply.problem(401);
        assertThat(problem.getString("detail")).isEqualTo("ログインが必要です。ユーザ名とパスワードを確認してください。");
        assertThat(reply.response().headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
                challenge -> assertThat(challenge).startsWith("Basic "));
    }

    @ParameterizedTest
    @CsvSource({"hospital, wrong-password", "hospital, sosdemo2021", "nobody, SosDemo2021", "'', SosDemo2021"})
    void aWrongLoginIs401EvenRightAfterTheRightOne(String user, String password) {
        assertThat(api.get("hospital", REQUESTS).status()).as("the right password first").isEqualTo(200);
        api.withAuthorization(ApiClient.basic(user, password), REQUESTS).problem(401);
    }

    @Test
    void garbledBasicCredentialsAre401() {
        api.withAuthorization("Basic !!!not-base64", REQUESTS).problem(401);
        api.withAuthorization("Basic " + Base64.getEncoder().encodeToString("no-colon".getBytes()), REQUESTS)
                .problem(401);
    }

    @Test
    void aRefusedLoginWritesNothing() {
        long before = total("hospital", "institution=" + SHINJUKU);
        api.withAuthorization(ApiClient.basic("hospital", "wrong-password"), "POST", REQUESTS,
                body(SHINJUKU, "SURGICAL_MASK").build()).problem(401);
        api.withAuthorization(null, "POST", REQUESTS, body(SHINJUKU, "SURGICAL_MASK").build()).problem(401);
        assertThat(total("hospital", "institution=" + SHINJUKU)).isEqualTo(before);
    }

    @Test
    void openApiDescribesEveryEndpointWithoutALogin() {
        Reply reply = api.withAuthorization(null, "/openapi");
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.body()).contains("/api/v1/requests", "/api/v1/requests/{id}", "/api/v1/requests/{id}/check",
                "/api/v1/requests/{id}/submit", "/api/v1/requests/{id}/history", "/api/v1/requests/{id}/confirm",
                "/api/v1/requests/{id}/accept", "/api/v1/institutions/{code}/daily-surveys",
                "/api/v1/institutions/{code}/daily-surveys/{date}",
                "/api/v1/institutions/{code}/weekly-surveys/{date}");
    }

    @Test
    void unknownPathsAndMethodsAnswerProblemsInJapanese() {
        assertThat(api.get("hospital", "/api/v1/nothing-here").problem(404).getString("detail")).isEqualTo(NOT_FOUND);
        api.raw("hospital", "DELETE", REQUESTS + "/1", "").problem(405);
        assertThat(api.raw("hospital", "POST", REQUESTS, "x").problem(400).getString("detail")).isEqualTo(MALFORMED);
    }

    // ---------------------------------------------------------------------------------------------------------
    // Surveys

    @Test
    void aDailySurveyIsRecordedReadListedAndReplaced() {
        String path = "/api/v1/institutions/" + SHINJUKU + "/daily-surveys/2021-02-01";
        JsonObject recorded = api.put("hospital", path, daily(1, 2, 3, 4, true, false)).ok(200);
        assertThat(recorded.getString("institutionCode")).isEqualTo(SHINJUKU);
        assertThat(recorded.getString("date")).isEqualTo("2021-02-01");
        assertThat(recorded.getString("answeredBy")).isEqualTo("hospital");
        assertThat(recorded.getString("answeredAt")).endsWith("+09:00");

        JsonObject read = api.get("hospital", path).ok(200);
        assertDaily(read, 1, 2, 3, 4, true, false);

        api.put("hospital", path, daily(0, 0, 7, 0, false, true)).ok(200);
        assertDaily(api.get("hospital", path).ok(200), 0, 0, 7, 0, false, true);

        JsonArray listed = api.get("hospital", "/api/v1/institutions/" + SHINJUKU
                + "/daily-surveys?from=2021-02-01&to=2021-02-01").array();
        assertThat(listed).hasSize(1);
        assertDaily(listed.getJsonObject(0), 0, 0, 7, 0, false, true);
        assertThat(api.get("pref-tokyo", path).ok(200).getInt("inpatients")).as("the prefecture reads it").isEqualTo(7);
        assertThat(api.get("national", path).ok(200).getInt("inpatients")).isEqualTo(7);
    }

    @Test
    void theDailyListHoldsTheDaysAskedFor() {
        String base = "/api/v1/institutions/" + SHINJUKU + "/daily-surveys";
        api.put("hospital", base + "/2021-02-10", daily(0, 1, 0, 0, false, false)).ok(200);
        api.put("hospital", base + "/2021-02-11", daily(0, 2, 0, 0, false, false)).ok(200);
        api.put("hospital", base + "/2021-02-12", daily(0, 3, 0, 0, false, false)).ok(200);

        JsonArray listed = api.get("hospital", base + "?from=2021-02-10&to=2021-02-11").array();
        assertThat(listed.getValuesAs(JsonObject.class)).extracting(d -> d.getString("date"))
                .containsExactlyInAnyOrder("2021-02-10", "2021-02-11");
        api.get("hospital", base + "?from=2021-02-30").problem(400);
    }

    @Test
    void aWeeklySurveyIsRecordedWithDaysOnHandAndReplaced() {
        String path = "/api/v1/institutions/" + SHINJUKU + "/weekly-surveys/2021-02-01";
        JsonObject recorded = api.put("hospital", path, weekly(
                item("SURGICAL_MASK", "WITHIN_1_WEEK", 1200, 900, 0),
                item("NON_STERILE_GLOVES", "FOUR_WEEKS_OR_MORE", 5000, 0, 100))).ok(200);
        assertThat(recorded.getString("answeredBy")).isEqualTo("hospital");

        JsonObject read = api.get("hospital", path).ok(200);
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

        api.put("hospital", path, weekly(item("FACE_SHIELD", "TWO_TO_THREE_WEEKS", 30, 10, 5))).ok(200);
        JsonObject replaced = api.get("hospital", path).ok(200);
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
        api.put("hospital", path, daily(1, 1, 1, 1, true, true)).ok(200);

        JsonObjectBuilder badBody = Json.createObjectBuilder(daily(2, 2, 2, 2, false, false));
        if (bad == null) {
            badBody.remove(field);
        } else {
            badBody.add(field, bad);
        }
        Reply refused = api.put("hospital", path, badBody.build());
        refused.problem(400);
        assertThat(refused.errorFields()).containsExactly(field);
        assertThat(refused.errorMessage(field)).isEqualTo(message);

        assertDaily(api.get("hospital", path).ok(200), 1, 1, 1, 1, true, true);
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
        api.put("hospital", path, weekly(item("ISOLATION_GOWN", "TWO_TO_THREE_WEEKS", 10, 5, 0))).ok(200);

        Reply refused = api.put("hospital", path, bad);
        refused.problem(400);
        assertThat(refused.errorFields()).containsExactly(field);
        assertThat(refused.errorMessage(field)).isEqualTo(message);

        JsonObject kept = api.get("hospital", path).ok(200);
        assertThat(kept.getJsonArray("items")).hasSize(1);
        assertThat(weeklyItem(kept, "ISOLATION_GOWN").getInt("stock")).isEqualTo(10);
    }

    @Test
    void aSurveyDatedInTheFutureIsRefusedAndNotWritten() {
        String tomorrow = LocalDate.now(TOKYO).plusDays(1).toString();
        String dailyPath = "/api/v1/institutions/" + SHINJUKU + "/daily-surveys/" + tomorrow;
        String weeklyPath = "/api/v1/institutions/" + SHINJUKU + "/weekly-surveys/" + tomorrow;

        Reply daily = api.put("hospital", dailyPath, daily(1, 1, 1, 1, true, true));
        assertThat(daily.problem(400).getString("detail")).isEqualTo("未来の日付は指定できません。");
        assertThat(daily.errorFields()).containsExactly("date");
        Reply weekly = api.put("hospital", weeklyPath, weekly(item("SURGICAL_MASK", "WITHIN_1_WEEK", 1, 1, 1)));
        assertThat(weekly.problem(400).getString("detail")).isEqualTo("未来の日付は指定できません。");

        assertThat(api.get("hospital", dailyPath).problem(404).getString("detail")).isEqualTo(NOT_FOUND);
        api.get("hospital", weeklyPath).problem(404);
    }

    @Test
    void aDateThatIsNoDateIsRefusedByName() {
        Reply refused = api.put("hospital", "/api/v1/institutions/" + SHINJUKU + "/daily-surveys/2021-02-30",
                daily(1, 1, 1, 1, true, true));
        refused.problem(400);
        assertThat(refused.errorMessage("date")).isEqualTo("日付は yyyy-MM-dd の形式で指定してください。");
    }

    @Test
    void anotherInstitutionsSurveysAreNotFoundAndNotWritten() {
        String own = "/api/v1/institutions/" + SHINJUKU + "/daily-surveys/2021-04-01";
        String theirs = "/api/v1/institutions/" + SHIBUYA + "/daily-surveys/2021-04-01";
        api.put("hospital", own, daily(0, 0, 1, 0, false, false)).ok(200);

        assertThat(api.put("hospital", theirs, daily(9, 9, 9, 9, true, true)).problem(404).getString("detail"))
                .isEqualTo(NOT_FOUND);
        api.put("hospital", "/api/v1/institutions/" + SHIBUYA + "/weekly-surveys/2021-04-01",
                weekly(item("SURGICAL_MASK", "WITHIN_1_WEEK", 1, 1, 1))).problem(404);
        api.get("hospital", theirs).problem(404);
        api.get("hospital", "/api/v1/institutions/" + SHIBUYA + "/daily-surveys").problem(404);
        api.get("hospital", "/api/v1/institutions/" + SHIBUYA + "/weekly-surveys/2021-04-01").problem(404);
        assertThat(api.get("hospital2", theirs).status()).as("hospital wrote nothing for 渋谷中央病院").isEqualTo(404);

        api.get("hospital2", own).problem(404);
        api.get("pref-osaka", own).problem(404);
        api.get("hospital", "/api/v1/institutions/9999999999/daily-surveys").problem(404);
        assertThat(api.get("pref-tokyo", own).ok(200).getInt("inpatients")).isEqualTo(1);
    }

    @Test
    void reviewersReadSurveysButDoNotAnswerThem() {
        String path = "/api/v1/institutions/" + SHINJUKU + "/daily-surveys/2021-04-02";
        api.put("pref-tokyo", path, daily(1, 1, 1, 1, true, true)).problem(403);
        api.put("national", path, daily(1, 1, 1, 1, true, true)).problem(403);
        api.get("hospital", path).problem(404);
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
        Reply refused = api.raw("hospital", method, path, text);
        assertThat(refused.problem(400).getString("detail")).isEqualTo(MALFORMED);
        assertThat(total("hospital", "institution=" + SHINJUKU)).isEqualTo(before);
        if (path.contains("surveys")) {
            api.get("hospital", path).problem(404);
        }
    }

    @Test
    void aMalformedEditIs400AndOverwritesNothing() {
        JsonObject created = create("hospital", body(SHINJUKU, "SURGICAL_MASK"));
        String path = REQUESTS + "/" + id(created);
        assertThat(api.raw("hospital", "PUT", path, "{\"version\": 1, \"items\": [").problem(400)
                .getString("detail")).isEqualTo(MALFORMED);
        assertUnchanged("hospital", created);
    }

    // ---------------------------------------------------------------------------------------------------------
    // Requests: create, read, check, submit, edit, history

    @Test
    void aRequestIsCreatedAsNotSubmittedWithItsTitleAndLocation() {
        Reply reply = api.post("hospital", REQUESTS, body(SHINJUKU, "NON_STERILE_GLOVES", "SURGICAL_MASK")
                .add("comment", "手袋が3日分しかありません\n\"至急\"").build());
        JsonObject created = reply.ok(201);
        assertThat(reply.response().headers().firstValue("Location"))
                .hasValue(api.uri(REQUESTS + "/" + id(created)).toString());

        LocalDate createdOn = OffsetDateTime.parse(created.getString("createdAt")).atZoneSameInstant(TOKYO)
                .toLocalDate();
        assertThat(created.getString("title")).isEqualTo(SHOWN.format(createdOn) + "_東京都立新宿病院_緊急配布要請");
        assertThat(created.getString("institutionCode")).isEqualTo(SHINJUKU);
        assertThat(created.getString("institutionName")).isEqualTo("東京都立新宿病院");
        assertThat(created.getString("institutionType")).isEqualTo("HOSPITAL");
        assertThat(created.getString("status")).isEqualTo("NOT_SUBMITTED");
        assertThat(created.getString("statusLabel")).isEqualTo("未申請");
        assertThat(created.getString("statusText")).isEqualTo("申請前の状態です。「システムチェック&申請」ボタンを押してください。");
        assertThat(created.getBoolean("conditionsConfirmed")).isTrue();
        assertThat(created.getBoolean("n95ConditionsConfirmed")).isFalse();
        assertThat(strings(created.getJsonArray("items"))).containsExactly("NON_STERILE_GLOVES", "SURGICAL_MASK");
        assertThat(created.getString("comment")).isEqualTo("手袋が3日分しかありません\n\"至急\"");
        assertThat(created.containsKey("submittedAt")).as("申請日時 is empty before a submission").isFalse();
        assertThat(created.containsKey("handlingDate")).isFalse();
        assertThat(created.containsKey("check")).isFalse();

        JsonObject read = api.get("hospital", REQUESTS + "/" + id(created)).ok(200);
        assertThat(read).isEqualTo(created);

        JsonArray history = history("hospital", created);
        assertThat(history).hasSize(1);
        JsonObject first = history.getJsonObject(0);
        assertThat(first.getString("actor")).isEqualTo("hospital");
        assertThat(first.containsKey("from") && !first.isNull("from")).isFalse();
        assertThat(first.getString("to")).isEqualTo("NOT_SUBMITTED");
        assertThat(first.getString("reason")).isEqualTo("作成");
        assertThat(first.getString("at")).endsWith("+09:00");
    }

    @Test
    void aCommentOfExactly1000CharactersIsKept() {
        String comment = "あ".repeat(999) + "い";
        JsonObject created = create("hospital", body(SHINJUKU, "SURGICAL_MASK").add("comment", comment));
        assertThat(created.getString("comment")).hasSize(1000).isEqualTo(comment);
    }

    @Test
    void thePreCheckExplainsEveryConditionAndChangesNothing() {
        JsonObject created = create("hospital", body(SHINJUKU, "SURGICAL_MASK", "NON_STERILE_GLOVES"));
        JsonObject check = api.post("hospital", REQUESTS + "/" + id(created) + "/check", null).ok(200);

        assertThat(check.getBoolean("passed")).isTrue();
        assertThat(conditionIds(check)).containsExactly("CONFIRMED", "DAILY", "WEEKLY", "WEEKLY");
        assertThat(conditions(check, "WEEKLY")).extracting(c -> c.getString("item"))
                .containsExactly("SURGICAL_MASK", "NON_STERILE_GLOVES");
        JsonObject daily = conditions(check, "DAILY").get(0);
        assertThat(daily.getString("field")).isEqualTo("入院中");
        assertThat(daily.getString("message")).isEqualTo(
                "日次調査(" + shown(daily) + ")の「入院中」が" + daily.getString("value") + "人です。");
        assertThat(Integer.parseInt(daily.getString("value"))).isPositive();
        JsonObject masks = conditions(check, "WEEKLY").get(0);
        assertThat(masks.getString("message")).isEqualTo(
                "週次調査(" + shown(masks) + ")の「サージカルマスク」の備蓄見通しが「1週間以内」です。");

        assertUnchanged("hospital", created);
    }

    @Test
    void aPassingSubmissionGoesToReviewWithItsHandlingDate() {
        JsonObject created = create("hospital", body(SHINJUKU, "SURGICAL_MASK"));
        JsonObject submitted = submit("hospital", created);

        assertThat(submitted.getString("status")).isEqualTo("UNDER_REVIEW");
        assertThat(submitted.getString("statusLabel")).isEqualTo("都道府県・国確認中");
        assertThat(submitted.getString("statusText")).isEqualTo("要請内容を確認しています。");
        assertThat(submitted.getJsonObject("check").getBoolean("passed")).isTrue();
        assertThat(submitted.getJsonObject("check").getString("checkedAt")).endsWith("+09:00");

        OffsetDateTime submittedAt = OffsetDateTime.parse(submitted.getString("submittedAt"));
        LocalDate handling = LocalDate.parse(submitted.getString("handlingDate"));
        assertThat(submitted.getString("submittedAt")).endsWith("+09:00");
        assertThat(handling).as("対応予定日").isAfterOrEqualTo(submittedAt.toLocalDate())
                .isEqualTo(BusinessCalendar.japan().handlingDate(submittedAt.atZoneSameInstant(TOKYO)));
        assertThat(handling.getDayOfWeek()).isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
        assertThat(BusinessCalendar.japan().isBusinessDay(handling)).isTrue();

        JsonArray history = history("hospital", created);
        assertThat(history).hasSize(2);
        assertMove(history.getJsonObject(1), "hospital", "NOT_SUBMITTED", "UNDER_REVIEW",
                "システムチェック&申請: 条件を満たしています");
        assertThat(api.get("hospital", REQUESTS + "/" + id(created)).ok(200)).isEqualTo(submitted);
    }

    @Test
    void aFailedSubmissionIsAnErrorThatSaysWhy() {
        JsonObject created = create("hospital2", body(SHIBUYA, "SURGICAL_MASK"));
        JsonObject submitted = submit("hospital2", created);

        assertThat(submitted.getString("status")).isEqualTo("ERROR");
        assertThat(submitted.getString("statusLabel")).isEqualTo("エラー有り");
        assertThat(submitted.containsKey("submittedAt")).as("申請日時 is the last successful submission").isFalse();
        assertThat(submitted.containsKey("handlingDate")).isFalse();
        JsonObject daily = conditions(submitted.getJsonObject("check"), "DAILY").get(0);
        assertThat(daily.getBoolean("passed")).isFalse();
        assertThat(daily.getString("message")).contains("「入院中」", "条件②を満たしません");
        assertMove(history("hospital2", created).getJsonObject(1), "hospital2", "NOT_SUBMITTED", "ERROR",
                "システムチェック&申請: 条件を満たさない項目があります");
    }

    @ParameterizedTest
    @CsvSource({"hospital, " + SHINJUKU + ", UNDER_REVIEW", "hospital2, " + SHIBUYA + ", ERROR"})
    void submittingAgainWithNothingChangedRecordsOneSubmission(String user, String code, String status) {
        JsonObject created = create(user, body(code, "SURGICAL_MASK"));
        JsonObject first = submit(user, created);
        JsonObject second = submit(user, created);

        assertThat(second.getString("status")).isEqualTo(status);
        assertThat(second).as("the same result").isEqualTo(first);
        assertThat(submissions(history(user, created))).hasSize(1);
    }

    @Test
    void twoSubmissionsAtTheSameMomentRecordOne() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            for (int round = 0; round < 3; round++) {
                JsonObject created = create("clinic", body(IKEBUKURO, "SURGICAL_MASK"));
                CountDownLatch start = new CountDownLatch(1);
                List<Future<Reply>> replies = new ArrayList<>();
                for (int i = 0; i < 4; i++) {
                    replies.add(pool.submit(() -> {
                        start.await();
                        return api.post("clinic", REQUESTS + "/" + id(created) + "/submit", null);
                    }));
                }
                start.countDown();
                List<JsonObject> answers = new ArrayList<>();
                for (Future<Reply> reply : replies) {
                    answers.add(reply.get().ok(200));
                }
                assertThat(answers).extracting(a -> a.getString("status")).containsOnly("UNDER_REVIEW");
                assertThat(answers).extracting(a -> a.getString("submittedAt")).as("one 申請日時").hasSize(4)
                        .containsOnly(answers.get(0).getString("submittedAt"));
                assertThat(submissions(history("clinic", created))).as("round %d", round).hasSize(1);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void anEditGoesBackToNotSubmittedAndIsCheckedAgain() {
        JsonObject created = create("hospital", body(SHINJUKU, "SURGICAL_MASK"));
        JsonObject submitted = submit("hospital", created);

        JsonObject edited = edit("hospital", created, submitted.getInt("version"),
                body(SHINJUKU, "SURGICAL_MASK", "FACE_SHIELD").add("comment", "ガウンも")).ok(200);
        assertThat(edited.getString("status")).isEqualTo("NOT_SUBMITTED");
        assertThat(strings(edited.getJsonArray("items"))).containsExactly("SURGICAL_MASK", "FACE_SHIELD");
        assertThat(edited.getString("comment")).isEqualTo("ガウンも");
        assertThat(edited.getInt("version")).isGreaterThan(submitted.getInt("version"));
        assertThat(edited.getString("title")).as("the title keeps the creation date")
                .isEqualTo(created.getString("title"));
        JsonArray history = history("hospital", created);
        assertThat(history).hasSize(3);
        assertMove(history.getJsonObject(2), "hospital", "UNDER_REVIEW", "NOT_SUBMITTED", "編集");

        JsonObject resubmitted = submit("hospital", created);
        assertThat(resubmitted.getString("status")).as("④ has 4週間以上 at 東京都立新宿病院").isEqualTo("ERROR");
        assertThat(conditions(resubmitted.getJsonObject("check"), "WEEKLY")).extracting(c -> c.getString("item"))
                .containsExactly("SURGICAL_MASK", "FACE_SHIELD");
        assertThat(submissions(history("hospital", created))).hasSize(2);
    }

    @Test
    void savingTheSameContentAgainChangesNothing() {
        JsonObject created = create("hospital", body(SHINJUKU, "SURGICAL_MASK").add("comment", "同じ"));
        JsonObject saved = edit("hospital", created, created.getInt("version"),
                body(SHINJUKU, "SURGICAL_MASK").add("comment", "同じ")).ok(200);
        assertThat(saved.getInt("version")).isEqualTo(created.getInt("version"));
        assertThat(history("hospital", created)).hasSize(1);
    }

    @Test
    void aStaleVersionIs409AndOverwritesNothing() {
        JsonObject created = create("hospital", body(SHINJUKU, "SURGICAL_MASK"));
        int version = created.getInt("version");
        JsonObject first = edit("hospital", created, version, body(SHINJUKU, "SURGICAL_MASK").add("comment", "先"))
                .ok(200);

        Reply late = edit("hospital", created, version, body(SHINJUKU, "FACE_SHIELD").add("comment", "後"));
        assertThat(late.problem(409).getString("detail")).isEqualTo(STALE);

        JsonObject read = api.get("hospital", REQUESTS + "/" + id(created)).ok(200);
        assertThat(read).isEqualTo(first);
        assertThat(read.getString("comment")).isEqualTo("先");
        assertThat(history("hospital", created)).hasSize(2);
    }

    @Test
    void anEditWithoutItsVersionIsRefused() {
        JsonObject created = create("hospital", body(SHINJUKU, "SURGICAL_MASK"));
        Reply refused = api.put("hospital", REQUESTS + "/" + id(created),
                body(SHINJUKU, "FACE_SHIELD").build());
        refused.problem(400);
        assertThat(refused.errorMessage("version")).isEqualTo("入力してください。");
        assertUnchanged("hospital", created);
    }

    // ---------------------------------------------------------------------------------------------------------
    // Review moves and 受付完了

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

        assertThat(api.get("hospital", REQUESTS + "/" + id(created)).ok(200)).isEqualTo(accepted);
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
        Reply noVersion = api.post("pref-tokyo", REQUESTS + "/" + id(created) + "/confirm",
                JsonValue.EMPTY_JSON_OBJECT);
        noVersion.problem(400);
        assertThat(noVersion.errorFields()).containsExactly("version");
        review("pref-tokyo", "accept", created, version).problem(403);

        assertThat(api.get("hospital", REQUESTS + "/" + id(created)).ok(200)).isEqualTo(submitted);
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

    // ---------------------------------------------------------------------------------------------------------
    // Bad request input

    static Stream<Arguments> badRequests() {
        return Stream.of(
                Arguments.of("unknown item", body(SHINJUKU, "SURGICAL_MASK", "MASK"), 400, "items",
                        "「MASK」は登録されていない物資です。"),
                Arguments.of("no item", body(SHINJUKU), 400, "items", "要請する物資を1つ以上選択してください。"),
                Arguments.of("an item twice", body(SHINJUKU, "FACE_SHIELD", "FACE_SHIELD"), 400, "items",
                        "「アイシールド/フェイスシールド」が重複しています。"),
                Arguments.of("a null item", body(SHINJUKU).add("items", Json.createArrayBuilder().addNull()), 400,
                        "items", "入力してください。"),
                Arguments.of("comment of 1,001 characters", body(SHINJUKU, "SURGICAL_MASK").add("comment",
                        "あ".repeat(1001)), 400, "comment", "1,000文字以内で入力してください。"),
                Arguments.of("first checkbox unchecked", body(SHINJUKU, "SURGICAL_MASK")
                        .add("conditionsConfirmed", false), 422, "conditionsConfirmed", CONFIRM_FIRST),
                Arguments.of("first checkbox absent", body(SHINJUKU, "SURGICAL_MASK")
                        .remove("conditionsConfirmed"), 422, "conditionsConfirmed", CONFIRM_FIRST),
                Arguments.of("N95 without its checkbox", body(SHINJUKU, "N95_MASK"), 422, "n95ConditionsConfirmed",
                        "N95マスクを要請する場合は、「N95マスクの緊急配布要請(SOS)の条件確認」の"
                                + "「上記の緊急配布条件を満たしていることを確認した」にチェックをしてください。"),
                Arguments.of("a checkbox that is not a boolean", body(SHINJUKU, "SURGICAL_MASK")
                        .add("conditionsConfirmed", "yes"), 400, "conditionsConfirmed",
                        "true または false を指定してください。"),
                Arguments.of("no institution", body(SHINJUKU, "SURGICAL_MASK").remove("institutionCode"), 400,
                        "institutionCode", "入力してください。"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badRequests")
    void aBadRequestIsRefusedByFieldAndSavesNothing(String name, JsonObjectBuilder body, int status, String field,
                                                    String message) {
        long before = total("hospital", "institution=" + SHINJUKU);
        Reply refused = api.post("hospital", REQUESTS, body.build());
        JsonObject problem = refused.problem(status);
        assertThat(refused.errorFields()).containsExactly(field);
        assertThat(refused.errorMessage(field)).isEqualTo(message);
        assertThat(problem.getString("detail")).isEqualTo(message);
        assertThat(total("hospital", "institution=" + SHINJUKU)).as("nothing saved").isEqualTo(before);
    }

    /** The same bad bodies as an edit: an edit does not name the institution, so that case is left out. */
    static Stream<Arguments> badEdits() {
        return badRequests().filter(arguments -> !"institutionCode".equals(arguments.get()[3]));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badEdits")
    void aBadEditIsRefusedAndOverwritesNothing(String name, JsonObjectBuilder body, int status, String field,
                                               String message) {
        JsonObject created = create("hospital", body(SHINJUKU, "SURGICAL_MASK").add("comment", "元のまま"));
        Reply refused = edit("hospital", created, created.getInt("version"), body);
        refused.problem(status);
        assertThat(refused.errorMessage(field)).isEqualTo(message);
        assertUnchanged("hospital", created);
    }

    @Test
    void aRequestForAnotherInstitutionIsNotFoundAndNotSaved() {
        long before = total("hospital2", "institution=" + SHIBUYA);
        assertThat(api.post("hospital", REQUESTS, body(SHIBUYA, "SURGICAL_MASK").build()).problem(404)
                .getString("detail")).isEqualTo(NOT_FOUND);
        api.post("hospital", REQUESTS, body("9999999999", "SURGICAL_MASK").build()).problem(404);
        assertThat(total("hospital2", "institution=" + SHIBUYA)).isEqualTo(before);
        api.post("pref-tokyo", REQUESTS, body(SHINJUKU, "SURGICAL_MASK").build()).problem(403);
    }

    // ---------------------------------------------------------------------------------------------------------
    // Eligibility (SPEC.md §3) on the demo institutions

    /** A demo institution's check: {date} in a message stands for the date of the survey the condition read. */
    record Eligibility(String user, String code, List<String> items, boolean n95Checked, boolean passes,
                       List<String> conditions, String failing, String message) {

        @Override
        public String toString() {
            return user + " " + items + (passes ? " passes" : " fails " + failing);
        }
    }

    static Stream<Eligibility> demoEligibility() {
        List<String> masks = List.of("SURGICAL_MASK");
        List<String> n95 = List.of("N95_MASK");
        return Stream.of(
                new Eligibility("hospital", SHINJUKU, List.of("SURGICAL_MASK", "NON_STERILE_GLOVES"), false, true,
                        List.of("CONFIRMED", "DAILY", "WEEKLY", "WEEKLY"), null, null),
                new Eligibility("hospital2", SHIBUYA, masks, false, false, List.of("CONFIRMED", "DAILY", "WEEKLY"),
                        "DAILY", "日次調査({date})では「うち抗原定量検査実施人数」「うち抗原定性検査(簡易キット)実施人数」「入院中」"
                                + "「新型コロナウイルス感染患者受入可能数」がいずれも0人で、「診療・検査医療機関(検体採取等を行う"
                                + "地域外来・検査センターを含む)」の指定がなく、「PCR検査実施の可否」が「可能」ではないため、"
                                + "条件②を満たしません。"),
                new Eligibility("osaka-hospital", UMEDA, List.of("NON_STERILE_GLOVES"), false, false,
                        List.of("CONFIRMED", "DAILY", "WEEKLY"), "WEEKLY",
                        "週次調査({date})の「非滅菌手袋」の備蓄見通しが「4週間以上」のため、条件③を満たしません。"),
                new Eligibility("clinic", IKEBUKURO, masks, false, true,
                        List.of("CONFIRMED", "DAILY_EXISTS", "WEEKLY"), null, null),
                new Eligibility("clinic2", "1320000002", masks, false, false,
                        List.of("CONFIRMED", "DAILY_EXISTS", "WEEKLY"), "DAILY_EXISTS",
                        "日次調査の回答がないため、診療所の条件(7日以内に日次調査の回答があること)を満たしません。"),
                new Eligibility("testcenter", TESTCENTER, masks, false, true,
                        List.of("CONFIRMED", "DAILY_EXISTS", "WEEKLY"), null, null),
                new Eligibility("osaka-testcenter", "2730000001", masks, false, false,
                        List.of("CONFIRMED", "DAILY_EXISTS", "WEEKLY"), "DAILY_EXISTS",
                        "日次調査の最新回答({date})が7日より古いため、地域外来・検査センターの条件(7日以内に日次調査の回答が"
                                + "あること)を満たしません。"),
                new Eligibility("osaka-clinic", "2720000001", masks, false, false,
                        List.of("CONFIRMED", "DAILY_EXISTS", "WEEKLY"), "WEEKLY",
                        "週次調査の最新回答({date})が14日より古いため、「サージカルマスク」について条件③を満たしません。"),
                new Eligibility("aggregator", "1390000001", List.of("SURGICAL_MASK", "FACE_SHIELD"), false, true,
                        List.of("CONFIRMED", "WEEKLY_EXISTS"), null, null),
                new Eligibility("osaka-aggregator", "2790000001", masks, false, false,
                        List.of("CONFIRMED", "WEEKLY_EXISTS"), "WEEKLY_EXISTS",
                        "週次調査の回答がないため、とりまとめ団体の条件(14日以内に週次調査の回答があること)を満たしません。"),
                new Eligibility("osaka-hospital2", "2710000002", n95, true, true,
                        List.of("CONFIRMED", "DAILY", "WEEKLY", "N95"), null, null),
                new Eligibility("hospital", SHINJUKU, n95, true, true,
                        List.of("CONFIRMED", "DAILY", "WEEKLY", "N95"), null, null),
                new Eligibility("hospital2", SHIBUYA, n95, true, false,
                        List.of("CONFIRMED", "DAILY", "WEEKLY", "N95"), "N95",
                        "「N95マスク(DS2を含む)」の条件を満たしません。日次調査({date})の「入院中」「新型コロナウイルス感染患者"
                                + "受入可能数」がいずれも0人です。"),
                new Eligibility("clinic", IKEBUKURO, n95, true, false,
                        List.of("CONFIRMED", "DAILY_EXISTS", "WEEKLY", "N95"), "N95",
                        "「N95マスク(DS2を含む)」の条件を満たしません。医療機関の種別が「診療所」で、病院ではありません。"
                                + "日次調査({date})の「入院中」「新型コロナウイルス感染患者受入可能数」がいずれも0人です。"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("demoEligibility")
    void theCheckExplainsEachDemoInstitution(Eligibility expected) {
        JsonObjectBuilder body = body(expected.code(), expected.items().toArray(String[]::new))
                .add("n95ConditionsConfirmed", expected.n95Checked());
        JsonObject created = create(expected.user(), body);
        JsonObject check = api.post(expected.user(), REQUESTS + "/" + id(created) + "/check", null).ok(200);

        assertThat(check.getBoolean("passed")).isEqualTo(expected.passes());
        assertThat(conditionIds(check)).containsExactlyElementsOf(expected.conditions());
        List<JsonObject> failed = check.getJsonArray("conditions").getValuesAs(JsonObject.class).stream()
                .filter(c -> !c.getBoolean("passed")).toList();
        if (expected.passes()) {
            assertThat(failed).isEmpty();
        } else {
            assertThat(failed).extracting(c -> c.getString("id")).contains(expected.failing());
            JsonObject condition = failed.stream().filter(c -> c.getString("id").equals(expected.failing()))
                    .findFirst().orElseThrow();
            String date = condition.containsKey("surveyDate") ? shown(condition) : "";
            assertThat(condition.getString("message")).isEqualTo(expected.message().replace("{date}", date));
        }
        check.getJsonArray("conditions").getValuesAs(JsonObject.class).forEach(c ->
                assertThat(c.getString("message")).as("every condition explains itself")
                        .containsPattern(ApiClient.JAPANESE));

        JsonObject submitted = submit(expected.user(), created);
        assertThat(submitted.getString("status")).isEqualTo(expected.passes() ? "UNDER_REVIEW" : "ERROR");
        assertThat(submitted.getJsonObject("check").getJsonArray("conditions"))
                .as("the submission stored what the pre-check showed").isEqualTo(check.getJsonArray("conditions"));
    }

    // ---------------------------------------------------------------------------------------------------------
    // Access rules

    @Test
    void anotherInstitutionsRequestIsNotFoundAndStaysAsItWas() {
        JsonObject created = create("clinic", body(IKEBUKURO, "SURGICAL_MASK"));
        String path = REQUESTS + "/" + id(created);

        List<Reply> attempts = List.of(api.get("hospital", path),
                edit("hospital", created, created.getInt("version"), body(IKEBUKURO, "FACE_SHIELD")),
                api.post("hospital", path + "/check", null),
                api.post("hospital", path + "/submit", null),
                api.get("hospital", path + "/history"),
                api.get("pref-osaka", path),
                api.get("pref-osaka", path + "/history"),
                api.get("hospital", REQUESTS + "/999999999"));
        attempts.forEach(reply -> assertThat(reply.problem(404).getString("detail")).isEqualTo(NOT_FOUND));

        assertUnchanged("clinic", created);
        assertThat(api.get("pref-tokyo", path).ok(200).getInt("id")).isEqualTo(id(created));
        assertThat(api.get("national", path).ok(200).getInt("id")).isEqualTo(id(created));
        assertThat(api.post("pref-tokyo", path + "/check", null).ok(200).getBoolean("passed")).isTrue();
    }

    @Test
    void eachCallerListsOnlyWhatTheyReach() {
        JsonObject tokyo = create("hospital", body(SHINJUKU, "SURGICAL_MASK"));
        JsonObject osaka = create("osaka-hospital", body(UMEDA, "SURGICAL_MASK"));

        assertThat(listedIds("pref-osaka", "size=200")).contains(id(osaka)).doesNotContain(id(tokyo));
        assertThat(codes("pref-osaka", "size=200")).allMatch(code -> code.startsWith("27"));
        assertThat(total("pref-osaka", "institution=" + SHINJUKU)).isZero();
        assertThat(total("pref-osaka", "prefecture=13")).isZero();

        assertThat(listedIds("pref-tokyo", "size=200")).contains(id(tokyo)).doesNotContain(id(osaka));
        assertThat(codes("pref-tokyo", "size=200")).allMatch(code -> code.startsWith("13"));
        assertThat(listedIds("national", "size=200")).contains(id(tokyo), id(osaka));
        assertThat(codes("national", "prefecture=27&size=200")).isNotEmpty().allMatch(code -> code.startsWith("27"));

        assertThat(codes("hospital", "size=200")).containsOnly(SHINJUKU);
        assertThat(total("hospital", "institution=" + UMEDA)).isZero();
    }

    // ---------------------------------------------------------------------------------------------------------
    // The list: filters, paging, total

    @Test
    void theListFiltersPagesAndCountsNewestFirst() {
        String mine = "institution=" + TESTCENTER + "&item=FACE_SHIELD&status=NOT_SUBMITTED";
        long before = total("testcenter", mine);
        int first = id(create("testcenter", body(TESTCENTER, "FACE_SHIELD")));
        int second = id(create("testcenter", body(TESTCENTER, "SURGICAL_MASK", "FACE_SHIELD")));
        int third = id(create("testcenter", body(TESTCENTER, "FACE_SHIELD", "ISOLATION_GOWN")));
        int masksOnly = id(create("testcenter", body(TESTCENTER, "SURGICAL_MASK")));

        assertThat(total("testcenter", mine)).isEqualTo(before + 3);
        JsonObject page0 = api.get("testcenter", REQUESTS + "?" + mine + "&page=0&size=2").ok(200);
        JsonObject page1 = api.get("testcenter", REQUESTS + "?" + mine + "&page=1&size=2").ok(200);
        assertThat(page0.getInt("page")).isEqualTo(0);
        assertThat(page0.getInt("size")).isEqualTo(2);
        assertThat(page0.getJsonNumber("total").longValue()).isEqualTo(before + 3);
        assertThat(page1.getJsonNumber("total").longValue()).isEqualTo(before + 3);
        assertThat(ids(page0)).containsExactly(third, second);
        assertThat(ids(page1)).first().isEqualTo(first);
        Stream.of(page0, page1).flatMap(p -> p.getJsonArray("items").getValuesAs(JsonObject.class).stream())
                .forEach(r -> {
                    assertThat(r.getString("institutionCode")).isEqualTo(TESTCENTER);
                    assertThat(r.getString("status")).isEqualTo("NOT_SUBMITTED");
                    assertThat(strings(r.getJsonArray("items"))).contains("FACE_SHIELD");
                });
        assertThat(listedIds("testcenter", mine + "&size=200")).doesNotContain(masksOnly);
        assertThat(listedIds("testcenter", "item=SURGICAL_MASK&size=200")).contains(masksOnly, second)
                .doesNotContain(first, third);

        api.post("testcenter", REQUESTS + "/" + masksOnly + "/submit", null).ok(200);
        assertThat(listedIds("testcenter", "status=UNDER_REVIEW&size=200")).contains(masksOnly)
                .doesNotContain(first, second, third);

        LocalDate today = LocalDate.now(TOKYO);
        assertThat(listedIds("testcenter", "from=" + today + "&to=" + today + "&size=200"))
                .contains(first, second, third, masksOnly);
        assertThat(listedIds("testcenter", "from=" + today.plusDays(1) + "&size=200")).isEmpty();
        assertThat(listedIds("testcenter", "to=" + today.minusDays(1) + "&size=200"))
                .doesNotContain(first, second, third, masksOnly);
    }

    @Test
    void theListClampsItsPageSize() {
        JsonObject page = api.get("national", REQUESTS + "?size=100000").ok(200);
        assertThat(page.getInt("size")).isEqualTo(200);
        assertThat(page.getJsonArray("items").size()).isLessThanOrEqualTo(200);
    }

    @ParameterizedTest
    @CsvSource({"status=SUBMITTED, status", "from=2021-13-01, from", "to=tomorrow, to", "page=-1, page",
            "size=abc, size", "page=1.5, page"})
    void aBadListFilterIsRefusedByName(String query, String field) {
        Reply refused = api.get("hospital", REQUESTS + "?" + query);
        refused.problem(400);
        assertThat(refused.errorFields()).containsExactly(field);
    }

    // ---------------------------------------------------------------------------------------------------------
    // helpers

    static JsonObjectBuilder body(String institutionCode, String... items) {
        JsonArrayBuilder codes = Json.createArrayBuilder();
        Arrays.stream(items).forEach(codes::add);
        return Json.createObjectBuilder().add("institutionCode", institutionCode).add("conditionsConfirmed", true)
                .add("n95ConditionsConfirmed", false).add("items", codes);
    }

    static JsonObject create(String user, JsonObjectBuilder body) {
        return api.post(user, REQUESTS, body.build()).ok(201);
    }

    static JsonObject submit(String user, JsonObject request) {
        return api.post(user, REQUESTS + "/" + id(request) + "/submit", null).ok(200);
    }

    static Reply edit(String user, JsonObject request, int version, JsonObjectBuilder body) {
        return api.put(user, REQUESTS + "/" + id(request), body.add("version", version).build());
    }

    static Reply review(String user, String move, JsonObject request, int version) {
        return api.post(user, REQUESTS + "/" + id(request) + "/" + move,
                Json.createObjectBuilder().add("version", version).build());
    }

    static JsonArray history(String user, JsonObject request) {
        Reply reply = api.get(user, REQUESTS + "/" + id(request) + "/history");
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
        assertThat(api.get(user, REQUESTS + "/" + id(before)).ok(200)).isEqualTo(before);
        assertThat(history(user, before)).hasSize(1);
    }

    static long total(String user, String query) {
        return api.get(user, REQUESTS + "?" + query).ok(200).getJsonNumber("total").longValue();
    }

    static List<Integer> listedIds(String user, String query) {
        return ids(api.get(user, REQUESTS + "?" + query).ok(200));
    }

    static List<String> codes(String user, String query) {
        return api.get(user, REQUESTS + "?" + query).ok(200).getJsonArray("items").getValuesAs(JsonObject.class)
                .stream().map(r -> r.getString("institutionCode")).toList();
    }

    static List<Integer> ids(JsonObject page) {
        return page.getJsonArray("items").getValuesAs(JsonObject.class).stream().map(ApiIT::id).toList();
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

    // ---------------------------------------------------------------------------------------------------------
    // Batch uploads

    @Test
    void aDryRunUploadIsStartedAndFollowedToItsEndWithTokyoTimes() throws InterruptedException {
        String yesterday = LocalDate.now(TOKYO).minusDays(1).toString();
        Reply started = api.csv("batch", "/api/v1/batch/daily?dryRun=true&fileName=api-dry-run.csv",
                SurveyUploadIT.HEADER + SHINJUKU + "," + yesterday + ",0,1,2,0,あり,可能\r\n");
        JsonObject execution = started.ok(202);
        assertThat(started.response().headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("batch/executions/" + execution.getJsonNumber("id")));
        assertThat(execution.getString("fileName")).isEqualTo("api-dry-run.csv");
        assertThat(execution.getBoolean("dryRun")).isTrue();

        String path = "/api/v1/batch/executions/" + execution.getJsonNumber("id");
        JsonObject followed = api.get("batch", path).ok(200);
        for (int i = 0; i < 120 && !followed.getString("status").equals("COMPLETED"); i++) {
            Thread.sleep(500);
            followed = api.get("batch", path).ok(200);
        }
        assertThat(followed.getString("status")).isEqualTo("COMPLETED");
        assertThat(followed.getJsonNumber("read").longValue()).isEqualTo(1);
        assertThat(OffsetDateTime.parse(followed.getString("start")).getOffset()).isEqualTo(
                OffsetDateTime.parse(followed.getString("end")).getOffset()).hasToString("+09:00");
        api.get("hospital", path).problem(404);
        api.get("batch", "/api/v1/batch/executions/999999999").problem(404);
    }
}
