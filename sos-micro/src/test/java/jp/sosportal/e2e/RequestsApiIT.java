package jp.sosportal.e2e;

import static jp.sosportal.e2e.ApiCalls.CONFIRM_FIRST;
import static jp.sosportal.e2e.ApiCalls.IKEBUKURO;
import static jp.sosportal.e2e.ApiCalls.NOT_FOUND;
import static jp.sosportal.e2e.ApiCalls.REQUESTS;
import static jp.sosportal.e2e.ApiCalls.SHIBUYA;
import static jp.sosportal.e2e.ApiCalls.SHINJUKU;
import static jp.sosportal.e2e.ApiCalls.SHOWN;
import static jp.sosportal.e2e.ApiCalls.STALE;
import static jp.sosportal.e2e.ApiCalls.TOKYO;
import static jp.sosportal.e2e.ApiCalls.api;
import static jp.sosportal.e2e.ApiCalls.assertMove;
import static jp.sosportal.e2e.ApiCalls.assertUnchanged;
import static jp.sosportal.e2e.ApiCalls.body;
import static jp.sosportal.e2e.ApiCalls.conditionIds;
import static jp.sosportal.e2e.ApiCalls.conditions;
import static jp.sosportal.e2e.ApiCalls.create;
import static jp.sosportal.e2e.ApiCalls.edit;
import static jp.sosportal.e2e.ApiCalls.history;
import static jp.sosportal.e2e.ApiCalls.id;
import static jp.sosportal.e2e.ApiCalls.shown;
import static jp.sosportal.e2e.ApiCalls.strings;
import static jp.sosportal.e2e.ApiCalls.submissions;
import static jp.sosportal.e2e.ApiCalls.submit;
import static jp.sosportal.e2e.ApiCalls.total;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import jp.sosportal.calendar.control.BusinessCalendar;
import jp.sosportal.e2e.PortalApi.Reply;

/**
 * The request endpoints of API.md end to end: create, read, pre-check, submit, edit and history, the status machine
 * with optimistic locking and concurrent submissions, and every bad request input of issue 5 (problem+json in
 * Japanese, nothing written, verified by reading back).
 */
class RequestsApiIT {

    @Test
    void aRequestIsCreatedAsNotSubmittedWithItsTitleAndLocation() {
        Reply reply = api().post("hospital", REQUESTS, body(SHINJUKU, "NON_STERILE_GLOVES", "SURGICAL_MASK")
                .add("comment", "手袋が3日分しかありません\n\"至急\"").build());
        JsonObject created = reply.ok(201);
        assertThat(reply.response().headers().firstValue("Location"))
                .hasValue(api().uri(REQUESTS + "/" + id(created)).toString());

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

        JsonObject read = api().get("hospital", REQUESTS + "/" + id(created)).ok(200);
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
        JsonObject check = api().post("hospital", REQUESTS + "/" + id(created) + "/check", null).ok(200);

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
        assertThat(api().get("hospital", REQUESTS + "/" + id(created)).ok(200)).isEqualTo(submitted);
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
                        return api().post("clinic", REQUESTS + "/" + id(created) + "/submit", null);
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

        JsonObject read = api().get("hospital", REQUESTS + "/" + id(created)).ok(200);
        assertThat(read).isEqualTo(first);
        assertThat(read.getString("comment")).isEqualTo("先");
        assertThat(history("hospital", created)).hasSize(2);
    }

    @Test
    void anEditWithoutItsVersionIsRefused() {
        JsonObject created = create("hospital", body(SHINJUKU, "SURGICAL_MASK"));
        Reply refused = api().put("hospital", REQUESTS + "/" + id(created),
                body(SHINJUKU, "FACE_SHIELD").build());
        refused.problem(400);
        assertThat(refused.errorMessage("version")).isEqualTo("入力してください。");
        assertUnchanged("hospital", created);
    }

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
        Reply refused = api().post("hospital", REQUESTS, body.build());
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
        assertThat(api().post("hospital", REQUESTS, body(SHIBUYA, "SURGICAL_MASK").build()).problem(404)
                .getString("detail")).isEqualTo(NOT_FOUND);
        api().post("hospital", REQUESTS, body("9999999999", "SURGICAL_MASK").build()).problem(404);
        assertThat(total("hospital2", "institution=" + SHIBUYA)).isEqualTo(before);
        api().post("pref-tokyo", REQUESTS, body(SHINJUKU, "SURGICAL_MASK").build()).problem(403);
    }
}
