package jp.sosportal.it;

import static jp.sosportal.it.Fixtures.PASSWORD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.function.Predicate;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;

import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import jp.sosportal.batch.BatchJobs;
import jp.sosportal.batch.Execution;
import jp.sosportal.batch.BatchRetention;
import jp.sosportal.batch.Inbox;
import jp.sosportal.batch.control.SurveyFiles;
import jp.sosportal.batch.control.SurveyKind;
import jp.sosportal.batch.job.RejectReport;
import jp.sosportal.institution.entity.Institution;
import jp.sosportal.institution.entity.InstitutionType;
import jp.sosportal.institution.entity.Prefecture;
import jp.sosportal.institution.entity.Role;
import jp.sosportal.institution.entity.UserAccount;

/**
 * The two ingestion jobs on the real runtime and schema (H2, or PostgreSQL in .ci/run): rows loaded and the reject
 * report line by line, reloading changes nothing, dry runs write nothing, a bad file fails and loads nothing, a
 * failed or stopped job restarts from its checkpoint to exactly the rows of a clean run, its counts follow the
 * committed rows chunk by chunk and continue across the restart, aggregators load members only.
 */
@ExtendWith(ArquillianExtension.class)
class BatchIT {

    static final String DAILY_HEADER = "医療機関コード,回答日,うち抗原定量検査実施人数,うち抗原定性検査(簡易キット)実施人数,入院中,"
            + "新型コロナウイルス感染患者受入可能数,診療・検査医療機関(検体採取等を行う地域外来・検査センターを含む),PCR検査実施の可否\n";
    static final String WEEKLY_HEADER = "医療機関コード,回答日,物資,現在の在庫の備蓄見通し,現在の在庫量,1週間の使用量,購入予定量\n";
    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Tokyo"));


    @PersistenceContext
    EntityManager em;

    @Resource
    UserTransaction tx;

    @Resource(lookup = "jdbc/__default")
    DataSource dataSource;

    @Inject
    BatchJobs batchJobs;

    @Inject
    Inbox inbox;

    @Inject
    Fixtures fixtures;

    static String admin;

    @Inject
    BatchRetention retention;

    @Inject
    Clock clock;

    @Test
    void aCp932DailyFileLoadsItsGoodRowsAndReportsEachBadOneWithFileLineColumnAndReason() throws Exception {
        String a = institution(InstitutionType.HOSPITAL, null);
        String b = institution(InstitutionType.CLINIC, null);
        Path file = file(DAILY_HEADER
                + a + "," + day(1) + ",0,2,3,4,あり,可能\n"
                + b + "," + day(1) + ",０,１,０,０,なし,不可\n"
                + a + "," + day(1) + ",1,1,1,1,あり,可能\n"
                + "9999999990," + day(2) + ",0,0,0,0,なし,不可\n"
                + b + "," + TODAY.plusDays(1) + ",0,0,0,0,なし,不可\n"
                + b + "," + day(2) + ",-3,x,0,0,なし,不可\n", SurveyFiles.CP932);

        JobExecution run = run(SurveyKind.DAILY, file, false, "batch-it");

        assertEquals(BatchStatus.COMPLETED, run.getBatchStatus());
        assertEquals("daily.csv: 読込6件、取込2件、除外4件", run.getExitStatus());
        assertEquals("0/2/3/4/true/true", daily(a, day(1)));
        assertEquals("0/1/0/0/false/false", daily(b, day(1)));
        assertEquals(List.of("\uFEFFファイル名,行,列,値,理由",
                "daily.csv,4,医療機関コード," + a + ",同じ医療機関・回答日の行が2行目にあります。",
                "daily.csv,5,医療機関コード,9999999990,医療機関コード「9999999990」は医療機関マスタに登録されていません。",
                "daily.csv,6,回答日," + TODAY.plusDays(1) + ",未来の日付は指定できません。",
                "daily.csv,7,うち抗原定性検査(簡易キット)実施人数,x,整数を入力してください。",
                "daily.csv,7,うち抗原定量検査実施人数,'-3,0以上の整数を入力してください。"),
                Files.readAllLines(RejectReport.reportOf(file), StandardCharsets.UTF_8));
    }

    @Test
    void loadingTheSameFileAgainChangesNothingAndAChangedValueKeepsTheOldOne() throws Exception {
        String a = institution(InstitutionType.HOSPITAL, null);
        String rows = DAILY_HEADER + a + "," + day(3) + ",0,2,3,4,あり,可能\n";
        run(SurveyKind.DAILY, file(rows, StandardCharsets.UTF_8), false, "batch-it");
        String first = single("select d.version || '/' || d.answered_at from daily_survey d join institution i"
                + " on i.id = d.institution_id where i.code = '" + a + "'");

        JobExecution again = run(SurveyKind.DAILY, file(rows, StandardCharsets.UTF_8), false, "batch-it");
        assertEquals(BatchStatus.COMPLETED, again.getBatchStatus());
        assertEquals(first, single("select d.version || '/' || d.answered_at from daily_survey d join institution i"
                + " on i.id = d.institution_id where i.code = '" + a + "'"));
        assertEquals("0", revisions(a));

        run(SurveyKind.DAILY, file(DAILY_HEADER + a + "," + day(3) + ",0,2,9,4,あり,可能\n", StandardCharsets.UTF_8),
                false, "batch-it");
        assertEquals("0/2/9/4/true/true", daily(a, day(3)));
        assertEquals("1", revisions(a));
    }

    @Test
    void aWeeklyFileUpsertsByInstitutionDateAndItem() throws Exception {
        String a = institution(InstitutionType.CLINIC, null);
        run(SurveyKind.WEEKLY, file(WEEKLY_HEADER
                + a + "," + day(2) + ",サージカルマスク,1週間以内,\"1,200\",900,0\n"
                + a + "," + day(2) + ",非滅菌手袋,2～3週間,500,100,50\n"
                + a + "," + day(2) + ",防護服,1週間以内,1,1,1\n", StandardCharsets.UTF_8), false, "batch-it");
        JobExecution second = run(SurveyKind.WEEKLY, file(WEEKLY_HEADER
                + a + "," + day(2) + ",NON_STERILE_GLOVES,4週間以上,5000,100,0\n", StandardCharsets.UTF_8), false,
                "batch-it");

        assertEquals("weekly.csv: 読込1件、取込1件、除外0件", second.getExitStatus());
        assertEquals("NON_STERILE_GLOVES:FOUR_WEEKS_OR_MORE/5000,SURGICAL_MASK:WITHIN_1_WEEK/1200",
                String.join(",", list("select item_code || ':' || outlook || '/' || stock"
                        + " from weekly_survey_item wi join weekly_survey w on w.id = wi.weekly_survey_id"
                        + " join institution i on i.id = w.institution_id where i.code = '" + a + "'"
                        + " order by item_code")));
        assertEquals("1", revisions(a));
    }

    @Test
    void aWeeklyRowWhoseOutlookContradictsItsStockIsLoadedFlaggedAndListedAsAWarning() throws Exception {
        String a = institution(InstitutionType.CLINIC, null);
        Path file = file(WEEKLY_HEADER
                + a + "," + day(2) + ",SURGICAL_MASK,4週間以上,500,700,0\n" // 5 days on hand
                + a + "," + day(2) + ",NON_STERILE_GLOVES,2～3週間,1400,700,0\n" // 14 days: fits
                + a + "," + day(2) + ",ISOLATION_GOWN,1週間以内,0,700,0\n" // no stock: no figure, no warning
                + a + "," + day(2) + ",FACE_SHIELD,1週間以内,40,0,0\n", StandardCharsets.UTF_8); // no use: likewise

        JobExecution run = run(SurveyKind.WEEKLY, file, false, "batch-it");

        assertEquals(BatchStatus.COMPLETED, run.getBatchStatus());
        assertEquals("weekly.csv: 読込4件、取込4件、除外0件", run.getExitStatus(), "a warning is not a reject");
        assertEquals(List.of("FACE_SHIELD:false", "ISOLATION_GOWN:false", "NON_STERILE_GLOVES:false",
                "SURGICAL_MASK:true"), mismatches(a));
        assertEquals(List.of("\uFEFFファイル名,行,列,値,理由",
                "weekly.csv,2,現在の在庫の備蓄見通し,4週間以上,警告: 在庫量と1週間の使用量から計算すると約5日分で、"
                        + "備蓄見通し「4週間以上」と合いません。行は取り込まれ、「見通しと在庫日数が不一致」として記録されます。"),
                Files.readAllLines(RejectReport.reportOf(file), StandardCharsets.UTF_8));

        // Corrected by a later file: the flag follows the answer.
        run(SurveyKind.WEEKLY, file(WEEKLY_HEADER + a + "," + day(2) + ",SURGICAL_MASK,1週間以内,500,700,0\n",
                StandardCharsets.UTF_8), false, "batch-it");
        assertEquals(List.of("FACE_SHIELD:false", "ISOLATION_GOWN:false", "NON_STERILE_GLOVES:false",
                "SURGICAL_MASK:false"), mismatches(a));
    }

    private List<String> mismatches(String code) throws Exception {
        return list("select item_code || ':' || case when outlook_mismatch then 'true' else 'false' end"
                + " from weekly_survey_item wi join weekly_survey w on w.id = wi.weekly_survey_id"
                + " join institution i on i.id = w.institution_id where i.code = '" + code + "' order by item_code");
    }

    @Test
    void aDryRunCountsAndReportsButWritesNothing() throws Exception {
        String a = institution(InstitutionType.HOSPITAL, null);
        Path file = file(DAILY_HEADER + a + "," + day(1) + ",0,2,3,4,あり,可能\n"
                + a + "," + day(2) + ",0,2,3,4,たぶん,可能\n", StandardCharsets.UTF_8);
        JobExecution dry = run(SurveyKind.DAILY, file, true, "batch-it");
        assertEquals(BatchStatus.COMPLETED, dry.getBatchStatus());
        assertEquals("daily.csv: 読込2件、取込予定1件、除外1件(試行のため取り込んでいません)", dry.getExitStatus());
        assertEquals("0", single("select count(*) from daily_survey d join institution i on i.id = d.institution_id"
                + " where i.code = '" + a + "'"));
        assertEquals(2, Files.readAllLines(RejectReport.reportOf(file)).size());
    }

    @Test
    void aFileWithAWrongHeaderOrABrokenRecordFailsAtOnceAndLoadsNothing() throws Exception {
        String a = institution(InstitutionType.HOSPITAL, null);
        JobExecution run = run(SurveyKind.DAILY, file("医療機関コード,回答日,入院中\n" + a + "," + day(1) + ",3\n",
                StandardCharsets.UTF_8), false, "batch-it");
        assertEquals(BatchStatus.FAILED, run.getBatchStatus());
        assertTrue(run.getExitStatus().startsWith("見出し行が正しくありません。"), run.getExitStatus());
        assertEquals("0", single("select count(*) from daily_survey d join institution i on i.id = d.institution_id"
                + " where i.code = '" + a + "'"));

        JobExecution binary = run(SurveyKind.DAILY, file("\u0000\u0001", StandardCharsets.UTF_8), false, "batch-it");
        assertEquals(BatchStatus.FAILED, binary.getBatchStatus());
        assertEquals("CSVファイルではありません(バイナリデータが含まれています)。", binary.getExitStatus());

        StringBuilder unclosedQuote = new StringBuilder(DAILY_HEADER); // three chunks of 1,000 good rows first
        for (int i = 1; i <= 3000; i++) {
            unclosedQuote.append(a).append(',').append(day(i)).append(",0,0,1,0,なし,不可\n");
        }
        unclosedQuote.append(a).append(",\"").append(day(3001)).append(",0,0,1,0,なし,不可\n");
        JobExecution broken = await(start(SurveyKind.DAILY, file(unclosedQuote.toString(), StandardCharsets.UTF_8),
                false, "batch-it", 1000));
        assertEquals(BatchStatus.FAILED, broken.getBatchStatus());
        assertTrue(broken.getExitStatus().startsWith("3,002行目から始まる行のCSVの形式が正しくありません"),
                broken.getExitStatus());
        assertEquals("0", loaded(a));
    }

    @Test
    void aJobThatFailsInTheMiddleRestartsFromItsCheckpointToExactlyTheRowsOfACleanRun() throws Exception {
        String a = institution(InstitutionType.HOSPITAL, null);
        StringBuilder rows = new StringBuilder(DAILY_HEADER);
        for (int i = 1; i <= 2500; i++) {
            int inpatients = i == 2400 ? 777 : i % 500 == 0 ? -1 : 1; // rows 500, 1000, … are refused
            rows.append(a).append(',').append(day(i)).append(",0,0,").append(inpatients).append(",0,なし,不可\n");
        }
        Path file = file(rows.toString(), StandardCharsets.UTF_8);
        sql("alter table daily_survey add constraint ck_batch_it check (inpatients <> 777)");
        JobExecution failed;
        try {
            failed = await(start(SurveyKind.DAILY, file, false, "batch-it", 1000));
        } finally {
            sql("alter table daily_survey drop constraint ck_batch_it");
        }
        assertEquals(BatchStatus.FAILED, failed.getBatchStatus());
        assertEquals("1996", loaded(a)); // two chunks of 1,000 committed, 4 rows of them refused

        long restarted = operator().restart(failed.getExecutionId(), operator().getParameters(failed.getExecutionId()));
        JobExecution done = await(restarted);

        assertEquals(BatchStatus.COMPLETED, done.getBatchStatus());
        assertEquals("2495", loaded(a));
        assertEquals("daily.csv: 読込2500件、取込2495件、除外5件", done.getExitStatus());
        assertEquals(6, Files.readAllLines(RejectReport.reportOf(file)).size());
    }

    @Test
    void aJobStoppedMidFileRestartsToExactlyTheRowsAndReportOfACleanRunItsCountsFollowingTheCommittedRows()
            throws Exception {
        loginAsBatchAdmin();
        String a = institution(InstitutionType.HOSPITAL, null);
        int total = 60_000;
        StringBuilder rows = new StringBuilder(DAILY_HEADER);
        List<String> report = new java.util.ArrayList<>(List.of("\uFEFFファイル名,行,列,値,理由"));
        for (int i = 1; i <= total; i++) {
            boolean bad = i % 7500 == 0; // 8 rows refused, before and after the stop
            rows.append(a).append(',').append(day(i)).append(",0,0,").append(bad ? -1 : 1).append(",0,なし,不可\n");
            if (bad) {
                report.add("daily.csv," + (i + 1) + ",入院中,'-1,0以上の整数を入力してください。");
            }
        }
        Path file = file(rows.toString(), StandardCharsets.UTF_8);
        long id = start(SurveyKind.DAILY, file, false, "batch-it", 1000); // 60 chunks
        long instance = operator().getJobInstance(id).getInstanceId();

        // While it runs, the counts a batch admin sees rise a chunk at a time and never pass the committed rows.
        java.util.SortedSet<Long> seen = new java.util.TreeSet<>();
        try {
            watchWhileRunning(id, a, instance, total, seen);
        } catch (AssertionError | RuntimeException e) {
            operator().stop(id); // a failed check must not leave the job holding daily_survey for the next test
            await(id);
            throw e;
        }
        operator().stop(id);
        JobExecution stopped = await(id);

        assertEquals(BatchStatus.STOPPED, stopped.getBatchStatus());
        assertTrue(seen.size() >= 3 && seen.first() < seen.last(), "counts seen while running: " + seen);
        long loadedWhenStopped = Long.parseLong(loaded(a));
        long rejectedWhenStopped = rejectedRows(instance);
        assertTrue(loadedWhenStopped > 0 && loadedWhenStopped < total - 8, "stopped mid-file: " + loadedWhenStopped);
        // The runtime commits the chunk in progress when stopped: every row up to that checkpoint is loaded or
        // rejected, none after it.
        long checkpoint = operator().getStepExecutions(id).stream().filter(step -> step.getStepName().equals("load"))
                .map(step -> (Long) step.getPersistentUserData()).findFirst().orElseThrow();
        assertEquals(checkpoint, loadedWhenStopped + rejectedWhenStopped);
        Execution atStop = batchJobs.execution(id);
        assertEquals(List.of(checkpoint, loadedWhenStopped, rejectedWhenStopped),
                List.of(atStop.read(), atStop.written(), atStop.skipped()));
        assertEquals(null, atStop.secondsLeft(), "no time left is promised for a stopped run");

        long restarted = operator().restart(id, operator().getParameters(id));
        for (int i = 0; i < 6000 && batchJobs.execution(restarted).records() == null; i++) {
            Thread.sleep(5); // until the restarted run has checked the file and begun at the checkpoint
        }
        Execution resumed = batchJobs.execution(restarted);
        assertTrue(resumed.read() >= checkpoint, "the restart continues the counts: " + resumed.read());
        assertCountsAreTheCommittedRows(restarted, a, instance);
        JobExecution done = await(restarted);

        assertEquals(BatchStatus.COMPLETED, done.getBatchStatus());
        assertEquals(String.valueOf(total - 8), loaded(a));
        assertEquals("daily.csv: 読込60000件、取込59992件、除外8件", done.getExitStatus());
        assertEquals(report, Files.readAllLines(RejectReport.reportOf(file), StandardCharsets.UTF_8));
        Execution end = batchJobs.execution(restarted);
        assertEquals(List.of(60_000L, 59_992L, 8L, 60_000L), List.of(end.read(), end.written(), end.skipped(),
                end.records()));
        assertEquals(100.0, end.percent());
        assertEquals(0L, end.secondsLeft());
        assertTrue(end.rowsPerSecond() > 0, "rows per second: " + end.rowsPerSecond());
        assertEquals(checkpoint, batchJobs.execution(id).read(), "the stopped run keeps the counts it stopped at");
    }

    private void watchWhileRunning(long id, String a, long instance, int total, java.util.SortedSet<Long> seen)
            throws Exception {
        for (int i = 0; i < 6000 && Long.parseLong(loaded(a)) < 8000; i++) {
            Execution running = batchJobs.execution(id);
            long committed = committedRows(a, instance, running.read()); // read after the counts
            assertTrue(running.read() <= committed, running.read() + " read, " + committed + " committed");
            assertEquals(0, running.read() % 1000, "counts move by whole chunks: " + running.read());
            assertEquals(running.read(), running.written() + running.skipped());
            if (running.records() != null) {
                assertEquals(total, running.records());
                assertEquals(Math.floor(running.read() * 1000.0 / total) / 10, running.percent());
                seen.add(running.read());
            }
            assertCountsAreTheCommittedRows(id, a, instance);
            Thread.sleep(5);
        }
    }

    /**
     * The rows loaded and rejected, read after the progress row said {@code read}. On H2 a chunk's commit can show in
     * the progress row before it shows in daily_survey (see below; seen once on a clean-clone CI: 7000 read, 6000
     * committed), so there a smaller count is read again for up to two seconds; PostgreSQL reads once.
     */
    private long committedRows(String code, long instance, long read) throws Exception {
        return readSettled(() -> Long.parseLong(loaded(code)) + rejectedRows(instance), committed -> committed >= read);
    }

    /**
     * {@code read} until {@code settled} holds: on H2 again every 100 ms for up to two seconds (a chunk committing
     * shows in one table before another, see below), on PostgreSQL once.
     */
    private <T> T readSettled(Callable<T> read, Predicate<T> settled) throws Exception {
        int readsLeft = onH2() ? 20 : 1;
        T value = read.call();
        while (!settled.test(value) && --readsLeft > 0) {
            Thread.sleep(100);
            value = read.call();
        }
        return value;
    }

    /**
     * The execution's progress row against the rows committed, in one statement (one snapshot of the committed
     * data): read = loaded + rejected, written = loaded, rejected = the report's rows.
     */
    private void assertCountsAreTheCommittedRows(long executionId, String code, long instance) throws Exception {
        String[] sides = readSettled(() -> progressAndCommittedRows(executionId, code, instance),
                read -> read == null || read[1].equals(read[0]));
        if (sides != null && !sides[1].equals(sides[0])) { // no row until the load step has checked the file
            assertEquals(sides[1], sides[0], "progress row = committed rows (read/written/rejected); "
                    + visibility(instance));
        }
    }

    /**
     * PostgreSQL reads the whole statement from one snapshot. H2 (2.2, READ COMMITTED) reads each table as of the
     * moment it gets there, so a chunk committing meanwhile shows in one sub-select and not in the next (seen:
     * 4000 rows in the first count of daily_survey, 3000 in the second; a progress row with a reject the report
     * did not show yet, twice 50 ms apart on a loaded CI machine): there, a mismatch is read again, for up to two
     * seconds. A progress row written outside the chunk's transaction would still fail on PostgreSQL (.ci/run's
     * second pass), which reads once.
     */
    /**
     * What the database shows of the reject report and its open transactions when the progress row and the
     * committed rows disagree (an intermittent mismatch on H2, issue 20's note): whether the missing reject turns
     * up later, and which sessions hold uncommitted work.
     */
    private String visibility(long instance) throws Exception {
        String rejects = "select line_no from batch_reject where job_instance_id = " + instance + " order by line_no";
        String now = "reject lines now " + list(rejects);
        Thread.sleep(5000);
        String later = ", 5 s later " + list(rejects);
        return now + later + (onH2() ? ", sessions with uncommitted work " + list("select session_id || ' '"
                + " || coalesce(executing_statement, '-') || ' ' || session_state from information_schema.sessions"
                + " where contains_uncommitted") : "");
    }

    private boolean onH2() throws Exception {
        if (database == null) {
            try (Connection connection = dataSource.getConnection()) {
                database = connection.getMetaData().getDatabaseProductName();
            }
        }
        return database.contains("H2");
    }

    private String database;

    /** The progress row and the committed rows as "read/written/rejected", in one statement; null before any. */
    private String[] progressAndCommittedRows(long executionId, String code, long instance) throws Exception {
        List<String> counts = list("select p.read_count || '/' || p.written_count || '/' || p.rejected_count || ' = '"
                + " || ((select count(*) from daily_survey d join institution i on i.id = d.institution_id"
                + " where i.code = '" + code + "') + (select count(distinct line_no) from batch_reject"
                + " where job_instance_id = " + instance + ")) || '/' || (select count(*) from daily_survey d"
                + " join institution i on i.id = d.institution_id where i.code = '" + code + "') || '/'"
                + " || (select count(distinct line_no) from batch_reject where job_instance_id = " + instance + ")"
                + " from batch_progress p where p.job_execution_id = " + executionId);
        return counts.isEmpty() ? null : counts.get(0).split(" = ");
    }

    private long rejectedRows(long instance) throws Exception {
        return Long.parseLong(single("select count(distinct line_no) from batch_reject where job_instance_id = "
                + instance));
    }

    private void loginAsBatchAdmin() throws Exception {
        if (admin == null) {
            String username = "batch-it-" + UUID.randomUUID().toString().substring(0, 8);
            fixtures.account(username, Role.BATCH_ADMIN, null, null);
            admin = username;
        }
        Login.as(admin, PASSWORD);
    }

    @Test
    void anAggregatorsRowsForOtherInstitutionsAreRejectedWithThatReason() throws Exception {
        String aggregator = institution(InstitutionType.AGGREGATOR, null);
        String member = institution(InstitutionType.CLINIC, aggregator);
        String other = institution(InstitutionType.CLINIC, null);
        String username = "agg" + aggregator;
        tx.begin();
        em.persist(new UserAccount(username, "x", Role.STAFF, byCode(aggregator), null, "とりまとめ 太郎", null));
        tx.commit();

        Path file = file(DAILY_HEADER + member + "," + day(1) + ",0,1,0,0,あり,不可\n"
                + other + "," + day(1) + ",0,1,0,0,あり,不可\n", StandardCharsets.UTF_8);
        JobExecution run = run(SurveyKind.DAILY, file, false, username);

        assertEquals("daily.csv: 読込2件、取込1件、除外1件", run.getExitStatus());
        assertEquals("0/1/0/0/true/false", daily(member, day(1)));
        assertTrue(Files.readString(RejectReport.reportOf(file)).contains("医療機関コード「" + other
                + "」はテスト団体" + aggregator + "の会員医療機関ではないため、取り込めません。"));
    }

    @Test
    void theInboxTakesEachFileOnceRunsItsJobAndPutsItAwayWithItsReport() throws Exception {
        String a = institution(InstitutionType.HOSPITAL, null);
        Path dir = Files.createTempDirectory("inbox");
        Files.writeString(dir.resolve("daily-today.csv"), DAILY_HEADER + a + "," + day(1) + ",0,2,3,4,あり,可能\n"
                + "9999999990," + day(1) + ",0,0,0,0,なし,不可\n", SurveyFiles.CP932);
        Files.writeString(dir.resolve("notes.txt"), "not a survey");

        var pool = java.util.concurrent.Executors.newFixedThreadPool(2); // two instances polling the same inbox
        var first = pool.submit(() -> inbox.poll(dir));
        var second = pool.submit(() -> inbox.poll(dir));
        first.get();
        second.get();
        pool.shutdown();
        List<Path> markers;
        try (var files = Files.list(dir.resolve("processing"))) {
            markers = files.filter(f -> f.toString().endsWith(".execution")).toList();
        }
        assertEquals(1, markers.size());
        long run = Long.parseLong(Files.readString(markers.get(0)).strip());
        await(run);
        inbox.poll(dir);
        loginAsBatchAdmin();
        Execution inboxRun = batchJobs.execution(run);
        assertEquals(List.of(2L, 2L, 1L, 1L), List.of(inboxRun.records(), inboxRun.read(), inboxRun.written(),
                inboxRun.skipped()));
        assertEquals(100.0, inboxRun.percent());

        try (var files = Files.list(dir.resolve("done"))) {
            assertEquals(List.of("daily-today.csv", "daily-today.csv.rejects.csv"), files
                    .map(f -> f.getFileName().toString().replaceFirst("^\\d+-", "")).sorted().toList());
        }
        try (var files = Files.list(dir.resolve("failed"))) {
            assertEquals(List.of("notes.txt", "notes.txt.error.txt"), files
                    .map(f -> f.getFileName().toString().replaceFirst("^\\d+-", "")).sorted().toList());
        }
        assertEquals("0/2/3/4/true/true", daily(a, day(1)));
    }

    @Test
    void aMarkerLeftBehindByANodeThatStoppedAfterPuttingItsFileAwayIsDroppedAndTheInboxGoesOn() throws Exception {
        String a = institution(InstitutionType.HOSPITAL, null);
        Path dir = Files.createTempDirectory("inbox");
        Files.writeString(dir.resolve("daily-first.csv"), DAILY_HEADER + a + "," + day(1) + ",0,2,3,4,あり,可能\n",
                SurveyFiles.CP932);
        inbox.poll(dir);
        Path marker;
        try (var files = Files.list(dir.resolve("processing"))) {
            marker = files.filter(f -> f.toString().endsWith(".execution")).findFirst().orElseThrow();
        }
        String markerContent = Files.readString(marker);
        await(Long.parseLong(markerContent.strip()));
        inbox.poll(dir);
        Files.writeString(marker, markerContent); // as if the node stopped between the moves and the marker's end
        Files.writeString(dir.resolve("daily-second.csv"), DAILY_HEADER + a + "," + day(2) + ",0,1,1,1,あり,可能\n",
                SurveyFiles.CP932);

        inbox.poll(dir);

        try (var files = Files.list(dir.resolve("processing"))) {
            List<String> names = files.map(f -> f.getFileName().toString().replaceFirst("^\\d+-", "")).sorted().toList();
            assertEquals(List.of("daily-second.csv", "daily-second.csv.execution"), names);
        }
        try (var files = Files.list(dir.resolve("done"))) {
            assertTrue(files.anyMatch(f -> f.getFileName().toString().endsWith("-daily-first.csv")));
        }
    }

    @Test
    void nobodyStartsOrListsJobsWithoutTheBatchAdminOrStaffRole() {
        assertThrows(EJBAccessException.class, () -> batchJobs.executions());
        assertThrows(EJBAccessException.class, () -> batchJobs.start(SurveyKind.DAILY, Path.of("x.csv"), "x.csv",
                null, true));
    }

    // Issue 13 (ASVS 5.3.1, 12.1.1): formulas in the reject report, and how long files are kept.

    @Test
    void theRejectReportKeepsFormulasOfTheFileAsTextNotAsFormulas() throws Exception {
        String a = institution(InstitutionType.HOSPITAL, null);
        Path file = file(DAILY_HEADER
                + "=cmd|' /C calc'!A0," + day(1) + ",0,0,0,0,なし,不可\n"
                + a + "," + day(1) + ",\"=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\")\",0,0,0,なし,不可\n"
                + a + "," + day(2) + ",-1,0,0,0,なし,不可\n", StandardCharsets.UTF_8);

        JobExecution run = await(start(SurveyKind.DAILY, file, "=1+2.csv", true, "batch-it"));

        assertEquals(BatchStatus.COMPLETED, run.getBatchStatus());
        assertEquals(List.of("\uFEFFファイル名,行,列,値,理由",
                "'=1+2.csv,2,医療機関コード,'=cmd|' /C calc'!A0,医療機関コード「=cmd|' /C calc'!A0」は医療機関マスタに登録されていません。",
                "'=1+2.csv,3,うち抗原定量検査実施人数,\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\")\",整数を入力してください。",
                "'=1+2.csv,4,うち抗原定量検査実施人数,'-1,0以上の整数を入力してください。"),
                Files.readAllLines(RejectReport.reportOf(file), StandardCharsets.UTF_8));
    }

    @Test
    void filesOlderThanTheRetentionAreDeletedWhateverTheirJobAndNewerOnesKept() throws Exception {
        Path dir = Files.createTempDirectory("batch-retention");
        Path failedJobsFile = Files.writeString(dir.resolve("old.csv"), "broken");
        Path oldReport = Files.writeString(dir.resolve("old.csv.rejects.csv"), "report");
        Path recent = Files.writeString(dir.resolve("recent.csv"), "recent");
        Instant now = clock.instant();
        Files.setLastModifiedTime(failedJobsFile, FileTime.from(now.minus(Duration.ofDays(31))));
        Files.setLastModifiedTime(oldReport, FileTime.from(now.minus(Duration.ofDays(30)).minusSeconds(60)));
        Files.setLastModifiedTime(recent, FileTime.from(now.minus(Duration.ofDays(29))));

        assertEquals(2, retention.purge(dir));

        assertFalse(Files.exists(failedJobsFile));
        assertFalse(Files.exists(oldReport));
        assertTrue(Files.exists(recent));
        assertEquals(0, retention.purge(dir.resolve("missing")));
    }

    private JobExecution run(SurveyKind kind, Path file, boolean dryRun, String submittedBy) throws Exception {
        return await(start(kind, file, dryRun, submittedBy, null));
    }

    /** Starts a job; {@code itemCount} null: the job's own chunk size. */
    private static long start(SurveyKind kind, Path file, boolean dryRun, String submittedBy, Integer itemCount) {
        return start(kind, file, kind == SurveyKind.DAILY ? "daily.csv" : "weekly.csv", dryRun, submittedBy, itemCount);
    }

    private static long start(SurveyKind kind, Path file, String fileName, boolean dryRun, String submittedBy) {
        return start(kind, file, fileName, dryRun, submittedBy, null);
    }

    private static long start(SurveyKind kind, Path file, String fileName, boolean dryRun, String submittedBy,
                              Integer itemCount) {
        Properties parameters = new Properties();
        parameters.setProperty("file", file.toString());
        parameters.setProperty("fileName", fileName);
        parameters.setProperty("encoding", "");
        parameters.setProperty("dryRun", String.valueOf(dryRun));
        parameters.setProperty("submittedBy", submittedBy);
        if (itemCount != null) {
            parameters.setProperty("itemCount", String.valueOf(itemCount));
        }
        return operator().start(kind.jobName(), parameters);
    }

    /**
     * Waits up to five minutes for the execution to end. Clean-clone CI runs saw the restart of the 60,000-row file
     * (2 s here) take three to four minutes in this container on H2: the dump printed past two minutes showed the job
     * in H2's MERGE of {@code SurveyLoads.upsertDaily}, walking the foreign key's index entries of the file's one
     * institution — planned on that index, which migration 22 ({@code SurveyKeysOnH2}) ended: bench/h2-merge, 286 s
     * → 0.7 s. The dump stays for whatever else may stall a job; the wait goes on after it.
     */
    private static JobExecution await(long executionId) throws InterruptedException {
        for (int i = 0; i < 3000; i++) {
            JobExecution execution = operator().getJobExecution(executionId);
            BatchStatus status = execution.getBatchStatus();
            if (status == BatchStatus.COMPLETED || status == BatchStatus.FAILED || status == BatchStatus.STOPPED) {
                return execution;
            }
            if (i == 1200) {
                printThreads("job " + executionId + " has run for over two minutes");
            }
            Thread.sleep(100);
        }
        printThreads("job " + executionId + " did not end");
        throw new AssertionError("job " + executionId + " did not end (threads in the test's output)");
    }

    private static void printThreads(String why) {
        StringBuilder dump = new StringBuilder(why).append(":\n");
        Thread.getAllStackTraces().forEach((thread, stack) -> {
            dump.append('"').append(thread.getName()).append("\" ").append(thread.getState()).append('\n');
            for (StackTraceElement frame : stack) {
                dump.append("    at ").append(frame).append('\n');
            }
        });
        System.out.println(dump);
    }

    private static JobOperator operator() {
        return BatchRuntime.getJobOperator();
    }

    private String institution(InstitutionType type, String aggregatorCode) throws Exception {
        String code = String.valueOf(1_000_000_000L + Math.abs(UUID.randomUUID().getMostSignificantBits()) % 8_999_999_999L);
        tx.begin();
        String name = (type == InstitutionType.AGGREGATOR ? "テスト団体" : "テスト機関") + code;
        em.persist(new Institution(code, name, type, em.find(Prefecture.class, "13"), null,
                aggregatorCode == null ? null : byCode(aggregatorCode)));
        tx.commit();
        return code;
    }

    private Institution byCode(String code) {
        return em.createNamedQuery(Institution.BY_CODE, Institution.class).setParameter("code", code)
                .getSingleResult();
    }

    private static LocalDate day(int daysAgo) {
        return TODAY.minusDays(daysAgo);
    }

    private String daily(String code, LocalDate date) throws Exception {
        return single("select antigen_quantitative_tests || '/' || antigen_qualitative_tests || '/' || inpatients"
                + " || '/' || acceptable_beds || '/' || case when testing_institution then 'true' else 'false' end"
                + " || '/' || case when pcr_available then 'true' else 'false' end from daily_survey d"
                + " join institution i on i.id = d.institution_id where i.code = '" + code + "'"
                + " and d.survey_date = date '" + date + "'");
    }

    private String loaded(String code) throws Exception {
        return single("select count(*) from daily_survey d join institution i on i.id = d.institution_id"
                + " where i.code = '" + code + "'");
    }

    private String revisions(String code) throws Exception {
        return single("select count(*) from survey_revision r join institution i on i.id = r.institution_id"
                + " where i.code = '" + code + "'");
    }

    private String single(String query) throws Exception {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery(query)) {
            rs.next();
            return rs.getString(1);
        }
    }

    private List<String> list(String query) throws Exception {
        List<String> values = new java.util.ArrayList<>();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery(query)) {
            while (rs.next()) {
                values.add(rs.getString(1));
            }
        }
        return values;
    }

    private void sql(String ddl) throws Exception {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(ddl);
        }
    }

    private static Path file(String content, Charset charset) throws Exception {
        Path file = Files.createTempFile("batch-it", ".csv");
        Files.writeString(file, content, charset);
        return file;
    }
}
