package jp.sosportal.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * /openapi serves the checked-in document (sos-web's META-INF/openapi.yaml, from which the build generates the
 * Java client and against which docs/api.md is checked), in YAML and in JSON, without Payara's additions. The
 * served YAML is kept in target/openapi/served.yaml for the linter step of .ci/run.
 */
class ApiDocumentIT {

    static final Path CHECKED_IN = Path.of("..", "sos-web", "src", "main", "resources", "META-INF", "openapi.yaml");
    static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    static final ObjectMapper JSON = new ObjectMapper();
    static RunningPortal portal;

    @BeforeAll
    static void start() {
        portal = RunningPortal.get();
    }

    @Test
    void theServedYamlIsTheCheckedInDocument() throws IOException {
        String served = ApiContract.served(portal.uri("").toString().replaceAll("/$", ""));
        Path kept = Files.createDirectories(Path.of("target", "openapi")).resolve("served.yaml");
        Files.writeString(kept, served);
        assertThat(withoutEmpty(YAML.readTree(served))).isEqualTo(withoutEmpty(YAML.readTree(CHECKED_IN.toFile())));
    }

    @Test
    void theServedJsonIsTheCheckedInDocument() throws Exception {
        HttpResponse<String> served = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(portal.uri("/openapi") + "?format=JSON")).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(served.statusCode()).isEqualTo(200);
        assertThat(served.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/json"));
        assertThat(withoutEmpty(JSON.readTree(served.body()))).isEqualTo(withoutEmpty(YAML.readTree(CHECKED_IN.toFile())));
    }

    @Test
    void payarasAdditionsAreGone() throws IOException {
        JsonNode served = YAML.readTree(ApiContract.served(portal.uri("").toString().replaceAll("/$", "")));
        assertThat(served.has("endpoints")).as("Payara's non-standard endpoints map").isFalse();
        assertThat(served.get("servers")).extracting(s -> s.get("url").asText()).containsExactly("/");
        assertThat(served.at("/components/securitySchemes/basicAuth/scheme").asText()).isEqualTo("basic");
    }

    /**
     * The document without empty arrays and objects, which Payara's writer leaves out ({@code errors: []} of an
     * example): what is left must be equal.
     */
    private static JsonNode withoutEmpty(JsonNode node) {
        if (node instanceof ObjectNode object) {
            Iterator<Map.Entry<String, JsonNode>> fields = object.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                withoutEmpty(field.getValue());
                if (field.getValue().isContainerNode() && field.getValue().isEmpty()) {
                    fields.remove();
                }
            }
        } else if (node instanceof ArrayNode array) {
            array.forEach(ApiDocumentIT::withoutEmpty);
        }
        return node;
    }
}
