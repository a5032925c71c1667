package jp.sosportal.e2e;

import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;

/**
 * The API document as the running portal serves it at /openapi, held against every call the API tests make
 * (issue 21): an answer that does not match its operation's schema for that status fails the test, and so does a
 * request the document forbids that the portal nevertheless accepted. Requests the document forbids are what the
 * refusal tests send on purpose (1.5 for a count, "maybe" for a checkbox): the portal must refuse them with a 4xx.
 * Unknown paths and methods must answer 404 or 405. The schemas are read strictly: a field the document does not
 * name fails the test (the document itself still lets clients ignore unknown fields).
 */
public final class ApiContract {

    private static final Map<String, OpenApiInteractionValidator> BY_ORIGIN = new ConcurrentHashMap<>();
    private static final String API = "/api/v1/";

    private final OpenApiInteractionValidator validator;

    private ApiContract(OpenApiInteractionValidator validator) {
        this.validator = validator;
    }

    /** The document served by the portal at this origin (fetched once per run). */
    public static ApiContract of(String origin) {
        String base = origin.endsWith("/") ? origin.substring(0, origin.length() - 1) : origin;
        return new ApiContract(BY_ORIGIN.computeIfAbsent(base, ApiContract::load));
    }

    /** A document given as text (the checked-in one, for testing this class). */
    static ApiContract ofDocument(String document) {
        return new ApiContract(validator(document));
    }

    private static OpenApiInteractionValidator load(String origin) {
        return validator(served(origin));
    }

    private static OpenApiInteractionValidator validator(String document) {
        return OpenApiInteractionValidator.createForInlineApiSpecification(document)
                .withLevelResolver(LevelResolver.create()
                        .withLevel("validation.schema.additionalProperties", ValidationReport.Level.ERROR)
                        .build())
                .build();
    }

    /** The YAML at {@code /openapi}, as a client generator would fetch it. */
    static String served(String origin) {
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(origin + "/openapi")).timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (response.statusCode() != 200) {
                throw new AssertionError("/openapi answered " + response.statusCode());
            }
            return response.body();
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + origin + "/openapi", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Checks one exchange of the API; calls outside /api/v1 are not the document's. */
    public void check(HttpRequest sent, String sentBody, HttpResponse<String> answer) {
        String path = sent.uri().getRawPath();
        if (!path.startsWith(API)) {
            return;
        }
        Request request = request(sent, sentBody);
        SimpleResponse.Builder response = SimpleResponse.Builder.status(answer.statusCode());
        answer.headers().map().forEach(response::withHeader);
        if (!answer.body().isEmpty()) {
            response.withBody(answer.body());
        }
        ValidationReport requestReport = validator.validateRequest(request);
        String exchange = sent.method() + " " + sent.uri() + " → " + answer.statusCode() + " " + answer.body();
        if (unknownOperation(requestReport)) {
            if (answer.statusCode() != 404 && answer.statusCode() != 405) {
                throw new AssertionError("not in the API document but answered: " + exchange
                        + errors(requestReport));
            }
            return;
        }
        ValidationReport responseReport = validator.validateResponse(path, request.getMethod(), response.build());
        if (responseReport.hasErrors()) {
            throw new AssertionError("the answer does not match the API document: " + exchange
                    + errors(responseReport));
        }
        if (requestReport.hasErrors() && answer.statusCode() < 400) {
            throw new AssertionError("the portal accepted a request the API document forbids: " + exchange
                    + "\nrequest body: " + sentBody + errors(requestReport));
        }
    }

    private static Request request(HttpRequest sent, String body) {
        URI uri = sent.uri();
        SimpleRequest.Builder request = new SimpleRequest.Builder(sent.method(), uri.getRawPath());
        sent.headers().map().forEach(request::withHeader);
        if (uri.getRawQuery() != null) {
            for (String pair : uri.getRawQuery().split("&")) {
                int equals = pair.indexOf('=');
                String name = decode(equals < 0 ? pair : pair.substring(0, equals));
                request.withQueryParam(name, equals < 0 ? "" : decode(pair.substring(equals + 1)));
            }
        }
        if (body != null && !body.isEmpty()) {
            request.withBody(body);
        }
        return request.build();
    }

    private static boolean unknownOperation(ValidationReport report) {
        return report.getMessages().stream().map(ValidationReport.Message::getKey).anyMatch(key ->
                key.equals("validation.request.path.missing") || key.equals("validation.request.operation.notAllowed"));
    }

    private static String errors(ValidationReport report) {
        List<ValidationReport.Message> errors = report.getMessages().stream()
                .filter(m -> m.getLevel() == ValidationReport.Level.ERROR).toList();
        return errors.stream().map(m -> "\n  " + m.getKey() + ": " + m.getMessage()).collect(Collectors.joining());
    }

    private static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }
}
