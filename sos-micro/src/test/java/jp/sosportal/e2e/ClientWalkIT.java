package jp.sosportal.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Base64;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import jp.sosportal.demo.boundary.DemoData;
import jp.sosportal.client.ApiClient;
import jp.sosportal.client.ApiException;
import jp.sosportal.client.api.RequestsApi;
import jp.sosportal.client.api.SurveysApi;
import jp.sosportal.client.model.CheckResult;
import jp.sosportal.client.model.Condition;
import jp.sosportal.client.model.ConditionId;
import jp.sosportal.client.model.DailySurvey;
import jp.sosportal.client.model.DailySurveyInput;
import jp.sosportal.client.model.HistoryEntry;
import jp.sosportal.client.model.ItemCode;
import jp.sosportal.client.model.NewRequest;
import jp.sosportal.client.model.Outlook;
import jp.sosportal.client.model.Request;
import jp.sosportal.client.model.RequestStatus;
import jp.sosportal.client.model.WeeklyItemInput;
import jp.sosportal.client.model.WeeklySurvey;
import jp.sosportal.client.model.WeeklySurveyInput;

/**
 * The README's walk with a client generated from the API document at build time (openapi-generator, Java), as an
 * aggregator system would write it: no hand-written HTTP. 難波 (osaka-hospital2) answers today's surveys with the
 * values of its demo answers (so the other tests' demo check results hold), saves a request, pre-checks it,
 * submits it and reads its history.
 */
class ClientWalkIT {

    static final String CODE = "2710000002";
    static RunningPortal portal;

    @BeforeAll
    static void start() {
        portal = RunningPortal.get();
    }

    @Test
    void aGeneratedClientPutsSurveysCreatesChecksSubmitsAndReadsTheHistory() throws ApiException {
        ApiClient client = client("osaka-hospital2");
        SurveysApi surveys = new SurveysApi(client);
        RequestsApi requests = new RequestsApi(client);
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Tokyo"));

        DailySurvey daily = surveys.putDailySurvey(CODE, today, new DailySurveyInput().antigenQuantitativeTests(0)
                .antigenQualitativeTests(0).inpatients(8).acceptableBeds(4).testingInstitution(true).pcrAvailable(true));
        assertThat(daily.getDate()).isEqualTo(today);
        assertThat(daily.getInpatients()).isEqualTo(8);
        assertThat(daily.getAnsweredBy()).isEqualTo("osaka-hospital2");
        WeeklySurvey weekly = surveys.putWeeklySurvey(CODE, today, new WeeklySurveyInput().items(List.of(
                item(ItemCode.SURGICAL_MASK, Outlook.WITHIN_1_WEEK, 500), item(ItemCode.N95_MASK, Outlook.WITHIN_1_WEEK, 500),
                item(ItemCode.NON_STERILE_GLOVES, Outlook.WITHIN_1_WEEK, 500),
                item(ItemCode.ISOLATION_GOWN, Outlook.FOUR_WEEKS_OR_MORE, 4_000),
                item(ItemCode.FACE_SHIELD, Outlook.FOUR_WEEKS_OR_MORE, 4_000))));
        assertThat(weekly.getItems()).hasSize(5);
        assertThat(weekly.getItems().get(0).getDaysOnHand()).as("500 ÷ 700 × 7").isEqualTo(5);
        assertThat(surveys.getDailySurvey(CODE, today)).isEqualTo(daily);

        Request created = requests.createRequest(new NewRequest().institutionCode(CODE).conditionsConfirmed(true)
                .n95ConditionsConfirmed(false).items(List.of(ItemCode.SURGICAL_MASK, ItemCode.NON_STERILE_GLOVES))
                .comment("生成したクライアントから"));
        assertThat(created.getStatus()).isEqualTo(RequestStatus.NOT_SUBMITTED);
        assertThat(created.getInstitutionName()).isEqualTo("難波救急医療センター");

        CheckResult check = requests.checkRequest(created.getId());
        assertThat(check.getPassed()).isTrue();
        assertThat(check.getCheckedAt()).as("a pre-check records nothing").isNull();
        assertThat(check.getConditions()).extracting(Condition::getId).containsExactly(ConditionId.CONFIRMED,
                ConditionId.DAILY, ConditionId.WEEKLY, ConditionId.WEEKLY);
        assertThat(check.getConditions().get(1).getSurveyDate()).as("rests on the answer just put").isEqualTo(today);

        Request submitted = requests.submitRequest(created.getId());
        assertThat(submitted.getStatus()).isEqualTo(RequestStatus.UNDER_REVIEW);
        assertThat(submitted.getStatusLabel()).isEqualTo("都道府県・国確認中");
        assertThat(submitted.getCheck().getPassed()).isTrue();
        assertThat(submitted.getCheck().getCheckedAt()).isNotNull();
        assertThat(submitted.getSubmittedAt().getOffset().getTotalSeconds()).isEqualTo(9 * 3600);

        List<HistoryEntry> history = requests.requestHistory(created.getId());
        assertThat(history).extracting(HistoryEntry::getTo)
                .containsExactly(RequestStatus.NOT_SUBMITTED, RequestStatus.UNDER_REVIEW);
        assertThat(history.get(1).getFrom()).isEqualTo(RequestStatus.NOT_SUBMITTED);
        assertThat(history).extracting(HistoryEntry::getActor).containsOnly("osaka-hospital2");
    }

    @Test
    void theGeneratedClientSeesARefusalAsItsStatusAndAJapaneseProblem() {
        ApiException refused = catchThrowableOfType(ApiException.class,
                () -> new RequestsApi(client("osaka-hospital2")).getRequest(Long.MAX_VALUE));
        assertThat(refused.getCode()).isEqualTo(404);
        assertThat(refused.getResponseHeaders().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(refused.getResponseBody()).contains("指定されたデータは存在しないか、参照する権限がありません。");
    }

    private static WeeklyItemInput item(ItemCode item, Outlook outlook, int stock) {
        return new WeeklyItemInput().item(item).outlook(outlook).stock(stock).weeklyUse(700).plannedPurchase(0);
    }

    /** The generated client pointed at the running portal, with the account's HTTP Basic credentials. */
    private static ApiClient client(String user) {
        String origin = portal.uri("").toString();
        ApiClient client = new ApiClient();
        client.updateBaseUri(origin.endsWith("/") ? origin.substring(0, origin.length() - 1) : origin);
        String credentials = Base64.getEncoder().encodeToString((user + ":" + DemoData.PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
        client.setRequestInterceptor(request -> request.header("Authorization", "Basic " + credentials));
        return client;
    }
}
