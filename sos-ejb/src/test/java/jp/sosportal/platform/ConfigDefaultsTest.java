package jp.sosportal.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The defaults of the settings live in {@code microprofile-config.properties}; the README's configuration table
 * is where operators look them up, so every {@code sos.*} key there must have its row ({@code sos.db.url} is
 * {@code SOS_DB_URL}), and none of them has a second default in Java.
 */
class ConfigDefaultsTest {

    private static final Pattern VARIABLE = Pattern.compile("`(SOS_[A-Z0-9_]+)`");

    @Test
    void everyKeyWithADefaultIsInTheReadmesTable() throws IOException {
        Set<String> documented = readmeTableVariables();
        assertThat(defaultedKeys()).isNotEmpty()
                .allSatisfy(key -> assertThat(documented).as("README row for %s", key).contains(variable(key)));
    }

    /** One home per default: none in Java, where a second value could drift from the properties file. */
    @Test
    void noSettingHasADefaultInJava() throws IOException {
        Pattern javaDefault = Pattern.compile("@ConfigProperty\\([^)]*defaultValue");
        try (Stream<Path> sources = Files.walk(Path.of(".."))) {
            Set<String> withDefaults = sources
                    .filter(path -> path.toString().endsWith(".java") && path.toString().contains("/src/main/java/")
                            && !path.toString().contains("/target/"))
                    .filter(path -> javaDefault.matcher(read(path)).find())
                    .map(Path::toString).collect(Collectors.toSet());
            assertThat(withDefaults).isEmpty();
        }
    }

    private static String read(Path path) {
        try {
            return Files.readString(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Set<String> defaultedKeys() throws IOException {
        Properties defaults = new Properties();
        try (InputStream in = ConfigDefaultsTest.class.getResourceAsStream("/META-INF/microprofile-config.properties")) {
            defaults.load(in);
        }
        return defaults.stringPropertyNames().stream().filter(key -> key.startsWith("sos.")).collect(Collectors.toSet());
    }

    /** The variables named in the first column of the table under 「## Configuration」. */
    private static Set<String> readmeTableVariables() throws IOException {
        String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
        String section = readme.substring(readme.indexOf("## Configuration"));
        section = section.substring(0, section.indexOf("\n## ", 1));
        return section.lines().filter(line -> line.startsWith("| `"))
                .map(line -> line.substring(0, line.indexOf('|', 1)))
                .flatMap(cell -> VARIABLE.matcher(cell).results().map(m -> m.group(1)))
                .collect(Collectors.toSet());
    }

    static String variable(String key) {
        return key.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
    }
}
