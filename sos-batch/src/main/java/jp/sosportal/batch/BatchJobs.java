package jp.sosportal.batch;

import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import java.util.stream.Stream;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.NoSuchJobExecutionException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.JobExecution;
import jakarta.batch.runtime.Metric;
import jakarta.batch.runtime.StepExecution;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import jp.sosportal.batch.control.SurveyKind;
import jp.sosportal.batch.job.Rejects;
import jp.sosportal.institution.boundary.Accounts;
import jp.sosportal.institution.entity.Caller;
import jp.sosportal.institution.entity.InstitutionType;
import jp.sosportal.platform.Clocks;
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
    Accounts accounts;

    @Inject
    Rejects rejects;

    /** Where uploaded files and their reject reports are kept (SOS_BATCH_DIR). */
    @Inject
    @ConfigProperty(name = "sos.batch.dir")
    Optional<String> batchDir;

    /** Stores an uploaded file and starts its job, as a dry run or for real; returns the execution id. */
    public long upload(SurveyKind kind, String fileName, InputStream content, String encoding, boolean dryRun)
            throws IOException {
        Caller caller = uploader();
        Path stored = storeDirectory().resolve(UUID.randomUUID() + ".csv");
        Files.copy(content, stored, StandardCopyOption.REPLACE_EXISTING);
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

    /** The status and exit status of an inbox run, for the inbox to move its file when it ends. */
    @PermitAll
    public JobExecution inboxExecution(long executionId) {
        return operator().getJobExecution(executionId);
    }

    @RolesAllowed("BATCH_ADMIN")
    public void stop(long executionId) {
        operator().stop(executionId);
    }

    /** Restarts a stopped or failed run from its last checkpoint, with the same parameters. */
    @RolesAllowed("BATCH_ADMIN")
    public long restart(long executionId) {
        return operator().restart(executionId, operator().getParameters(executionId));
    }

    /** The runs of both jobs the caller may see, newest first. */
    public List<Execution> executions() {
        JobOperator operator = operator();
        Caller caller = accounts.currentCaller();
        return Stream.of(SurveyKind.values()).map(SurveyKind::jobName)
                .filter(operator.getJobNames()::contains)
                .flatMap(job -> operator.getJobInstances(job, 0, 200).stream())
                .flatMap(instance -> operator.getJobExecutions(instance).stream())
                .map(this::toExecution)
                .filter(execution -> visibleTo(execution, caller))
                .sorted(Comparator.comparingLong(Execution::id).reversed())
                .toList();
    }

    public Execution execution(long executionId) {
        Execution execution;
        try {
            execution = toExecution(operator().getJobExecution(executionId));
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
        return operator().start(kind.jobName(), parameters);
    }

    /** Batch admins, and staff of a とりまとめ団体: other staff have nothing to upload. */
    private Caller uploader() {
        Caller caller = accounts.currentCaller();
        if (caller.isStaff() && caller.institutionType() != InstitutionType.AGGREGATOR) {
            throw new EJBAccessException("only aggregators upload survey files");
        }
        return caller;
    }

    private static boolean visibleTo(Execution execution, Caller caller) {
        return !caller.isStaff() || caller.username().equals(execution.submittedBy());
    }

    private Execution toExecution(JobExecution job) {
        Properties parameters = Optional.ofNullable(job.getJobParameters()).orElseGet(Properties::new);
        Optional<StepExecution> load = operator().getStepExecutions(job.getExecutionId()).stream()
                .filter(step -> step.getStepName().equals("load")).findFirst();
        return new Execution(job.getExecutionId(), operator().getJobInstance(job.getExecutionId()).getInstanceId(),
                job.getJobName(), parameters.getProperty("fileName", ""), parameters.getProperty("submittedBy", ""),
                Boolean.parseBoolean(parameters.getProperty("dryRun")), job.getBatchStatus(), job.getExitStatus(),
                local(job.getStartTime()), local(job.getEndTime()),
                metric(load, Metric.MetricType.READ_COUNT), metric(load, Metric.MetricType.WRITE_COUNT),
                metric(load, Metric.MetricType.PROCESS_SKIP_COUNT));
    }

    private static long metric(Optional<StepExecution> step, Metric.MetricType type) {
        return step.stream().flatMap(s -> Stream.of(s.getMetrics())).filter(m -> m.getType() == type)
                .mapToLong(Metric::getValue).findFirst().orElse(0);
    }

    private static LocalDateTime local(Date date) {
        return date == null ? null : LocalDateTime.ofInstant(date.toInstant(), Clocks.TOKYO);
    }

    private Path storeDirectory() throws IOException {
        Path dir = Path.of(batchDir.orElse(System.getProperty("java.io.tmpdir") + "/sos-batch"));
        return Files.createDirectories(dir);
    }

    private static JobOperator operator() {
        return BatchRuntime.getJobOperator();
    }
}
