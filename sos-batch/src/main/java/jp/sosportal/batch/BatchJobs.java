package jp.sosportal.batch;

import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Stream;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.batch.operations.JobExecutionAlreadyCompleteException;
import jakarta.batch.operations.JobExecutionNotMostRecentException;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.JobRestartException;
import jakarta.batch.operations.NoSuchJobExecutionException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.JobExecution;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import jp.sosportal.audit.boundary.AuditTrail;
import jp.sosportal.audit.entity.AuditKind;
import jp.sosportal.batch.control.Progress;
import jp.sosportal.batch.control.SurveyKind;
import jp.sosportal.batch.job.LoadProgress;
import jp.sosportal.batch.job.Rejects;
import jp.sosportal.institution.boundary.Accounts;
import jp.sosportal.institution.entity.Caller;
import jp.sosportal.platform.NotFoundException;

/**
 * Starts and queries survey-ingestion jobs. It lives in this module on purpose: the batch runtime answers job
 * queries only to the module that started the job (another module gets a JobSecurityException).
 * <p>
 * Batch admins load files for any institution and manage every run; とりまとめ団体 staff load files for their
 * members and see only their own runs. The uploader is recorded as a job parameter from the login, never taken
 * from the request.
 * <p>
 * No transaction: the batch runtime writes its job repository itself, and on PostgreSQL that is the default data
 * source; inside a caller's transaction the repository's first tables and rows would wait for (or roll back with)
 * that transaction.
 */
@Stateless
@RolesAllowed({"BATCH_ADMIN", "STAFF"})
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class BatchJobs {

    /** Dry runs show at most this many rejects on the page; the downloadable report has them all. */
    public static final int REJECTS_SHOWN = 100;

    @Inject
    AuditTrail audit;

    @Inject
    Accounts accounts;

    @Inject
    Rejects rejects;

    @Inject
    LoadProgress progress;

    @Inject
    Clock clock;

    /** Where uploaded files and their reject reports are kept (SOS_BATCH_DIR). */
    @Inject
    @ConfigProperty(name = "sos.batch.dir")
    Optional<String> batchDir;

    /** The largest file an upload may store (SOS_UPLOAD_MAX_MB), on the page and the API alike. */
    @Inject
    @ConfigProperty(name = "sos.upload.max-mb")
    int uploadMaxMb;

    /**
     * Stores an uploaded file and starts its job, as a dry run or for real; returns the execution id. A file above
     * the upload limit is refused by its stated size, or while it is copied (a chunked body states none), and
     * nothing of it is kept.
     *
     * @param size the file's size if the sender said it, else -1 (a file that cannot fit is refused before storing)
     */
    public long upload(SurveyKind kind, String fileName, InputStream content, long size, String encoding,
                       boolean dryRun) throws IOException {
        Caller caller = uploader();
        Path stored = BoundedInput.store(storeDirectory(batchDir), content, size, uploadMaxMb);
        return start(kind, stored, fileName, encoding, dryRun, caller.username());
    }

    /** Loads for real the file of a completed dry run. */
    public long load(long dryRunExecutionId) {
        Execution dryRun = execution(dryRunExecutionId);
        if (!dryRun.isLoadable()) {
            throw new IllegalStateException("not a completed dry run: " + dryRunExecutionId);
        }
        Properties parameters = operator().getParameters(dryRunExecutionId);
        return start(SurveyKind.ofJob(dryRun.jobName()), Path.of(parameters.getProperty("file")),
                dryRun.fileName(), parameters.getProperty("encoding"), false, uploader().username());
    }

    /** Starts a job on a file already on the server (the inbox, tests); the caller is the uploader. */
    public long start(SurveyKind kind, Path file, String fileName, String encoding, boolean dryRun) {
        return start(kind, file, fileName, encoding, dryRun, uploader().username());
    }

    /**
     * Starts the job of a file the {@link Inbox} took; the uploader is recorded as {@code inbox}. {@code @PermitAll}
     * because the inbox timer runs without a login; nothing outside this module calls it with a path.
     */
    @PermitAll
    public long startFromInbox(SurveyKind kind, Path file, String fileName) {
        return start(kind, file, fileName, null, false, Inbox.UPLOADER);
    }

    /**
     * The latest execution of an inbox run's job instance (a 「再開」 continues the same file), for the inbox to move
     * its file when it ends or to resume it when its server died.
     */
    @PermitAll
    public JobExecution inboxExecution(long executionId) {
        JobOperator operator = operator();
        return operator.getJobExecutions(operator.getJobInstance(executionId)).stream()
                .max(Comparator.comparingLong(JobExecution::getExecutionId)).orElseThrow();
    }

    /** The inbox resumes a run of its own that died with its server, from its last checkpoint. */
    @PermitAll
    public long resumeFromInbox(long executionId) {
        JobExecution run = operator().getJobExecution(executionId);
        boolean fromInbox = Inbox.UPLOADER.equals(run.getJobParameters().getProperty("submittedBy"));
        if (!fromInbox || !Interruptions.isInterrupted(run)) {
            throw new RestartRefusedException();
        }
        return operator().restart(executionId, operator().getParameters(executionId));
    }

    @RolesAllowed("BATCH_ADMIN")
    public void stop(long executionId) {
        operator().stop(executionId);
    }

    /**
     * Restarts a stopped or failed run (also one its server's crash interrupted) from its last checkpoint, with the
     * same parameters; only the latest run of its file may be restarted.
     */
    @RolesAllowed("BATCH_ADMIN")
    public long restart(long executionId) {
        if (!execution(executionId).isRestartable()) {
            throw new RestartRefusedException();
        }
        long execution;
        try {
            execution = operator().restart(executionId, operator().getParameters(executionId));
        } catch (JobRestartException | JobExecutionNotMostRecentException | JobExecutionAlreadyCompleteException e) {
            throw new RestartRefusedException();
        }
        audit.record(AuditKind.BATCH_STARTED, accounts.currentCaller().username(),
                operator().getParameters(executionId).getProperty("fileName"),
                "restart of execution " + executionId + ", execution " + execution);
        return execution;
    }

    /** The runs of both jobs the caller may see, newest first. */
    public List<Execution> executions() {
        Caller caller = accounts.currentCaller();
        List<JobExecution> jobs = jobExecutions();
        Map<Long, Progress> progresses = progress.of(jobs.stream().map(JobExecution::getExecutionId).toList());
        return jobs.stream()
                .map(job -> Executions.of(job, progresses.get(job.getExecutionId()), LocalDateTime.now(clock)))
                .filter(execution -> visibleTo(execution, caller))
                .sorted(Comparator.comparingLong(Execution::id).reversed())
                .toList();
    }

    /**
     * The executions of both jobs' latest 200 instances. JBatch lists a job instance as soon as it is created but
     * fails (a NullPointerException inside {@code getJobInstances}) until the job's status row is written a moment
     * later, so a list asked for while a job starts is asked for again rather than failing the page's poll.
     */
    private static List<JobExecution> jobExecutions() {
        JobOperator operator = operator();
        for (int attempt = 1; ; attempt++) {
            try {
                return Stream.of(SurveyKind.values()).map(SurveyKind::jobName)
                        .filter(operator.getJobNames()::contains)
                        .flatMap(job -> operator.getJobInstances(job, 0, 200).stream())
                        .flatMap(instance -> operator.getJobExecutions(instance).stream())
                        .toList();
            } catch (NullPointerException e) {
                if (attempt == 5) {
                    throw e;
                }
                pause(attempt * 100L);
            }
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public Execution execution(long executionId) {
        Execution execution;
        try {
            execution = Executions.of(operator().getJobExecution(executionId),
                    progress.of(List.of(executionId)).get(executionId), LocalDateTime.now(clock));
        } catch (NoSuchJobExecutionException e) {
            // an id that never ran is as unknown as another's run (it was a 500)
            throw new NotFoundException();
        }
        if (!visibleTo(execution, accounts.currentCaller())) {
            throw new NotFoundException();
        }
        return execution;
    }

    /** The first rejects of a run's job instance (a restart continues the same report). */
    public List<Rejects.Reject> rejects(long executionId) {
        return rejects.of(execution(executionId).instanceId(), REJECTS_SHOWN);
    }

    /** The whole reject report of a run as CSV. */
    public void writeRejectReport(long executionId, Writer out) throws IOException {
        rejects.writeReport(execution(executionId).instanceId(), out);
    }

    private long start(SurveyKind kind, Path file, String fileName, String encoding, boolean dryRun,
                       String submittedBy) {
        Properties parameters = new Properties();
        parameters.setProperty("file", file.toAbsolutePath().toString());
        parameters.setProperty("fileName", fileName == null ? file.getFileName().toString() : fileName);
        parameters.setProperty("encoding", encoding == null ? "" : encoding);
        parameters.setProperty("dryRun", String.valueOf(dryRun));
        parameters.setProperty("submittedBy", submittedBy);
        long execution = operator().start(kind.jobName(), parameters);
        audit.record(AuditKind.BATCH_STARTED, submittedBy, parameters.getProperty("fileName"),
                kind.jobName() + (dryRun ? " dry run" : "") + ", execution " + execution);
        return execution;
    }

    /** Batch admins, and staff of a とりまとめ団体 ({@link Caller#uploadsSurveyFiles()}). */
    private Caller uploader() {
        Caller caller = accounts.currentCaller();
        if (!caller.uploadsSurveyFiles()) {
            throw new EJBAccessException("only aggregators upload survey files");
        }
        return caller;
    }

    private static boolean visibleTo(Execution execution, Caller caller) {
        return !caller.isStaff() || caller.username().equals(execution.submittedBy());
    }

    /** SOS_BATCH_DIR, or its default under the temp directory. */
    static Path storeDirectory(Optional<String> configured) {
        return Path.of(configured.orElse(System.getProperty("java.io.tmpdir") + "/sos-batch"));
    }

    private static JobOperator operator() {
        return BatchRuntime.getJobOperator();
    }
}
