package jp.sosportal.batch;

import java.time.LocalDateTime;
import java.util.Date;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Stream;

import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.JobExecution;
import jakarta.batch.runtime.Metric;
import jakarta.batch.runtime.StepExecution;

import jp.sosportal.batch.control.Progress;
import jp.sosportal.platform.Clocks;

/** A job execution of the runtime as the pages show it ({@link Execution}), for the survey and the master jobs. */
final class Executions {

    private Executions() {
    }

    /**
     * The counts come from the execution's progress row (current to its last checkpoint, and continuing those of
     * the execution it restarted); the runtime's step metrics, written only when the step ends, are left for runs
     * without one (older than the row, or failed before the file was checked).
     */
    static Execution of(JobExecution job, Progress loaded, LocalDateTime asOf) {
        JobOperator operator = BatchRuntime.getJobOperator();
        Properties parameters = Optional.ofNullable(job.getJobParameters()).orElseGet(Properties::new);
        long read;
        long written;
        long skipped;
        if (loaded != null) {
            read = loaded.read();
            written = loaded.written();
            skipped = loaded.rejected();
        } else {
            Optional<StepExecution> load = operator.getStepExecutions(job.getExecutionId()).stream()
                    .filter(step -> step.getStepName().equals("load")).findFirst();
            read = metric(load, Metric.MetricType.READ_COUNT);
            written = metric(load, Metric.MetricType.WRITE_COUNT);
            skipped = metric(load, Metric.MetricType.PROCESS_SKIP_COUNT);
        }
        return new Execution(job.getExecutionId(), operator.getJobInstance(job.getExecutionId()).getInstanceId(),
                job.getJobName(), parameters.getProperty("fileName", ""), parameters.getProperty("submittedBy", ""),
                Boolean.parseBoolean(parameters.getProperty("dryRun")), job.getBatchStatus(), job.getExitStatus(),
                local(job.getStartTime()), local(job.getEndTime()), read, written, skipped, loaded, asOf);
    }

    private static long metric(Optional<StepExecution> step, Metric.MetricType type) {
        return step.stream().flatMap(s -> Stream.of(s.getMetrics())).filter(m -> m.getType() == type)
                .mapToLong(Metric::getValue).findFirst().orElse(0);
    }

    private static LocalDateTime local(Date date) {
        return date == null ? null : LocalDateTime.ofInstant(date.toInstant(), Clocks.TOKYO);
    }
}
