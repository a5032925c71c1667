package jp.sosportal.e2e;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.net.ssl.SSLSession;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@link ApiContract} fails the exchanges that break the document, as the API tests rely on it to. */
class ApiContractTest {

    static final String REQUEST = """
            {"id": 7, "version": 1, "title": "t", "institutionCode": "1310000001", "institutionName": "n",
             "institutionType": "HOSPITAL", "status": "NOT_SUBMITTED", "statusLabel": "未申請",
             "conditionsConfirmed": true, "n95ConditionsConfirmed": false, "items": ["SURGICAL_MASK"]}""";
    static final String PROBLEM = """
            {"type": "about:blank", "title": "Bad Request", "status": 400, "detail": "誤り", "errors": []}""";

    static ApiContract contract;

    @BeforeAll
    static void read() throws IOException {
        contract = ApiContract.ofDocument(Files.readString(ApiDocsTest.DOCUMENT));
    }

    @Test
    void aMatchingAnswerPasses() {
        assertThatCode(() -> check("GET", "/api/v1/requests/7", null, 200, "application/json", REQUEST))
                .doesNotThrowAnyException();
    }

    @Test
    void anAnswerWithoutARequiredFieldFails() {
        assertThatThrownBy(() -> check("GET", "/api/v1/requests/7", null, 200, "application/json",
                REQUEST.replace("\"title\": \"t\", ", ""))).hasMessageContaining("title");
    }

    @Test
    void anAnswerWithAFieldTheDocumentDoesNotNameFails() {
        assertThatThrownBy(() -> check("GET", "/api/v1/requests/7", null, 200, "application/json",
                REQUEST.replace("{", "{\"secret\": 1, "))).hasMessageContaining("secret");
    }

    @Test
    void aWronglyTypedDateOrCodeFails() {
        assertThatThrownBy(() -> check("GET", "/api/v1/requests/7", null, 200, "application/json",
                REQUEST.replace("\"items\": [", "\"handlingDate\": \"2021-13-45\", \"items\": [")))
                .hasMessageContaining("handlingDate");
        assertThatThrownBy(() -> check("GET", "/api/v1/requests/7", null, 200, "application/json",
                REQUEST.replace("NOT_SUBMITTED", "DONE"))).hasMessageContaining("DONE");
    }

    @Test
    void aStatusTheOperationDoesNotDocumentFails() {
        assertThatThrownBy(() -> check("GET", "/api/v1/requests/7", null, 500, "application/problem+json",
                PROBLEM.replace("400", "500"))).hasMessageContaining("500");
    }

    @Test
    void aRefusalMustBeProblemJson() {
        assertThatThrownBy(() -> check("POST", "/api/v1/requests", "{\"institutionCode\": 1}", 400,
                "text/html", "<html></html>")).hasMessageContaining("Content-Type");
    }

    @Test
    void aForbiddenRequestMayBeRefusedButNotAccepted() {
        String bad = "{\"institutionCode\": \"1310000001\", \"conditionsConfirmed\": \"maybe\"}";
        assertThatCode(() -> check("POST", "/api/v1/requests", bad, 400, "application/problem+json", PROBLEM))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> check("POST", "/api/v1/requests", bad, 201, "application/json", REQUEST))
                .hasMessageContaining("accepted a request the API document forbids");
    }

    @Test
    void anUnknownOperationMustBeRefused() {
        assertThatCode(() -> check("DELETE", "/api/v1/requests/7", null, 405, "application/problem+json",
                PROBLEM.replace("400", "405"))).doesNotThrowAnyException();
        assertThatThrownBy(() -> check("GET", "/api/v1/nothing-here", null, 200, "application/json", "{}"))
                .hasMessageContaining("not in the API document");
    }

    private static void check(String method, String path, String body, int status, String type, String answer) {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost" + path))
                .header("Authorization", "Basic aG9zcGl0YWw6U29zRGVtbzIwMjE=")
                .header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body)).build();
        contract.check(request, body, new Answer(request, status, type, answer));
    }

    /** An answer as java.net.http gives it: header names in lower case. */
    private record Answer(HttpRequest request, int statusCode, String type, String body)
            implements HttpResponse<String> {

        @Override
        public Optional<HttpResponse<String>> previousResponse() {
            return Optional.empty();
        }

        @Override
        public HttpHeaders headers() {
            return HttpHeaders.of(Map.of("content-type", List.of(type)), (name, value) -> true);
        }

        @Override
        public Optional<SSLSession> sslSession() {
            return Optional.empty();
        }

        @Override
        public URI uri() {
            return request.uri();
        }

        @Override
        public HttpClient.Version version() {
            return HttpClient.Version.HTTP_1_1;
        }
    }
}
