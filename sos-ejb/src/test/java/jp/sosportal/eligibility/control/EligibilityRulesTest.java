package jp.sosportal.eligibility.control;

import static jp.sosportal.eligibility.entity.ConditionId.CONFIRMED;
import static jp.sosportal.eligibility.entity.ConditionId.DAILY;
import static jp.sosportal.eligibility.entity.ConditionId.DAILY_EXISTS;
import static jp.sosportal.eligibility.entity.ConditionId.N95;
import static jp.sosportal.eligibility.entity.ConditionId.WEEKLY;
import static jp.sosportal.eligibility.entity.ConditionId.WEEKLY_EXISTS;
import static jp.sosportal.institution.entity.InstitutionType.AGGREGATOR;
import static jp.sosportal.institution.entity.InstitutionType.CLINIC;
import static jp.sosportal.institution.entity.InstitutionType.HOSPITAL;
import static jp.sosportal.institution.entity.InstitutionType.TEST_CENTER;
import static jp.sosportal.survey.entity.Outlook.FOUR_WEEKS_OR_MORE;
import static jp.sosportal.survey.entity.Outlook.TWO_TO_THREE_WEEKS;
import static jp.sosportal.survey.entity.Outlook.WITHIN_1_WEEK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

import jp.sosportal.eligibility.entity.CheckResult;
import jp.sosportal.eligibility.entity.ConditionId;
import jp.sosportal.eligibility.entity.ConditionResult;
import jp.sosportal.institution.entity.InstitutionType;
import jp.sosportal.survey.entity.Outlook;

/** Walks SPEC.md §3: every type, every condition at its boundaries, and the wording users read. */
class EligibilityRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2021, 1, 9);
    private static final LocalDate DAILY_DATE = LocalDate.of(2021, 1, 4);
    private static final LocalDate WEEKLY_DATE = LocalDate.of(2021, 1, 1);

    private static final RequestedItem SURGICAL = new RequestedItem("SURGICAL_MASK", "サージカルマスク", false);
    private static final RequestedItem N95_MASK = new RequestedItem("N95_MASK", "N95マスク(DS2を含む)", true);
    private static final RequestedItem GLOVES = new RequestedItem("NON_STERILE_GLOVES", "非滅菌手袋", false);

    private static final String N95_UNCHECKED = "「N95マスクの緊急配布要請(SOS)の条件確認」の「上記の緊急配布条件を満たしていることを確認した」にチェックがありません。";
    private static final String DAILY_ALL_ZERO = "日次調査(2021/1/4)では「うち抗原定量検査実施人数」「うち抗原定性検査(簡易キット)実施人数」「入院中」「新型コロナウイルス感染患者受入可能数」がいずれも0人で、「診療・検査医療機関(検体採取等を行う地域外来・検査センターを含む)」の指定がなく、「PCR検査実施の可否」が「可能」ではないため、条件②を満たしません。";

    private final EligibilityRules rules = new EligibilityRules();

    // which conditions --------------------------------------------------------------------------------------------

    @ParameterizedTest(name = "{0}, N95 requested: {1} -> {2}")
    @CsvSource({
            "HOSPITAL,    false, CONFIRMED DAILY WEEKLY WEEKLY",
            "HOSPITAL,    true,  CONFIRMED DAILY WEEKLY WEEKLY WEEKLY N95",
            "CLINIC,      false, CONFIRMED DAILY_EXISTS WEEKLY WEEKLY",
            "CLINIC,      true,  CONFIRMED DAILY_EXISTS WEEKLY WEEKLY WEEKLY N95",
            "TEST_CENTER, false, CONFIRMED DAILY_EXISTS WEEKLY WEEKLY",
            "TEST_CENTER, true,  CONFIRMED DAILY_EXISTS WEEKLY WEEKLY WEEKLY N95",
            "AGGREGATOR,  false, CONFIRMED WEEKLY_EXISTS",
            "AGGREGATOR,  true,  CONFIRMED WEEKLY_EXISTS N95",
    })
    void conditionsDependOnTypeAndItemsOnly(InstitutionType type, boolean n95, String expected) {
        List<RequestedItem> items = n95 ? List.of(SURGICAL, N95_MASK, GLOVES) : List.of(SURGICAL, GLOVES);
        List<ConditionId> ids = Arrays.stream(expected.split(" ")).map(ConditionId::valueOf).toList();

        assertThat(ids(given(type).items(items).check())).containsExactlyElementsOf(ids);
        assertThat(ids(given(type).items(items).noDaily().noWeekly().check()))
                .as("the same conditions apply when the surveys are missing")
                .containsExactlyElementsOf(ids);
    }

    @Test
    void weeklyResultsFollowTheRequestOrderAndN95NamesItsItem() {
        CheckResult result = given(HOSPITAL).items(List.of(GLOVES, N95_MASK, SURGICAL)).check();

        assertThat(result.conditions()).extracting(ConditionResult::id, ConditionResult::itemCode).containsExactly(
                tuple(CONFIRMED, null), tuple(DAILY, null), tuple(WEEKLY, "NON_STERILE_GLOVES"),
                tuple(WEEKLY, "N95_MASK"), tuple(WEEKLY, "SURGICAL_MASK"), tuple(N95, "N95_MASK"));
    }

    @ParameterizedTest
    @EnumSource(InstitutionType.class)
    void aRequestWithoutItemsStillGetsItsOtherConditions(InstitutionType type) {
        CheckResult result = given(type).items(List.of()).check();

        assertThat(ids(result)).doesNotContain(WEEKLY, N95).startsWith(CONFIRMED);
        assertThat(result.passed()).isTrue();
    }

    @ParameterizedTest
    @EnumSource(value = InstitutionType.class, names = "HOSPITAL", mode = EnumSource.Mode.EXCLUDE)
    void withoutAFreshWeeklyAnswerEveryItemFailsOnItsOwn(InstitutionType type) {
        List<ConditionResult> weekly = given(type).items(List.of(SURGICAL, GLOVES)).noWeekly().check()
                .conditions().stream().filter(c -> c.id() == WEEKLY).toList();

        if (type == AGGREGATOR) {
            assertThat(weekly).isEmpty();
        } else {
            assertThat(weekly).extracting(ConditionResult::itemCode, ConditionResult::passed)
                    .containsExactly(tuple("SURGICAL_MASK", false), tuple("NON_STERILE_GLOVES", false));
        }
    }

    // ① -----------------------------------------------------------------------------------------------------------

    @ParameterizedTest(name = "{0}, checked: {1}")
    @CsvSource({
            "HOSPITAL,    true,  緊急配布条件の確認にチェックがあります。",
            "HOSPITAL,    false, 「上記の緊急配布条件を満たしていることを確認した」にチェックをしてください。",
            "CLINIC,      true,  緊急配布条件の確認にチェックがあります。",
            "CLINIC,      false, 「上記の緊急配布条件を満たしていることを確認した」にチェックをしてください。",
            "TEST_CENTER, true,  緊急配布条件の確認にチェックがあります。",
            "TEST_CENTER, false, 「上記の緊急配布条件を満たしていることを確認した」にチェックをしてください。",
            "AGGREGATOR,  true,  緊急配布条件の確認にチェックがあります。",
            "AGGREGATOR,  false, 「上記の緊急配布条件を満たしていることを確認した」にチェックをしてください。",
    })
    void theDeclarationCheckboxIsRequiredOfEveryType(InstitutionType type, boolean checked, String message) {
        CheckResult result = given(type).confirmed(checked).check();

        assertThat(only(result, CONFIRMED)).extracting(ConditionResult::passed, ConditionResult::message)
                .containsExactly(checked, message);
        assertThat(result.passed()).isEqualTo(checked);
    }

    // ② -----------------------------------------------------------------------------------------------------------

    @ParameterizedTest(name = "[{index}] {0} {1} {2} {3} {4} {5} -> {6} {7}={8}")
    @CsvSource({
            "0, 0, 0,    0, false, false, false, ,",
            "1, 0, 0,    0, false, false, true,  うち抗原定量検査実施人数, 1",
            "0, 1, 0,    0, false, false, true,  うち抗原定性検査(簡易キット)実施人数, 1",
            "0, 0, 1,    0, false, false, true,  入院中, 1",
            "0, 0, 0,    1, false, false, true,  新型コロナウイルス感染患者受入可能数, 1",
            "0, 0, 0,    0, true,  false, true,  診療・検査医療機関(検体採取等を行う地域外来・検査センターを含む), あり",
            "0, 0, 0,    0, false, true,  true,  PCR検査実施の可否, 可能",
            "1, 1, 1,    1, true,  true,  true,  うち抗原定量検査実施人数, 1",
            "0, 0, 1234, 5, false, true,  true,  入院中, 1234",
    })
    void anyOfTheFiveDailyCriteriaMeetsConditionTwo(int quantitative, int qualitative, int inpatients, int beds,
                                                    boolean testing, boolean pcr, boolean passes, String field,
                                                    String value) {
        DailyAnswer daily = new DailyAnswer(DAILY_DATE, quantitative, qualitative, inpatients, beds, testing, pcr);

        ConditionResult result = only(given(HOSPITAL).daily(daily).check(), DAILY);

        assertThat(result).extracting(ConditionResult::passed, ConditionResult::survey, ConditionResult::surveyDate,
                ConditionResult::field, ConditionResult::value)
                .containsExactly(passes, "DAILY", DAILY_DATE, field, value);
    }

    @ParameterizedTest
    @EnumSource(value = InstitutionType.class, names = {"CLINIC", "TEST_CENTER"})
    void clinicsNeedADailyAnswerButNotItsValues(InstitutionType type) {
        CheckResult result = given(type).daily(zeroDaily(DAILY_DATE)).check();

        assertThat(only(result, DAILY_EXISTS).passed()).isTrue();
        assertThat(result.passed()).isTrue();
    }

    @Test
    void aggregatorsNeedAWeeklyAnswerButNotItsOutlooks() {
        CheckResult result = given(AGGREGATOR).noDaily().outlook(GLOVES, FOUR_WEEKS_OR_MORE).check();

        assertThat(only(result, WEEKLY_EXISTS).passed()).isTrue();
        assertThat(result.passed()).isTrue();
    }

    // freshness ---------------------------------------------------------------------------------------------------

    @ParameterizedTest(name = "{0} {1}, answer {3} days before today -> {4}")
    @CsvSource({
            "HOSPITAL,    DAILY,         DAILY,   0, true",
            "HOSPITAL,    DAILY,         DAILY,   7, true",
            "HOSPITAL,    DAILY,         DAILY,   8, false",
            "HOSPITAL,    DAILY,         DAILY,  -1, false",
            "CLINIC,      DAILY_EXISTS,  DAILY,   7, true",
            "CLINIC,      DAILY_EXISTS,  DAILY,   8, false",
            "CLINIC,      DAILY_EXISTS,  DAILY,  -1, false",
            "TEST_CENTER, DAILY_EXISTS,  DAILY,   7, true",
            "TEST_CENTER, DAILY_EXISTS,  DAILY,   8, false",
            "HOSPITAL,    WEEKLY,        WEEKLY,  0, true",
            "HOSPITAL,    WEEKLY,        WEEKLY, 14, true",
            "HOSPITAL,    WEEKLY,        WEEKLY, 15, false",
            "HOSPITAL,    WEEKLY,        WEEKLY, -1, false",
            "CLINIC,      WEEKLY,        WEEKLY, 14, true",
            "CLINIC,      WEEKLY,        WEEKLY, 15, false",
            "TEST_CENTER, WEEKLY,        WEEKLY, 14, true",
            "TEST_CENTER, WEEKLY,        WEEKLY, 15, false",
            "AGGREGATOR,  WEEKLY_EXISTS, WEEKLY,  0, true",
            "AGGREGATOR,  WEEKLY_EXISTS, WEEKLY, 14, true",
            "AGGREGATOR,  WEEKLY_EXISTS, WEEKLY, 15, false",
            "AGGREGATOR,  WEEKLY_EXISTS, WEEKLY, -1, false",
    })
    void aSurveyCountsOnlyInsideItsWindowAndNeverFromTheFuture(InstitutionType type, ConditionId id, String survey,
                                                              int daysBefore, boolean passes) {
        LocalDate date = TODAY.minusDays(daysBefore);
        Case request = survey.equals("DAILY") ? given(type).dailyOn(date) : given(type).weeklyOn(date);

        ConditionResult result = only(request.check(), id);

        assertThat(result.passed()).isEqualTo(passes);
        assertThat(result.surveyDate()).as("a future answer is not even evidence").isEqualTo(
                daysBefore < 0 ? null : date);
    }

    @ParameterizedTest(name = "window {0}, answer {1} days old -> {2}")
    @CsvSource({"3, 3, true", "3, 4, false", "0, 0, true", "0, 1, false", "30, 30, true", "30, 31, false"})
    void theWindowsAreSettings(int window, int daysBefore, boolean passes) {
        CheckInput input = new CheckInput(HOSPITAL, true, false, List.of(GLOVES),
                Optional.of(new DailyAnswer(TODAY.minusDays(daysBefore), 0, 0, 1, 0, false, false)),
                Optional.of(new WeeklyAnswer(TODAY.minusDays(daysBefore), Map.of(GLOVES.code(), WITHIN_1_WEEK))),
                TODAY, window, window);

        assertThat(rules.check(input).conditions()).extracting(ConditionResult::id, ConditionResult::passed)
                .contains(tuple(DAILY, passes), tuple(WEEKLY, passes));
    }

    // ③ -----------------------------------------------------------------------------------------------------------

    static Stream<Arguments> outlooksPerType() {
        Map<Outlook, String> messages = Map.of(
                WITHIN_1_WEEK, "週次調査(2021/1/1)の「非滅菌手袋」の備蓄見通しが「1週間以内」です。",
                TWO_TO_THREE_WEEKS, "週次調査(2021/1/1)の「非滅菌手袋」の備蓄見通しが「2～3週間」です。",
                FOUR_WEEKS_OR_MORE, "週次調査(2021/1/1)の「非滅菌手袋」の備蓄見通しが「4週間以上」のため、条件③を満たしません。");
        return Stream.of(HOSPITAL, CLINIC, TEST_CENTER).flatMap(type -> Arrays.stream(Outlook.values())
                .map(outlook -> arguments(type, outlook, outlook != FOUR_WEEKS_OR_MORE, messages.get(outlook))));
    }

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @MethodSource("outlooksPerType")
    void conditionThreeNeedsStockToRunOutWithinThreeWeeks(InstitutionType type, Outlook outlook, boolean passes,
                                                          String message) {
        CheckResult result = given(type).outlook(GLOVES, outlook).check();

        assertThat(only(result, WEEKLY)).extracting(ConditionResult::itemCode, ConditionResult::passed,
                ConditionResult::message, ConditionResult::survey, ConditionResult::surveyDate,
                ConditionResult::field, ConditionResult::value)
                .containsExactly("NON_STERILE_GLOVES", passes, message, "WEEKLY", WEEKLY_DATE, "現在の在庫の備蓄見通し",
                        outlook.label());
        assertThat(result.passed()).isEqualTo(passes);
    }

    @Test
    void anItemMissingFromTheWeeklyAnswerFailsAloneAndNamesTheItem() {
        CheckResult result = given(HOSPITAL).items(List.of(SURGICAL, GLOVES)).outlook(GLOVES, null).check();

        assertThat(result.failures()).singleElement().extracting(ConditionResult::id, ConditionResult::itemCode,
                ConditionResult::message, ConditionResult::value)
                .containsExactly(WEEKLY, "NON_STERILE_GLOVES", "週次調査(2021/1/1)に「非滅菌手袋」の回答がないため、条件③を満たしません。",
                        null);
    }

    // N95 ---------------------------------------------------------------------------------------------------------

    @ParameterizedTest(name = "{0}, N95 checked: {1}, inpatients {2}, beds {3} -> {4}")
    @CsvSource({
            "HOSPITAL,    true,  1, 0, true",
            "HOSPITAL,    true,  0, 1, true",
            "HOSPITAL,    true,  1, 1, true",
            "HOSPITAL,    true,  0, 0, false",
            "HOSPITAL,    false, 1, 1, false",
            "HOSPITAL,    false, 0, 0, false",
            "CLINIC,      true,  1, 1, false",
            "TEST_CENTER, true,  1, 1, false",
            "AGGREGATOR,  true,  1, 1, false",
    })
    void n95NeedsItsCheckboxAndAHospitalThatAdmitsPatients(InstitutionType type, boolean checked, int inpatients,
                                                           int beds, boolean passes) {
        // The other daily criteria all hold: they meet condition ② but must not help N95.
        DailyAnswer daily = new DailyAnswer(DAILY_DATE, 5, 5, inpatients, beds, true, true);

        CheckResult result = given(type).items(List.of(N95_MASK)).n95Confirmed(checked).daily(daily).check();

        assertThat(only(result, N95)).extracting(ConditionResult::itemCode, ConditionResult::passed)
                .containsExactly("N95_MASK", passes);
        assertThat(result.passed()).isEqualTo(passes);
    }

    @Test
    void n95IsNotCheckedWhenNoRequestedItemNeedsIt() {
        assertThat(ids(given(HOSPITAL).items(List.of(SURGICAL, GLOVES)).n95Confirmed(false).check()))
                .doesNotContain(N95);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("n95Failures")
    void anN95FailureNamesEveryMissingPart(String description, Case request, String message) {
        assertThat(only(request.check(), N95).message()).isEqualTo(message);
    }

    static Stream<Arguments> n95Failures() {
        String prefix = "「N95マスク(DS2を含む)」の条件を満たしません。";
        String notHospital = "医療機関の種別が「診療所」で、病院ではありません。";
        String noPatients = "日次調査(2021/1/4)の「入院中」「新型コロナウイルス感染患者受入可能数」がいずれも0人です。";
        return Stream.of(
                arguments("checkbox only", n95Request(HOSPITAL).n95Confirmed(false), prefix + N95_UNCHECKED),
                arguments("type only", n95Request(CLINIC), prefix + notHospital),
                arguments("daily values only", n95Request(HOSPITAL).daily(zeroDaily(DAILY_DATE)), prefix + noPatients),
                arguments("all three", n95Request(CLINIC).n95Confirmed(false).daily(zeroDaily(DAILY_DATE)),
                        prefix + N95_UNCHECKED + notHospital + noPatients),
                arguments("no daily answer", n95Request(HOSPITAL).noDaily(), prefix + "日次調査の回答がありません。"),
                arguments("stale daily answer", n95Request(HOSPITAL).dailyOn(LocalDate.of(2021, 1, 1)),
                        prefix + "日次調査の最新回答(2021/1/1)が7日より古いです。"));
    }

    // evidence and wording ----------------------------------------------------------------------------------------

    @ParameterizedTest(name = "{0}")
    @MethodSource("representativeMessages")
    void explainsEachVerdictInTheWordsUsersKnow(String description, Case request, ConditionId id, String message) {
        assertThat(only(request.check(), id).message()).isEqualTo(message);
    }

    static Stream<Arguments> representativeMessages() {
        return Stream.of(
                arguments("daily pass by inpatients", given(HOSPITAL), DAILY, "日次調査(2021/1/4)の「入院中」が3人です。"),
                arguments("daily pass by testing institution",
                        given(HOSPITAL).daily(new DailyAnswer(DAILY_DATE, 0, 0, 0, 0, true, false)), DAILY,
                        "日次調査(2021/1/4)で「診療・検査医療機関(検体採取等を行う地域外来・検査センターを含む)」の指定があります。"),
                arguments("daily pass by PCR",
                        given(HOSPITAL).daily(new DailyAnswer(DAILY_DATE, 0, 0, 0, 0, false, true)), DAILY,
                        "日次調査(2021/1/4)の「PCR検査実施の可否」が「可能」です。"),
                arguments("daily fail", given(HOSPITAL).daily(zeroDaily(DAILY_DATE)), DAILY, DAILY_ALL_ZERO),
                arguments("daily too old", given(HOSPITAL).dailyOn(LocalDate.of(2021, 1, 1)), DAILY,
                        "日次調査の最新回答(2021/1/1)が7日より古いため、条件②を満たしません。"),
                arguments("daily missing", given(HOSPITAL).noDaily(), DAILY, "日次調査の回答がないため、条件②を満たしません。"),
                arguments("daily from the future", given(HOSPITAL).dailyOn(TODAY.plusDays(1)), DAILY,
                        "日次調査の回答がないため、条件②を満たしません。"),
                arguments("daily exists", given(CLINIC), DAILY_EXISTS, "日次調査の回答(2021/1/4)があります。"),
                arguments("daily does not exist", given(CLINIC).noDaily(), DAILY_EXISTS,
                        "日次調査の回答がないため、診療所の条件(7日以内に日次調査の回答があること)を満たしません。"),
                arguments("weekly exists", given(AGGREGATOR), WEEKLY_EXISTS, "週次調査の回答(2021/1/1)があります。"),
                arguments("weekly too old to exist", given(AGGREGATOR).weeklyOn(LocalDate.of(2020, 12, 25)),
                        WEEKLY_EXISTS,
                        "週次調査の最新回答(2020/12/25)が14日より古いため、とりまとめ団体の条件(14日以内に週次調査の回答があること)を満たしません。"),
                arguments("weekly four weeks", given(HOSPITAL).outlook(GLOVES, FOUR_WEEKS_OR_MORE), WEEKLY,
                        "週次調査(2021/1/1)の「非滅菌手袋」の備蓄見通しが「4週間以上」のため、条件③を満たしません。"),
                arguments("weekly missing", given(TEST_CENTER).noWeekly(), WEEKLY,
                        "週次調査の回答がないため、「非滅菌手袋」について条件③を満たしません。"),
                arguments("weekly too old", given(HOSPITAL).weeklyOn(LocalDate.of(2020, 12, 25)), WEEKLY,
                        "週次調査の最新回答(2020/12/25)が14日より古いため、「非滅菌手袋」について条件③を満たしません。"),
                arguments("N95 pass", n95Request(HOSPITAL), N95,
                        "「N95マスク(DS2を含む)」の条件確認にチェックがあり、病院で、日次調査(2021/1/4)の「入院中」が3人です。"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("evidence")
    void keepsTheEvidenceEachVerdictRestsOn(String description, Case request, ConditionId id, Tuple evidence) {
        assertThat(only(request.check(), id)).extracting(ConditionResult::survey, ConditionResult::surveyDate,
                ConditionResult::field, ConditionResult::value).isEqualTo(evidence.toList());
    }

    static Stream<Arguments> evidence() {
        LocalDate stale = LocalDate.of(2021, 1, 1);
        return Stream.of(
                arguments("checkbox set", given(HOSPITAL), CONFIRMED,
                        tuple(null, null, "上記の緊急配布条件を満たしていることを確認した", "あり")),
                arguments("checkbox missing", given(HOSPITAL).confirmed(false), CONFIRMED,
                        tuple(null, null, "上記の緊急配布条件を満たしていることを確認した", "なし")),
                arguments("daily pass", given(HOSPITAL), DAILY, tuple("DAILY", DAILY_DATE, "入院中", "3")),
                arguments("daily fail", given(HOSPITAL).daily(zeroDaily(DAILY_DATE)), DAILY,
                        tuple("DAILY", DAILY_DATE, null, null)),
                arguments("daily too old", given(HOSPITAL).dailyOn(stale), DAILY, tuple("DAILY", stale, null, null)),
                arguments("daily missing", given(HOSPITAL).noDaily(), DAILY, tuple("DAILY", null, null, null)),
                arguments("daily exists", given(CLINIC), DAILY_EXISTS, tuple("DAILY", DAILY_DATE, null, null)),
                arguments("weekly exists", given(AGGREGATOR), WEEKLY_EXISTS,
                        tuple("WEEKLY", WEEKLY_DATE, null, null)),
                arguments("weekly missing", given(HOSPITAL).noWeekly(), WEEKLY, tuple("WEEKLY", null, null, null)),
                arguments("N95 pass by beds",
                        n95Request(HOSPITAL).daily(new DailyAnswer(DAILY_DATE, 0, 0, 0, 2, false, false)), N95,
                        tuple("DAILY", DAILY_DATE, "新型コロナウイルス感染患者受入可能数", "2")),
                arguments("N95 fail", n95Request(HOSPITAL).n95Confirmed(false), N95,
                        tuple("DAILY", DAILY_DATE, null, null)));
    }

    // overall verdict ---------------------------------------------------------------------------------------------

    @ParameterizedTest
    @EnumSource(InstitutionType.class)
    void passesWhenEveryConditionPasses(InstitutionType type) {
        CheckResult result = given(type).check();

        assertThat(result.conditions()).allMatch(ConditionResult::passed);
        assertThat(result.passed()).isTrue();
        assertThat(result.failures()).isEmpty();
    }

    @ParameterizedTest(name = "{0}: {1} -> {2} fails")
    @MethodSource("singleBreaks")
    void failsWhenAnyOneConditionFails(InstitutionType type, UnaryOperator<Case> breakIt, ConditionId failing) {
        CheckResult result = breakIt.apply(given(type)).check();

        assertThat(result.passed()).isFalse();
        assertThat(result.failures()).extracting(ConditionResult::id).containsExactly(failing);
    }

    static Stream<Arguments> singleBreaks() {
        return Stream.of(
                arguments(HOSPITAL, breaking("checkbox off", c -> c.confirmed(false)), CONFIRMED),
                arguments(HOSPITAL, breaking("daily all zero", c -> c.daily(zeroDaily(DAILY_DATE))), DAILY),
                arguments(HOSPITAL, breaking("gloves 4 weeks", c -> c.outlook(GLOVES, FOUR_WEEKS_OR_MORE)), WEEKLY),
                arguments(HOSPITAL, breaking("N95 checkbox off",
                        c -> c.items(List.of(GLOVES, N95_MASK)).n95Confirmed(false)), N95),
                arguments(CLINIC, breaking("checkbox off", c -> c.confirmed(false)), CONFIRMED),
                arguments(CLINIC, breaking("no daily", Case::noDaily), DAILY_EXISTS),
                arguments(CLINIC, breaking("gloves 4 weeks", c -> c.outlook(GLOVES, FOUR_WEEKS_OR_MORE)), WEEKLY),
                arguments(TEST_CENTER, breaking("daily too old", c -> c.dailyOn(TODAY.minusDays(8))), DAILY_EXISTS),
                arguments(TEST_CENTER, breaking("gloves unanswered", c -> c.outlook(GLOVES, null)), WEEKLY),
                arguments(AGGREGATOR, breaking("checkbox off", c -> c.confirmed(false)), CONFIRMED),
                arguments(AGGREGATOR, breaking("no weekly", Case::noWeekly), WEEKLY_EXISTS),
                arguments(AGGREGATOR, breaking("asks for N95", c -> c.items(List.of(N95_MASK))), N95));
    }

    // fixtures ----------------------------------------------------------------------------------------------------

    /** A request of the given type that passes every condition; each test breaks only what it examines. */
    static Case given(InstitutionType type) {
        return new Case(type);
    }

    /** A request of that type asking only for N95 masks, its N95 checkbox set. */
    static Case n95Request(InstitutionType type) {
        return given(type).items(List.of(N95_MASK));
    }

    static DailyAnswer zeroDaily(LocalDate date) {
        return new DailyAnswer(date, 0, 0, 0, 0, false, false);
    }

    static Named<UnaryOperator<Case>> breaking(String name, UnaryOperator<Case> change) {
        return Named.of(name, change);
    }

    private static List<ConditionId> ids(CheckResult result) {
        return result.conditions().stream().map(ConditionResult::id).toList();
    }

    /** The one result of that condition; fails the test when there is none or several. */
    private static ConditionResult only(CheckResult result, ConditionId id) {
        List<ConditionResult> matching = result.conditions().stream().filter(c -> c.id() == id).toList();
        assertThat(matching).as("results with id %s", id).hasSize(1);
        return matching.get(0);
    }

    static final class Case {
        private final InstitutionType type;
        private boolean confirmed = true;
        private boolean n95Confirmed = true;
        private List<RequestedItem> items = List.of(GLOVES);
        private DailyAnswer daily = new DailyAnswer(DAILY_DATE, 0, 0, 3, 0, false, false);
        private LocalDate weeklyDate = WEEKLY_DATE;
        private final Map<String, Outlook> outlooks = new HashMap<>(Map.of(SURGICAL.code(), TWO_TO_THREE_WEEKS,
                N95_MASK.code(), WITHIN_1_WEEK, GLOVES.code(), WITHIN_1_WEEK));
        private boolean weekly = true;

        private Case(InstitutionType type) {
            this.type = type;
        }

        Case confirmed(boolean checked) {
            confirmed = checked;
            return this;
        }

        Case n95Confirmed(boolean checked) {
            n95Confirmed = checked;
            return this;
        }

        Case items(List<RequestedItem> requested) {
            items = requested;
            return this;
        }

        Case daily(DailyAnswer answer) {
            daily = answer;
            return this;
        }

        Case dailyOn(LocalDate date) {
            daily = new DailyAnswer(date, daily.antigenQuantitativeTests(), daily.antigenQualitativeTests(),
                    daily.inpatients(), daily.acceptableBeds(), daily.testingInstitution(), daily.pcrAvailable());
            return this;
        }

        Case noDaily() {
            daily = null;
            return this;
        }

        Case weeklyOn(LocalDate date) {
            weeklyDate = date;
            return this;
        }

        /** Sets one item's outlook; null removes the item from the answer. */
        Case outlook(RequestedItem item, Outlook outlook) {
            if (outlook == null) {
                outlooks.remove(item.code());
            } else {
                outlooks.put(item.code(), outlook);
            }
            return this;
        }

        Case noWeekly() {
            weekly = false;
            return this;
        }

        CheckResult check() {
            Optional<WeeklyAnswer> weeklyAnswer = weekly
                    ? Optional.of(new WeeklyAnswer(weeklyDate, outlooks)) : Optional.empty();
            return new EligibilityRules().check(new CheckInput(type, confirmed, n95Confirmed, items,
                    Optional.ofNullable(daily), weeklyAnswer, TODAY, 7, 14));
        }

        @Override
        public String toString() {
            return type + " " + items.stream().map(RequestedItem::code).toList();
        }
    }
}
