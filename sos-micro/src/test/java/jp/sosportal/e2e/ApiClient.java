package jp.sosportal.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;

/**
 * The JSON API of the running portal as a script or an aggregator system calls it: HTTP Basic with a demo account,
 * JSON in and out. Bodies are built with {@link Json} so that Japanese text and quotes are escaped as a client
 * library would escape them; {@link #raw} sends exactly the text given (for malformed JSON). Every exchange is held
 * against the API document the portal serves ({@link ApiContract}).
 */
final class ApiClient {

    static final String PASSWORD = "SosDemo2021";
    static final String PROBLEM_JSON = "application/problem+json";
    /** A text with kanji or kana in it: a Japanese sentence, not an English one. */
    static final String JAPANESE = "[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}]";

    private final RunningPortal portal;
    private final ApiContract contract;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    ApiClient(RunningPortal portal) {
        this.portal = portal;
        this.contract = ApiContract.of(portal.uri("").toString());
    }

    /** One answer of the API. */
    record Reply(int status, String contentType, String body, HttpResponse<String> response) {

        JsonObject json() {
            return (JsonObject) parse();
        }

        JsonArray array() {
            return (JsonArray) parse();
        }

        private JsonStructure parse() {
            try (var reader = Json.createReader(new StringReader(body))) {
                return reader.read();
            }
        }

        /** Asserts a problem+json answer with this status and a Japanese detail; returns the problem. */
        JsonObject problem(int expectedStatus) {
            assertThat(status).as("status of %s", body).isEqualTo(expectedStatus);
            assertThat(contentType).as("content type").startsWith(PROBLEM_JSON);
            JsonObject problem = json();
            assertThat(problem.getInt("status")).isEqualTo(expectedStatus);
            assertThat(problem.getString("title")).isNotBlank();
            assertThat(problem.getString("type")).isNotBlank();
            assertThat(problem.getString("detail")).as("a Japanese detail").containsPattern(JAPANESE);
            assertThat(problem.getJsonArray("errors")).isNotNull();
            return problem;
        }

        /** The fields named by a problem's {@code errors}. */
        List<String> errorFields() {
            return json().getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                    .map(e -> e.getString("field", null)).toList();
        }

        /** The message for a field of a problem's {@code errors}. */
        String errorMessage(String field) {
            return json().getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                    .filter(e -> field.equals(e.getString("field", null)))
                    .map(e -> e.getString("message")).findFirst()
                    .orElseThrow(() -> new AssertionError("no error for " + field + " in " + body));
        }

        /** Asserts a 2xx JSON answer with this status; returns the object. */
        JsonObject ok(int expectedStatus) {
            assertThat(status).as("status of %s", body).isEqualTo(expectedStatus);
            assertThat(contentType).startsWith("application/json");
            return json();
        }
    }

    Reply get(String user, String path) {
        return send(user, builder(path).GET(), null);
    }

    Reply post(String user, String path, JsonValue body) {
        return raw(user, "POST", path, body == null ? "" : body.toString());
    }

    Reply put(String user, String path, JsonValue body) {
        return raw(user, "PUT", path, body.toString());
    }

    /** Exactly this text as the JSON body. */
    Reply raw(String user, String method, String path, String body) {
        return send(user, builder(path).header("Content-Type", "application/json")
                .method(method, BodyPublishers.ofString(body, StandardCharsets.UTF_8)), body);
    }

    /** A CSV file as the body (the batch upload). */
    Reply csv(String user, String path, String csv) {
        return send(user, builder(path).header("Content-Type", "text/csv; charset=UTF-8")
                .POST(BodyPublishers.ofString(csv, StandardCharsets.UTF_8)), csv);
    }

    /** With this Authorization header (or none when null), for the 401 cases. */
    Reply withAuthorization(String authorization, String path) {
        return withAuthorization(authorization, "GET", path, null);
    }

    Reply withAuthorization(String authorization, String method, String path, JsonValue body) {
        HttpRequest.Builder builder = builder(path).header("Content-Type", "application/json")
                .method(method, body == null ? BodyPublishers.noBody()
                        : BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8));
        if (authorization != null) {
            builder.header("Authorization", authorization);
        }
        return send(builder.build(), body == null ? null : body.toString());
    }

    static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    URI uri(String path) {
        return portal.uri(path);
    }

    private HttpRequest.Builder builder(String path) {
        return HttpRequest.newBuilder(portal.uri(path)).timeout(Duration.ofSeconds(60))
                .header("Accept", "application/json, application/problem+json");
    }

    private Reply send(String user, HttpRequest.Builder builder, String body) {
        return send(builder.header("Authorization", basic(user, PASSWORD)).build(), body);
    }

    /** Sends, and holds the exchange against the served API document ({@link ApiContract}). */
    private Reply send(HttpRequest request, String body) {
        try {
            HttpResponse<String> response = http.send(request,
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            contract.check(request, body, response);
            return new Reply(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.body(), response);
        } catch (IOException e) {
            throw new IllegalStateException(request.method() + " " + request.uri() + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
