package jp.sosportal.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * docs/api.md against the API document it explains (sos-web's META-INF/openapi.yaml), so that the two cannot drift:
 * the same operations with the same summaries, the same code lists, and every example of the page valid against the
 * document's schema for its operation and status (read strictly: a field the document does not name fails).
 */
class ApiDocsTest {

    static final Path DOCUMENT = Path.of("..", "sos-web", "src", "main", "resources", "META-INF", "openapi.yaml");
    static final Path PAGE = Path.of("..", "docs", "api.md");
    static final Pattern OPERATION = Pattern.compile("^### `(GET|PUT|POST|DELETE|PATCH) (/\\S+)`$");
    static final Pattern EXAMPLE = Pattern.compile("^(Request|Response (\\d{3}))\\b.*:$");
    static final Pattern CODE_LIST = Pattern.compile("^- (\\w+)(?: \\([^)]*\\))?: (.*)$");
    static final Pattern CODE = Pattern.compile("`([A-Z0-9_]+)`");

    static JsonNode document;
    static List<String> page;

    @BeforeAll
    static void read() throws IOException {
        document = new ObjectMapper(new YAMLFactory()).readTree(DOCUMENT.toFile());
        page = Files.readAllLines(PAGE);
    }

    @Test
    void thePageListsEveryOperationOfTheDocumentWithItsSummary() {
        Map<String, String> documented = new LinkedHashMap<>();
        document.get("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
            if (op.getValue().has("operationId")) {
                documented.put(op.getKey().toUpperCase() + " " + path.getKey(), op.getValue().get("summary").asText());
            }
        }));
        Map<String, String> explained = new LinkedHashMap<>();
        for (int i = 0; i < page.size(); i++) {
            Matcher heading = OPERATION.matcher(page.get(i));
            if (heading.matches()) {
                explained.put(heading.group(1) + " " + heading.group(2), page.get(i + 1));
            }
        }
        assertThat(explained).containsExactlyInAnyOrderEntriesOf(documented);
    }

    @Test
    void theCodeListsAreTheDocumentsEnums() {
        int lists = 0;
        for (int i = 0; i < page.size(); i++) {
            Matcher list = CODE_LIST.matcher(page.get(i));
            if (list.matches() && document.at("/components/schemas/" + list.group(1)).has("enum")) {
                StringBuilder text = new StringBuilder(list.group(2));
                while (i + 1 < page.size() && page.get(i + 1).startsWith("  ")) {
                    text.append(page.get(++i));
                }
                Set<String> codes = new LinkedHashSet<>();
                Matcher code = CODE.matcher(text);
                while (code.find()) {
                    codes.add(code.group(1));
                }
                Set<String> enumerated = new LinkedHashSet<>();
                document.at("/components/schemas/" + list.group(1) + "/enum").forEach(v -> enumerated.add(v.asText()));
                assertThat(codes).as(list.group(1)).containsExactlyElementsOf(enumerated);
                assertThat(document.at("/components/schemas/" + list.group(1) + "/description").asText())
                        .as("the document describes each code").contains(codes.stream().map(c -> "`" + c + "`")
                                .collect(Collectors.toList()));
                lists++;
            }
        }
        assertThat(lists).as("code lists on the page").isEqualTo(6);
    }

    @Test
    void everyExampleOfThePageIsValidAgainstTheDocument() throws IOException {
        OpenApiInteractionValidator validator = OpenApiInteractionValidator
                .createForInlineApiSpecification(Files.readString(DOCUMENT))
                .withLevelResolver(LevelResolver.create()
                        .withLevel("validation.schema.additionalProperties", ValidationReport.Level.ERROR).build())
                .build();
        String method = null;
        String path = null;
        List<String> failures = new ArrayList<>();
        int examples = 0;
        for (int i = 0; i < page.size(); i++) {
            Matcher heading = OPERATION.matcher(page.get(i));
            Matcher example = EXAMPLE.matcher(page.get(i));
            if (heading.matches()) {
                method = heading.group(1);
                path = concrete(heading.group(2));
            } else if (page.get(i).equals("```json")) {
                throw new AssertionError("line " + (i + 1) + ": a JSON block must follow a 'Request:' or 'Response NNN:' line");
            } else if (example.matches()) {
                assertThat(page.get(i + 1)).as("line %d", i + 2).isEqualTo("```json");
                StringBuilder json = new StringBuilder();
                int line = i + 2;
                for (; !page.get(line).equals("```"); line++) {
                    json.append(page.get(line)).append('\n');
                }
                ValidationReport report = example.group(2) == null
                        ? validator.validateRequest(request(method, path, json.toString()))
                        : validator.validateResponse(path, Request.Method.valueOf(method),
                                response(Integer.parseInt(example.group(2)), json.toString()));
                if (report.hasErrors()) {
                    failures.add("line " + (i + 1) + " (" + method + " " + path + "): " + report.getMessages());
                }
                examples++;
                i = line;
            }
        }
        assertThat(failures).isEmpty();
        assertThat(examples).as("examples on the page").isGreaterThanOrEqualTo(15);
    }

    /** A path of the document with sample values in its parameters. */
    private static String concrete(String template) {
        return template.replace("{code}", "1310000001").replace("{date}", "2021-01-04").replace("{id}", "7")
                .replace("{kind}", "daily");
    }

    private static Request request(String method, String path, String json) {
        return new SimpleRequest.Builder(method, path).withContentType("application/json")
                .withAuthorization("Basic aG9zcGl0YWw6U29zRGVtbzIwMjE=").withBody(json).build();
    }

    private static SimpleResponse response(int status, String json) {
        return SimpleResponse.Builder.status(status)
                .withContentType(status >= 400 ? "application/problem+json" : "application/json").withBody(json).build();
    }
}
