package jp.sosportal.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.openqa.selenium.json.Json;

/**
 * The portal's JSON API (API.md) with HTTP Basic, for preparing and inspecting what a browser test needs without
 * clicking through it (the pages and the API call the same services). JSON through Selenium's own parser. Every
 * exchange is held against the API document the portal serves ({@link ApiContract}).
 */
public final class PortalApi {

    public static final String PASSWORD = "SosDemo2021";
    private static final Json JSON = new Json();

    private final String origin;
    private final HttpClient http = HttpClient.newHttpClient();
    private ApiContract contract;

    public PortalApi(String origin) {
        this.origin = origin.endsWith("/") ? origin.substring(0, origin.length() - 1) : origin;
    }

    public PortalApi(RunningPortal portal) {
        this(portal.uri("").toString());
    }

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
    public HttpResponse<String> edit(String user, long id, long version, List<String> items, String comment) {
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
        HttpResponse<String> response = send(user, "GET", "/api/v1/requests/" + id + "/history", null);
        if (response.statusCode() != 200) {
            throw new AssertionError("history of " + id + ": " + response.statusCode() + " " + response.body());
        }
        return (List<Map<String, Object>>) (List<?>) JSON.toType(response.body(), List.class);
    }

    /** How many requests the user's institution has. */
    public long requestCount(String user) {
        return ((Number) expect(200, send(user, "GET", "/api/v1/requests?size=1", null)).get("total")).longValue();
    }

    public HttpResponse<String> get(String user, String path) {
        return send(user, "GET", path, null);
    }

    public HttpResponse<String> send(String user, String method, String path, Object body) {
        String credentials = Base64.getEncoder().encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(origin + path))
                .header("Authorization", "Basic " + credentials)
                .header("Accept", "application/json");
        String json = body == null ? null : JSON.toJson(body);
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(json));
        }
        try {
            HttpRequest sent = request.build();
            HttpResponse<String> response = http.send(sent, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            contract().check(sent, json, response);
            return response;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * Waits until /health/ready answers 200: a freshly started server may refuse a connection or two after it
     * reported itself started.
     */
    public void awaitReady(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            try {
                HttpResponse<Void> ready = http.send(HttpRequest.newBuilder(URI.create(origin + "/health/ready"))
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

    /** The served API document, read at the first call (the portal may still be starting when this is made). */
    private ApiContract contract() {
        if (contract == null) {
            contract = ApiContract.of(origin);
        }
        return contract;
    }

    public static Map<String, Object> json(String body) {
        return JSON.toType(body, Json.MAP_TYPE);
    }

    private static Map<String, Object> expect(int status, HttpResponse<String> response) {
        if (response.statusCode() != status) {
            throw new AssertionError("expected " + status + " from " + response.request().method() + " "
                    + response.uri() + " but got " + response.statusCode() + ": " + response.body());
        }
        return json(response.body());
    }
}
