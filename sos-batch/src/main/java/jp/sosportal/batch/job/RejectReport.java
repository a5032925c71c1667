package jp.sosportal.batch.job;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.logging.Logger;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.JobExecution;
import jakarta.batch.runtime.StepExecution;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import jp.sosportal.platform.Labels;

/**
 * The last step: writes the reject report beside the file ({@code <file>.rejects.csv}, UTF-8 with a BOM so
 * that Excel opens it) and sets the job's exit status to the summary: rows read, loaded (or that would be, in a
 * dry run) and rejected. Every row read is either loaded or in the report, so loaded = read − rejected.
 */
@Named
@Dependent
public class RejectReport extends AbstractBatchlet {

    private static final Logger LOG = Logger.getLogger(RejectReport.class.getName());

    @Inject
    JobSettings settings;

    @Inject
    Rejects rejects;

    @Override
    public String process() throws IOException {
        Path report = reportOf(settings.file());
        try (BufferedWriter out = Files.newBufferedWriter(report, StandardCharsets.UTF_8)) {
            out.write('\uFEFF');
            rejects.writeReport(settings.instanceId(), out);
        }
        long read = rowsRead();
        long rejected = rejects.rejectedRows(settings.instanceId());
        String summary = Labels.text(settings.dryRun() ? "batch.summary.dryRun" : "batch.summary",
                settings.fileName(), String.valueOf(read), String.valueOf(read - rejected),
                String.valueOf(rejected));
        settings.exitStatus(summary);
        LOG.info(summary);
        return "COMPLETED";
    }

    /** Where the reject report of a job's file is written. */
    public static Path reportOf(Path file) {
        return file.resolveSibling(file.getFileName() + ".rejects.csv");
    }

    /** The load step's record count, from the latest execution of this job instance that ran it. */
    private long rowsRead() {
        JobOperator operator = BatchRuntime.getJobOperator();
        return operator.getJobExecutions(operator.getJobInstance(settings.executionId())).stream()
                .sorted(Comparator.comparingLong(JobExecution::getExecutionId).reversed())
                .flatMap(execution -> operator.getStepExecutions(execution.getExecutionId()).stream())
                .filter(step -> step.getStepName().equals("load") && step.getPersistentUserData() != null)
                .map(StepExecution::getPersistentUserData)
                .map(Long.class::cast)
                .findFirst().orElse(0L);
    }
}
