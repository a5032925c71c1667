package jp.sosportal.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import jp.sosportal.demo.boundary.DemoData;

/**
 * Issue 14, "the server dies mid-batch", on PostgreSQL: {@code kill -9} of the portal's JVM while a daily file
 * (sent through the API) and a weekly file (dropped into the inbox) load. At the next start both runs show FAILED
 * with 「サーバー停止により中断されました」 instead of running for ever; 「再開」 of the daily run and the inbox's own
 * resumption of the weekly file end with exactly the rows, the summary and the reject report of a clean run of the
 * same files, and the inbox file is neither lost nor loaded twice. Runs in {@code .ci/run}'s PostgreSQL pass (it
 * needs {@code -Dsos.e2e.db.url}; the embedded H2 keeps its job repository outside the chunk's transaction).
 */
class KilledBatchIT {

    private static final int PORT = RunningPortal.PORT + 140;
    private static final Path TARGET = Path.of("target").toAbsolutePath();
    private static final Path INBOX = TARGET.resolve("killed-inbox");
    private static final Path BATCH_DIR = TARGET.resolve("killed-batch");
    private static final Path FILES = TARGET.resolve("killed-files");
    private static final String INTERRUPTED = "サーバー停止により中断されました";

    private static final int INSTITUTIONS = 2_000;
    /** 100 days × 2,000 institutions; every 9,973rd row refused. */
    private static final int DAILY_ROWS = 200_000;
    /** 30 weeks × 2,000 institutions × 5 items; every 9,973rd row refused. */
    private static final int WEEKLY_ROWS = 300_000;
    private static final int BAD_EVERY = 9_973;
    private static final String[] ITEMS = {"SURGICAL_MASK", "N95_MASK", "ISOLATION_GOWN", "FACE_SHIELD",
            "NON_STERILE_GLOVES"};
    /** Payara Micro's job repository tables are named with the prefix {@code jbatch}. */
    private static final String REPOSITORY = "jbatch";
    private static final String OURS = "(select id from institution where code like '77%')";

    private final HttpClient http = HttpClient.newHttpClient();
    private String dbUrl;

    @Test
    void runsKilledMidFileAreMarkedInterruptedAndTheirRestartEndsExactlyAsACleanRun() throws Exception {
        dbUrl = freshDatabase();
        Path daily = writeDailyFile();
        Path weekly = writeWeeklyFile();
        deleteRecursively(INBOX);
        deleteRecursively(BATCH_DIR);

        RunningPortal portal = RunningPortal.start("killed", PORT, environment());
        long killedDaily;
        Snapshot cleanDaily;
        Snapshot cleanWeekly;
        try {
            portal.awaitReady(Duration.ofSeconds(300));
            sql("insert into institution (id, version, code, name, type, prefecture_code)"
                    + " select 900000000 + g, 0, cast(7700000000 + g as varchar), '中断試験病院' || g, 'HOSPITAL', '13'"
                    + " from generate_series(1, " + INSTITUTIONS + ") g");

            // The clean runs, the reference.
            Map<String, Object> clean = awaitEnd(portal, upload(portal, "daily", daily));
            assertThat(clean.get("status")).isEqualTo("COMPLETED");
            cleanDaily = snapshot(dailyRows(), reportRows(id(clean)), (String) clean.get("exitStatus"));
            Map<String, Object> cleanW = awaitEnd(portal, upload(portal, "weekly", weekly));
            assertThat(cleanW.get("status")).isEqualTo("COMPLETED");
            cleanWeekly = snapshot(weeklyRows(), reportRows(id(cleanW)), (String) cleanW.get("exitStatus"));
            assertThat(cleanDaily.rows().get(0)).startsWith((DAILY_ROWS - DAILY_ROWS / BAD_EVERY - 1) + ",");
            assertThat(cleanDaily.report()).hasSize(DAILY_ROWS / BAD_EVERY + 1);
            assertThat(cleanWeekly.report()).hasSize(WEEKLY_ROWS / BAD_EVERY + 1);
            sql("delete from survey_revision where institution_id in " + OURS,
                    "delete from weekly_survey_item where weekly_survey_id in"
                            + " (select id from weekly_survey where institution_id in " + OURS + ")",
                    "delete from weekly_survey where institution_id in " + OURS,
                    "delete from daily_survey where institution_id in " + OURS);

            // The weekly file through the inbox (copied in under a dot name, then renamed), the daily one by API.
            Files.copy(weekly, INBOX.resolve(".weekly.csv"));
            Files.move(INBOX.resolve(".weekly.csv"), INBOX.resolve("weekly.csv"), StandardCopyOption.ATOMIC_MOVE);
            awaitAbove(() -> count("select count(*) from weekly_survey_item where weekly_survey_id in"
                    + " (select id from weekly_survey where institution_id in " + OURS + ")"), 0);
            killedDaily = upload(portal, "daily", daily);
            awaitAbove(() -> count("select count(*) from daily_survey where institution_id in " + OURS), 0);
            kill(portal);
        } finally {
            portal.stop();
        }
        long dailyAtKill = count("select count(*) from daily_survey where institution_id in " + OURS);
        long weeklyAtKill = count("select count(*) from weekly_survey_item where weekly_survey_id in"
                + " (select id from weekly_survey where institution_id in " + OURS + ")");
        assertThat(dailyAtKill).as("daily rows loaded when killed").isBetween(1L, DAILY_ROWS - 1L);
        assertThat(weeklyAtKill).as("weekly rows loaded when killed").isBetween(1L, WEEKLY_ROWS - 1L);
        assertThat(listing(INBOX.resolve("processing"))).anyMatch(name -> name.endsWith("-weekly.csv"));

        portal = RunningPortal.restart("killed", PORT, environment());
        try {
            portal.awaitReady(Duration.ofSeconds(300));
            // Both killed runs are marked, the API (and the /batch/ table, which shows the same exit status) says so.
            Map<String, Object> interrupted = execution(portal, killedDaily);
            assertThat(interrupted.get("status")).isEqualTo("FAILED");
            assertThat(interrupted.get("exitStatus")).isEqualTo(INTERRUPTED);
            List<Long> weeklyRuns = executionsOfLatestInstance("weekly-survey-import");
            Map<String, Object> interruptedWeekly = execution(portal, weeklyRuns.get(0));
            assertThat(interruptedWeekly.get("status")).isEqualTo("FAILED");
            assertThat(interruptedWeekly.get("exitStatus")).isEqualTo(INTERRUPTED);

            // 「再開」 of the daily run ends as the clean run did.
            HttpResponse<String> restart = send(portal, "POST", "/api/v1/batch/executions/" + killedDaily + "/restart",
                    null);
            assertThat(restart.statusCode()).as(restart.body()).isEqualTo(202);
            Map<String, Object> restarted = awaitEnd(portal, PortalApi.json(restart.body()));
            assertThat(restarted.get("status")).isEqualTo("COMPLETED");
            assertThat(snapshot(dailyRows(), reportRows(id(restarted)), (String) restarted.get("exitStatus")))
                    .isEqualTo(cleanDaily);
            // The interrupted run is no longer the latest of its file: a second 「再開」 is refused.
            assertThat(send(portal, "POST", "/api/v1/batch/executions/" + killedDaily + "/restart", null)
                    .statusCode()).isEqualTo(409);

            // The inbox resumed the weekly file from its checkpoint: one more execution of the same job instance.
            Path done = INBOX.resolve("done");
            awaitAbove(() -> listing(done).stream().filter(name -> name.endsWith("-weekly.csv")).count(), 0);
            // The inbox puts the file and its report away first and then drops its marker (a crash in between
            // leaves the marker, and the next poll finishes the job): wait for the marker too.
            awaitAbove(() -> listing(INBOX.resolve("processing")).isEmpty() ? 1 : 0, 0);
            assertThat(listing(INBOX.resolve("failed"))).isEmpty();
            List<Long> resumed = executionsOfLatestInstance("weekly-survey-import");
            assertThat(resumed).hasSize(2).startsWith(weeklyRuns.get(0));
            Map<String, Object> resumedRun = execution(portal, resumed.get(1));
            assertThat(resumedRun.get("status")).isEqualTo("COMPLETED");
            assertThat(snapshot(weeklyRows(), reportRows(resumed.get(1)), (String) resumedRun.get("exitStatus")))
                    .isEqualTo(cleanWeekly);
            assertThat(count("select count(*) from " + REPOSITORY + "jobinstancedata"
                    + " where name = 'weekly-survey-import'"))
                    .as("the inbox file was not started afresh").isEqualTo(2);
            assertThat(reports(done, "weekly")).isEqualTo(reports(BATCH_DIR, "weekly")).hasSize(1);
            List<String> dailyReports = reports(BATCH_DIR, "daily");
            assertThat(dailyReports).as("the clean and the restarted daily run's report files").hasSize(2);
            assertThat(dailyReports.get(1)).isEqualTo(dailyReports.get(0));
            assertThat(count("select count(*) from batch_run_node")).as("no run left recorded as running").isZero();
        } finally {
            portal.stop();
        }
    }

    /** The rows a run left, its reject report (file, line, column, value, reason) and its summary. */
    record Snapshot(List<String> rows, List<String> report, String summary) {
    }

    private static Snapshot snapshot(List<String> rows, List<String> report, String summary) {
        return new Snapshot(rows, report, summary);
    }

    /** The count and a digest of every daily answer of the test institutions, and the revisions kept. */
    private List<String> dailyRows() throws SQLException {
        return query("select count(*) || ',' || md5(string_agg(concat_ws(',', i.code, d.survey_date,"
                + " d.antigen_quantitative_tests, d.antigen_qualitative_tests, d.inpatients, d.acceptable_beds,"
                + " d.testing_institution, d.pcr_available, d.answered_by), ';' order by i.code, d.survey_date))"
                + " from daily_survey d join institution i on i.id = d.institution_id where i.code like '77%'"
                + " union all select 'revisions ' || count(*) from survey_revision where institution_id in " + OURS);
    }

    /** As {@link #dailyRows()}; not who answered: the clean run was the batch admin's, the resumed one the inbox's. */
    private List<String> weeklyRows() throws SQLException {
        return query("select count(*) || ',' || md5(string_agg(concat_ws(',', i.code, w.survey_date, t.item_code,"
                + " t.outlook, t.stock, t.weekly_use, t.planned_purchase), ';'"
                + " order by i.code, w.survey_date, t.item_code))"
                + " from weekly_survey w join weekly_survey_item t on t.weekly_survey_id = w.id"
                + " join institution i on i.id = w.institution_id where i.code like '77%'"
                + " union all select 'revisions ' || count(*) from survey_revision where institution_id in " + OURS);
    }

    /** The reject lines of a run; warning lines (an outlook contradicting the stock, issue 15) are no rejects. */
    private List<String> reportRows(long executionId) throws SQLException {
        return query("select concat_ws(',', file_name, line_no, column_name, cell_value, reason) from batch_reject"
                + " where job_instance_id = (select jobinstanceid from " + REPOSITORY + "executioninstancedata"
                + " where jobexecid = " + executionId + ") and not warning order by line_no, id");
    }

    /** Execution ids, oldest first, of the newest job instance of a job (the repository's own tables). */
    private List<Long> executionsOfLatestInstance(String job) throws SQLException {
        return query("select jobexecid from " + REPOSITORY + "executioninstancedata where jobinstanceid ="
                + " (select max(jobinstanceid) from " + REPOSITORY + "jobinstancedata where name = '" + job + "')"
                + " order by jobexecid").stream()
                .map(Long::valueOf).toList();
    }

    /** The reject report files in a directory of the daily or weekly file (named so in the reports' first column). */
    private static List<String> reports(Path dir, String kind) throws IOException {
        List<String> reports = new ArrayList<>();
        for (String name : listing(dir)) {
            if (name.endsWith(".rejects.csv")) {
                String text = Files.readString(dir.resolve(name), StandardCharsets.UTF_8);
                if (text.contains("\n" + kind + ".csv,")) {
                    reports.add(text);
                }
            }
        }
        return reports;
    }

    private long upload(RunningPortal portal, String kind, Path file) {
        HttpResponse<String> response = send(portal, "POST", "/api/v1/batch/" + kind + "?fileName=" + kind + ".csv",
                file);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
        return id(PortalApi.json(response.body()));
    }

    private Map<String, Object> execution(RunningPortal portal, long id) {
        HttpResponse<String> response = send(portal, "GET", "/api/v1/batch/executions/" + id, null);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return PortalApi.json(response.body());
    }

    private Map<String, Object> awaitEnd(RunningPortal portal, long id) {
        long deadline = System.nanoTime() + Duration.ofSeconds(300).toNanos();
        while (System.nanoTime() < deadline) {
            Map<String, Object> run = execution(portal, id);
            if (!List.of("STARTING", "STARTED", "STOPPING").contains(run.get("status"))) {
                return run;
            }
            RunningPortal.sleep(250);
        }
        throw new AssertionError("execution " + id + " did not end:\n" + portal.logTail());
    }

    private Map<String, Object> awaitEnd(RunningPortal portal, Map<String, Object> started) {
        return awaitEnd(portal, id(started));
    }

    private static long id(Map<String, Object> execution) {
        return ((Number) execution.get("id")).longValue();
    }

    private HttpResponse<String> send(RunningPortal portal, String method, String path, Path body) {
        String credentials = Base64.getEncoder().encodeToString(
                ("batch:" + DemoData.PASSWORD).getBytes(StandardCharsets.UTF_8));
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(portal.uri(path))
                    .header("Authorization", "Basic " + credentials).header("Accept", "application/json");
            request.header("Content-Type", "text/csv").method(method, body == null
                    ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofFile(body));
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** kill -9 of the JVM (run.sh execs java, so the process is the JVM). */
    private static void kill(RunningPortal portal) throws InterruptedException {
        portal.process().descendants().forEach(ProcessHandle::destroyForcibly);
        portal.process().destroyForcibly();
        portal.process().waitFor();
    }

    private static void awaitAbove(LongSupplier value, long floor) {
        long deadline = System.nanoTime() + Duration.ofSeconds(180).toNanos();
        while (value.getAsLong() <= floor) {
            assertThat(System.nanoTime()).as("waited too long").isLessThan(deadline);
            RunningPortal.sleep(20);
        }
    }

    private Map<String, String> environment() {
        Map<String, String> environment = new HashMap<>();
        environment.put("SOS_DB_URL", dbUrl);
        environment.put("SOS_DB_USER", "postgres");
        environment.put("SOS_DEMO", "true"); // the demo batch admin
        environment.put("SOS_INBOX", INBOX.toString());
        environment.put("SOS_BATCH_DIR", BATCH_DIR.toString());
        return environment;
    }

    /** A database of its own beside the end-to-end one, so that its counts are this test's alone. */
    private static String freshDatabase() throws SQLException {
        String e2e = System.getProperty("sos.e2e.db.url", "");
        assertThat(e2e).as("KilledBatchIT runs against PostgreSQL: -Dsos.e2e.db.url (see .ci/run)").isNotBlank();
        String name = e2e.substring(e2e.lastIndexOf('/') + 1).replaceAll("\\?.*", "") + "_killed";
        try (Connection connection = DriverManager.getConnection(e2e, "postgres", "");
             Statement statement = connection.createStatement()) {
            statement.execute("drop database if exists " + name + " with (force)");
            statement.execute("create database " + name);
        }
        return e2e.substring(0, e2e.lastIndexOf('/') + 1) + name;
    }

    private static Path writeDailyFile() throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add("医療機関コード,回答日,うち抗原定量検査実施人数,うち抗原定性検査(簡易キット)実施人数,入院中,"
                + "新型コロナウイルス感染患者受入可能数,診療・検査医療機関(検体採取等を行う地域外来・検査センターを含む),PCR検査実施の可否");
        LocalDate first = LocalDate.of(2024, 1, 1);
        for (int i = 0; i < DAILY_ROWS; i++) {
            String inpatients = i % BAD_EVERY == 0 ? "-1" : String.valueOf(i % 20);
            lines.add((7700000001L + i % INSTITUTIONS) + "," + first.plusDays(i / INSTITUTIONS) + "," + i % 9 + ","
                    + i % 31 + "," + inpatients + "," + i % 11 + "," + (i % 2 == 0 ? "あり" : "なし") + ","
                    + (i % 3 == 0 ? "可能" : "不可"));
        }
        return write("daily.csv", lines);
    }

    private static Path writeWeeklyFile() throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add("医療機関コード,回答日,物資,現在の在庫の備蓄見通し,現在の在庫量,1週間の使用量,購入予定量");
        LocalDate first = LocalDate.of(2024, 1, 1);
        String[] outlooks = {"1週間以内", "2～3週間", "4週間以上"};
        int perWeek = INSTITUTIONS * ITEMS.length;
        for (int i = 0; i < WEEKLY_ROWS; i++) {
            int institution = i / ITEMS.length % INSTITUTIONS;
            String stock = i % BAD_EVERY == 0 ? "多い" : String.valueOf(i % 5000);
            lines.add((7700000001L + institution) + "," + first.plusWeeks(i / perWeek) + "," + ITEMS[i % ITEMS.length]
                    + "," + outlooks[i % 3] + "," + stock + "," + i % 700 + "," + i % 3 * 100);
        }
        return write("weekly.csv", lines);
    }

    private static Path write(String name, List<String> lines) throws IOException {
        Files.createDirectories(FILES);
        return Files.write(FILES.resolve(name), lines, StandardCharsets.UTF_8);
    }

    private List<String> query(String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection(dbUrl, "postgres", "");
             Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery(sql)) {
            while (rs.next()) {
                rows.add(rs.getString(1));
            }
        }
        return rows;
    }

    private long count(String sql) {
        try {
            return Long.parseLong(query(sql).get(0));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private void sql(String... statements) throws SQLException {
        try (Connection connection = DriverManager.getConnection(dbUrl, "postgres", "");
             Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }

    private static List<String> listing(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> paths = Files.walk(dir)) {
                paths.sorted((a, b) -> b.compareTo(a)).forEach(p -> p.toFile().delete());
            }
        }
        Files.createDirectories(dir);
    }
}
