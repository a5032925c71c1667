package jp.sosportal.ear;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Reads log files for assertion messages, so that a failure on CI shows its cause without the files. */
final class Logs {

    private static final int TAIL_LINES = 60;

    private Logs() {
    }

    static String read(Path log) {
        try {
            // Lenient decoding: a server log may hold bytes in the platform encoding.
            return new String(Files.readAllBytes(log), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String tail(Path log) {
        if (!Files.exists(log)) {
            return "(" + log + " does not exist)";
        }
        List<String> lines = read(log).lines().toList();
        return String.join("\n", lines.subList(Math.max(0, lines.size() - TAIL_LINES), lines.size()));
    }
}
