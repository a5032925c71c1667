package jp.sosportal.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;

import org.openqa.selenium.json.Json;

import jp.sosportal.demo.boundary.DemoData;

/**
 * The one HTTP client of the tests for the portal's JSON API (API.md), as a script or an aggregator system calls
 * it: HTTP Basic with a demo account ({@link DemoData#PASSWORD}), JSON in and out. API tests build bodies with
 * {@code jakarta.json} so that Japanese text and quotes are escaped as a client library would escape them
 * ({@link #raw} sends exactly the text given, for malformed JSON) and read the {@link Reply}; browser tests prepare
 * and inspect what they need without clicking through it with the Map-valued calls ({@link #createRequest},
 * {@link #history}, …; JSON through Selenium's own parser). Every exchange is held against the API document the
 * portal serves ({@link ApiContract}).
 */
public final class PortalApi {

    public static final String PROBLEM_JSON = "application/problem+json";
    /** A text with kanji or kana in it: a Japanese sentence, not an English one. */
    public static final String JAPANESE = "[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}]";
    private static final Json JSON = new Json();

    private final String origin;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private ApiContract contract;

    public PortalApi(String origin) {
        this.origin = origin.endsWith("/") ? origin.substring(0, origin.length() - 1) : origin;
    }

    public PortalApi(RunningPortal portal) {
        this(portal.uri("").toString());
    }

    /** One answer of the API. */
    public record Reply(int status, String contentType, String body, HttpResponse<String> response) {

        public int statusCode() {
            return status;
        }

        public HttpHeaders headers() {
            return response.headers();
        }

        public JsonObject json() {
            return (JsonObject) parse();
        }

        public JsonArray array() {
            return (JsonArray) parse();
        }

        private JsonStructure parse() {
            try (var reader = jakarta.json.Json.createReader(new StringReader(body))) {
                return reader.read();
            }
        }

        /** Asserts a problem+json answer with this status and a Japanese detail; returns the problem. */
        public JsonObject problem(int expectedStatus) {
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
        public List<String> errorFields() {
            return json().getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                    .map(e -> e.getString("field", null)).toList();
        }

        /** The message for a field of a problem's {@code errors}. */
        public String errorMessage(String field) {
            return json().getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                    .filter(e -> field.equals(e.getString("field", null)))
                    .map(e -> e.getString("message")).findFirst()
                    .orElseThrow(() -> new AssertionError("no error for " + field + " in " + body));
        }

        /** Asserts a 2xx JSON answer with this status; returns the object. */
        public JsonObject ok(int expectedStatus) {
            assertThat(status).as("status of %s", body).isEqualTo(expectedStatus);
            assertThat(contentType).startsWith("application/json");
            return json();
        }
    }

    // ---------------------------------------------------------------------------------------------------------
    // Exchanges

    public Reply get(String user, String path) {
        return exchange(user, builder(path).GET(), null);
    }

    public Reply post(String user, String path, JsonValue body) {
        return raw(user, "POST", path, body == null ? "" : body.toString());
    }

    public Reply put(String user, String path, JsonValue body) {
        return raw(user, "PUT", path, body.toString());
    }

    /** Exactly this text as the JSON body. */
    public Reply raw(String user, String method, String path, String body) {
        return exchange(user, builder(path).header("Content-Type", "application/json")
                .method(method, BodyPublishers.ofString(body, StandardCharsets.UTF_8)), body);
    }

    /** A CSV file as the body (the batch upload). */
    public Reply csv(String user, String path, String csv) {
        return exchange(user, builder(path).header("Content-Type", "text/csv; charset=UTF-8")
                .POST(BodyPublishers.ofString(csv, StandardCharsets.UTF_8)), csv);
    }

    /** A body of maps and lists as JSON (Selenium's writer), or none when null. */
    public Reply send(String user, String method, String path, Object body) {
        if (body == null) {
            return exchange(user, builder(path).method(method, BodyPublishers.noBody()), null);
        }
        return raw(user, method, path, JSON.toJson(body));
    }

    /** With this Authorization header (or none when null), for the 401 cases. */
    public Reply withAuthorization(String authorization, String path) {
        return withAuthorization(authorization, "GET", path, null);
    }

    public Reply withAuthorization(String authorization, String method, String path, JsonValue body) {
        HttpRequest.Builder builder = builder(path).header("Content-Type", "application/json")
                .method(method, body == null ? BodyPublishers.noBody()
                        : BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8));
        if (authorization != null) {
            builder.header("Authorization", authorization);
        }
        return exchange(builder.build(), body == null ? null : body.toString());
    }

    public static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    public URI uri(String path) {
        return URI.create(origin + path);
    }

    // ---------------------------------------------------------------------------------------------------------
    // Requests as maps, for browser tests

    /** A saved request (未申請) of the user's institution, as the API returns it. */
    public Map<String, Object> createRequest(String user, String institutionCode, List<String> items, String comment) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("institutionCode", institutionCode);
        body.put("conditionsConfirmed", true);
        body.put("n95ConditionsConfirmed", false);
        body.put("items", items);
        body.put("comment", comment);
        return expect(201, send(user, "POST", "/api/v1/requests", body));
    }

    public Map<String, Object> request(String user, long id) {
        return expect(200, send(user, "GET", "/api/v1/requests/" + id, null));
    }

    public Map<String, Object> submit(String user, long id) {
        return expect(200, send(user, "POST", "/api/v1/requests/" + id + "/submit", null));
    }

    /** The prefecture reviewer's confirmation, on the request as it is now. */
    public Map<String, Object> confirm(String reviewer, long id) {
        return expect(200, send(reviewer, "POST", "/api/v1/requests/" + id + "/confirm", currentVersion(reviewer, id)));
    }

    /** 受付完了 by the national reviewer, on the request as it is now. */
    public Map<String, Object> accept(String reviewer, long id) {
        return expect(200, send(reviewer, "POST", "/api/v1/requests/" + id + "/accept", currentVersion(reviewer, id)));
    }

    private Map<String, Object> currentVersion(String user, long id) {
        return Map.of("version", request(user, id).get("version"));
    }

    /** The edit as sent; the caller checks the answer (200, or 409 when stale or 受付完了). */
    public Reply edit(String user, long id, long version, List<String> items, String comment) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("conditionsConfirmed", true);
        body.put("n95ConditionsConfirmed", false);
        body.put("items", items);
        body.put("comment", comment);
        body.put("version", version);
        return send(user, "PUT", "/api/v1/requests/" + id, body);
    }

    @SuppressWarnings("unchecked")
    public List<Map<String, Object>> history(String user, long id) {
        Reply reply = send(user, "GET", "/api/v1/requests/" + id + "/history", null);
        if (reply.status() != 200) {
            throw new AssertionError("history of " + id + ": " + reply.status() + " " + reply.body());
        }
        return (List<Map<String, Object>>) (List<?>) JSON.toType(reply.body(), List.class);
    }

    /** How many requests the user's institution has. */
    public long requestCount(String user) {
        return ((Number) expect(200, send(user, "GET", "/api/v1/requests?size=1", null)).get("total")).longValue();
    }

    public static Map<String, Object> json(String body) {
        return JSON.toType(body, Json.MAP_TYPE);
    }

    private static Map<String, Object> expect(int status, Reply reply) {
        if (reply.status() != status) {
            throw new AssertionError("expected " + status + " from " + reply.response().request().method() + " "
                    + reply.response().uri() + " but got " + reply.status() + ": " + reply.body());
        }
        return json(reply.body());
    }

    // ---------------------------------------------------------------------------------------------------------

    /**
     * Waits until /health/ready answers 200: a freshly started server may refuse a connection or two after it
     * reported itself started.
     */
    public void awaitReady(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            try {
                HttpResponse<Void> ready = http.send(HttpRequest.newBuilder(uri("/health/ready"))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.discarding());
                if (ready.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not accepting connections yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            RunningPortal.sleep(500);
        }
        throw new AssertionError(origin + " was not ready within " + timeout);
    }

    private HttpRequest.Builder builder(String path) {
        return HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(60))
                .header("Accept", "application/json, application/problem+json");
    }

    private Reply exchange(String user, HttpRequest.Builder builder, String body) {
        return exchange(builder.header("Authorization", basic(user, DemoData.PASSWORD)).build(), body);
    }

    /** Sends, and holds the exchange against the served API document ({@link ApiContract}). */
    private Reply exchange(HttpRequest request, String body) {
        try {
            HttpResponse<String> response = http.send(request,
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            contract().check(request, body, response);
            return new Reply(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.body(), response);
        } catch (IOException e) {
            throw new IllegalStateException(request.method() + " " + request.uri() + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The served API document, read at the first call (the portal may still be starting when this is made). */
    private ApiContract contract() {
        if (contract == null) {
            contract = ApiContract.of(origin);
        }
        return contract;
    }
}
