package jp.sosportal.e2e;

import static jp.sosportal.e2e.ApiCalls.IKEBUKURO;
import static jp.sosportal.e2e.ApiCalls.REQUESTS;
import static jp.sosportal.e2e.ApiCalls.SHIBUYA;
import static jp.sosportal.e2e.ApiCalls.SHINJUKU;
import static jp.sosportal.e2e.ApiCalls.TESTCENTER;
import static jp.sosportal.e2e.ApiCalls.UMEDA;
import static jp.sosportal.e2e.ApiCalls.api;
import static jp.sosportal.e2e.ApiCalls.body;
import static jp.sosportal.e2e.ApiCalls.conditionIds;
import static jp.sosportal.e2e.ApiCalls.create;
import static jp.sosportal.e2e.ApiCalls.id;
import static jp.sosportal.e2e.ApiCalls.shown;
import static jp.sosportal.e2e.ApiCalls.submit;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The eligibility rules of SPEC.md §3 through the API, on each demo institution. */
class EligibilityApiIT {

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
        JsonObject check = api().post(expected.user(), REQUESTS + "/" + id(created) + "/check", null).ok(200);

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
                        .containsPattern(PortalApi.JAPANESE));

        JsonObject submitted = submit(expected.user(), created);
        assertThat(submitted.getString("status")).isEqualTo(expected.passes() ? "UNDER_REVIEW" : "ERROR");
        assertThat(submitted.getJsonObject("check").getJsonArray("conditions"))
                .as("the submission stored what the pre-check showed").isEqualTo(check.getJsonArray("conditions"));
    }
}
