package jp.sosportal.ear;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * Runs Payara Server's asadmin. Each command writes to its own log file (a file, not a pipe: start-domain leaves a
 * server process behind that would keep a pipe open) and is killed when it outlives its timeout.
 */
final class Asadmin {

    private static final Logger LOG = Logger.getLogger(Asadmin.class.getName());
    private static final int TIMED_OUT = -1;

    private final Path executable;
    private final Path logDirectory;
    private int commandsRun;

    Asadmin(Path executable, Path logDirectory) throws IOException {
        this.executable = executable.toAbsolutePath();
        this.logDirectory = Files.createDirectories(logDirectory);
        deleteLogsOfEarlierRuns();
    }

    /** The outcome of one command; {@code exitCode} is -1 when it timed out and was killed. */
    record Result(String command, int exitCode, Path log) {

        boolean succeeded() {
            return exitCode == 0;
        }

        String output() {
            return Logs.read(log);
        }

        String describe() {
            String outcome = exitCode == TIMED_OUT ? "timed out" : "exited with " + exitCode;
            return "asadmin " + command + " " + outcome + "; last lines of " + log + ":\n" + Logs.tail(log);
        }
    }

    Result run(Duration timeout, String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(executable.toString(), "--interactive=false"));
        command.addAll(List.of(arguments));
        String commandLine = String.join(" ", arguments);
        Path log = logDirectory.resolve(String.format("%02d-%s.log", ++commandsRun, subcommand(arguments)));
        Files.writeString(log, "$ asadmin " + commandLine + "\n", StandardCharsets.UTF_8);

        long started = System.nanoTime();
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .start();
        int exitCode = waitFor(process, timeout);
        LOG.info(() -> String.format("asadmin %s: exit %d after %.1f s (%s)", commandLine, exitCode,
                (System.nanoTime() - started) / 1e9, log));
        return new Result(commandLine, exitCode, log);
    }

    private static int waitFor(Process process, Duration timeout) throws InterruptedException {
        if (process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            return process.exitValue();
        }
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        return TIMED_OUT;
    }

    /** The numbering starts again at 01 on each run: old files would mix with the new ones. */
    private void deleteLogsOfEarlierRuns() throws IOException {
        try (Stream<Path> logs = Files.list(logDirectory)) {
            for (Path log : logs.filter(path -> path.toString().endsWith(".log")).toList()) {
                Files.delete(log);
            }
        }
    }

    /** The asadmin subcommand, skipping program options such as {@code --port 28048}, to name the log file. */
    private static String subcommand(String... arguments) {
        for (int i = 0; i < arguments.length; i++) {
            if (arguments[i].equals("--port")) {
                i++;
            } else if (!arguments[i].startsWith("--")) {
                return arguments[i];
            }
        }
        return "asadmin";
    }
}
