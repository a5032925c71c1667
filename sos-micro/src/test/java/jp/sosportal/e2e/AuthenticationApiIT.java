package jp.sosportal.e2e;

import static jp.sosportal.e2e.ApiCalls.MALFORMED;
import static jp.sosportal.e2e.ApiCalls.NOT_FOUND;
import static jp.sosportal.e2e.ApiCalls.REQUESTS;
import static jp.sosportal.e2e.ApiCalls.SHINJUKU;
import static jp.sosportal.e2e.ApiCalls.api;
import static jp.sosportal.e2e.ApiCalls.body;
import static jp.sosportal.e2e.ApiCalls.total;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Base64;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import jp.sosportal.demo.boundary.DemoData;
import jp.sosportal.e2e.PortalApi.Reply;

/**
 * The API's door, end to end with HTTP Basic as scripts use it: no or wrong or garbled credentials are 401 in
 * Japanese and write nothing; the OpenAPI document needs no login; unknown paths and methods are problems too.
 */
class AuthenticationApiIT {

    @Test
    void withoutCredentialsTheApiAsksForThemInJapanese() {
        Reply reply = api().withAuthorization(null, REQUESTS);
        JsonObject problem = reply.problem(401);
        assertThat(problem.getString("detail")).isEqualTo("ログインが必要です。ユーザ名とパスワードを確認してください。");
        assertThat(reply.response().headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
                challenge -> assertThat(challenge).startsWith("Basic "));
    }

    @ParameterizedTest
    @CsvSource({"hospital, wrong-password", "hospital, sosdemo2021", "nobody, " + DemoData.PASSWORD,
            "'', " + DemoData.PASSWORD})
    void aWrongLoginIs401EvenRightAfterTheRightOne(String user, String password) {
        assertThat(api().get("hospital", REQUESTS).status()).as("the right password first").isEqualTo(200);
        api().withAuthorization(PortalApi.basic(user, password), REQUESTS).problem(401);
    }

    @Test
    void garbledBasicCredentialsAre401() {
        api().withAuthorization("Basic !!!not-base64", REQUESTS).problem(401);
        api().withAuthorization("Basic " + Base64.getEncoder().encodeToString("no-colon".getBytes()), REQUESTS)
                .problem(401);
    }

    @Test
    void aRefusedLoginWritesNothing() {
        long before = total("hospital", "institution=" + SHINJUKU);
        api().withAuthorization(PortalApi.basic("hospital", "wrong-password"), "POST", REQUESTS,
                body(SHINJUKU, "SURGICAL_MASK").build()).problem(401);
        api().withAuthorization(null, "POST", REQUESTS, body(SHINJUKU, "SURGICAL_MASK").build()).problem(401);
        assertThat(total("hospital", "institution=" + SHINJUKU)).isEqualTo(before);
    }

    @Test
    void openApiDescribesEveryEndpointWithoutALogin() {
        Reply reply = api().withAuthorization(null, "/openapi");
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.body()).contains("/api/v1/requests", "/api/v1/requests/{id}", "/api/v1/requests/{id}/check",
                "/api/v1/requests/{id}/submit", "/api/v1/requests/{id}/history", "/api/v1/requests/{id}/confirm",
                "/api/v1/requests/{id}/accept", "/api/v1/institutions/{code}/daily-surveys",
                "/api/v1/institutions/{code}/daily-surveys/{date}",
                "/api/v1/institutions/{code}/weekly-surveys/{date}");
    }

    @Test
    void unknownPathsAndMethodsAnswerProblemsInJapanese() {
        assertThat(api().get("hospital", "/api/v1/nothing-here").problem(404).getString("detail")).isEqualTo(NOT_FOUND);
        api().raw("hospital", "DELETE", REQUESTS + "/1", "").problem(405);
        assertThat(api().raw("hospital", "POST", REQUESTS, "x").problem(400).getString("detail")).isEqualTo(MALFORMED);
    }
}
