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

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.NoSuchJobExecutionException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.JobExecution;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import jp.sosportal.audit.boundary.AuditTrail;
import jp.sosportal.audit.entity.AuditKind;
import jp.sosportal.batch.control.Progress;
import jp.sosportal.batch.job.LoadProgress;
import jp.sosportal.batch.job.Rejects;
import jp.sosportal.platform.NotFoundException;

/**
 * Starts and queries the 医療機関マスタ import ({@code institution-master-import}), for the system admin only: a
 * dry run of an uploaded file, then the import of the same file, with the survey jobs' upload limit, storage,
 * progress and reject report. It lives in this module because the batch runtime answers job queries only to the
 * module that started the job. No transaction, as in {@link BatchJobs}: the runtime writes its job repository
 * itself.
 */
@Stateless
@RolesAllowed("SYSTEM_ADMIN")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class MasterImports {

    public static final String JOB = "institution-master-import";
    /** The page lists this many of the latest imports. */
    static final int SHOWN = 50;

    @Inject
    AuditTrail audit;

    @Inject
    Rejects rejects;

    @Inject
    LoadProgress progress;

    @Inject
    Clock clock;

    @Resource
    SessionContext session;

    @Inject
    @ConfigProperty(name = "sos.batch.dir")
    Optional<String> batchDir;

    @Inject
    @ConfigProperty(name = "sos.upload.max-mb")
    int uploadMaxMb;

    /**
     * Stores an uploaded master file and starts its import, as a dry run or for real; returns the execution id. A
     * file above the upload limit is refused and nothing of it is kept.
     *
     * @param size the file's size if the sender said it, else -1
     */
    public long upload(String fileName, InputStream content, long size, String encoding, boolean dryRun)
            throws IOException {
        Path stored = BoundedInput.store(BatchJobs.storeDirectory(batchDir), content, size, uploadMaxMb);
        return start(stored, fileName, encoding, dryRun);
    }

    /** Imports for real the file of a completed dry run. */
    public long load(long dryRunExecutionId) {
        Execution dryRun = execution(dryRunExecutionId);
        if (!dryRun.isLoadable()) {
            throw new IllegalStateException("not a completed dry run: " + dryRunExecutionId);
        }
        Properties parameters = operator().getParameters(dryRunExecutionId);
        return start(Path.of(parameters.getProperty("file")), dryRun.fileName(), parameters.getProperty("encoding"),
                false);
    }

    /** Starts an import of a file already on the server (tests); the caller is the importer. */
    public long start(Path file, String fileName, String encoding, boolean dryRun) {
        Properties parameters = new Properties();
        parameters.setProperty("file", file.toAbsolutePath().toString());
        parameters.setProperty("fileName", fileName == null ? file.getFileName().toString() : fileName);
        parameters.setProperty("encoding", encoding == null ? "" : encoding);
        parameters.setProperty("dryRun", String.valueOf(dryRun));
        parameters.setProperty("submittedBy", session.getCallerPrincipal().getName());
        long execution = operator().start(JOB, parameters);
        audit.record(AuditKind.BATCH_STARTED, session.getCallerPrincipal().getName(),
                parameters.getProperty("fileName"), JOB + (dryRun ? " dry run" : "") + ", execution " + execution);
        return execution;
    }

    /** The latest imports, newest first. */
    public List<Execution> executions() {
        JobOperator operator = operator();
        if (!operator.getJobNames().contains(JOB)) {
            return List.of();
        }
        List<JobExecution> jobs = operator.getJobInstances(JOB, 0, SHOWN).stream()
                .flatMap(instance -> operator.getJobExecutions(instance).stream()).toList();
        Map<Long, Progress> progresses = progress.of(jobs.stream().map(JobExecution::getExecutionId).toList());
        LocalDateTime now = LocalDateTime.now(clock);
        return jobs.stream().map(job -> Executions.of(job, progresses.get(job.getExecutionId()), now))
                .sorted(Comparator.comparingLong(Execution::id).reversed()).toList();
    }

    /** An import run; 404 for an id that is not one. */
    public Execution execution(long executionId) {
        JobExecution job;
        try {
            job = operator().getJobExecution(executionId);
        } catch (NoSuchJobExecutionException e) {
            throw new NotFoundException();
        }
        if (!JOB.equals(job.getJobName())) {
            throw new NotFoundException();
        }
        return Executions.of(job, progress.of(List.of(executionId)).get(executionId), LocalDateTime.now(clock));
    }

    /** The first rejects of an import (the page shows them; the report has them all). */
    public List<Rejects.Reject> rejects(long executionId) {
        return rejects.of(execution(executionId).instanceId(), BatchJobs.REJECTS_SHOWN);
    }

    /** The whole reject report of an import as CSV. */
    public void writeRejectReport(long executionId, Writer out) throws IOException {
        rejects.writeReport(execution(executionId).instanceId(), out);
    }

    private static JobOperator operator() {
        return BatchRuntime.getJobOperator();
    }
}
