package jp.sosportal.batch;

import java.io.Serializable;
import java.time.Duration;
import java.time.LocalDateTime;

import jakarta.batch.runtime.BatchStatus;

/**
 * One run of an ingestion job as the executions table shows it: the file, who sent it, its status and the load
 * step's counts (read, written — or that would be, in a dry run — and skipped, i.e. rejected rows).
 */
public record Execution(long id, long instanceId, String jobName, String fileName, String submittedBy,
                        boolean dryRun, BatchStatus status, String exitStatus, LocalDateTime start,
                        LocalDateTime end, long read, long written, long skipped) implements Serializable {

    public boolean isRunning() {
        return status == BatchStatus.STARTING || status == BatchStatus.STARTED || status == BatchStatus.STOPPING;
    }

    /** A stopped or failed run restarts from its last checkpoint. */
    public boolean isRestartable() {
        return status == BatchStatus.STOPPED || status == BatchStatus.FAILED;
    }

    /** A dry run that completed may be loaded for real. */
    public boolean isLoadable() {
        return dryRun && status == BatchStatus.COMPLETED;
    }

    public Duration duration() {
        if (start == null) {
            return Duration.ZERO;
        }
        return Duration.between(start, end != null ? end : LocalDateTime.now(jp.sosportal.platform.Clocks.TOKYO));
    }

    /** Seconds with one decimal, for the table. */
    public String durationSeconds() {
        return String.format("%.1f", duration().toMillis() / 1000.0);
    }
}
