package jp.sosportal.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.openqa.selenium.json.Json;

/**
 * The portal's JSON API (API.md) with HTTP Basic, for preparing and inspecting what a browser test needs without
 * clicking through it (the pages and the API call the same services). JSON through Selenium's own parser.
 */
public final class PortalApi {

    public static final String PASSWORD = "SosDemo2021";
    private static final Json JSON = new Json();

    private final String origin;
    private final HttpClient http = HttpClient.newHttpClient();

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
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(JSON.toJson(body)));
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
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
