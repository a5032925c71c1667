package jp.sosportal.batch;

import java.io.Serializable;
import java.time.Duration;
import java.time.LocalDateTime;

import jakarta.batch.runtime.BatchStatus;

import jp.sosportal.batch.control.Progress;

/**
 * One run of an ingestion job as the executions table shows it: the file, who sent it, its status and the load
 * step's counts (read, written — or that would be, in a dry run — and skipped, i.e. rejected rows) as of its last
 * checkpoint, and, once the load step has checked the file, its progress: the share of the file read, the pace and
 * the time left as of {@code asOf}. {@code progress} is null before the check (and for runs older than it).
 */
public record Execution(long id, long instanceId, String jobName, String fileName, String submittedBy,
                        boolean dryRun, BatchStatus status, String exitStatus, LocalDateTime start,
                        LocalDateTime end, long read, long written, long skipped, Progress progress,
                        LocalDateTime asOf) implements Serializable {

    /** The file's data rows, once the whole-file check has counted them. */
    public Long records() {
        return progress == null ? null : progress.records();
    }

    /** The share of the file read, 0–100 with one decimal; null before the file was checked. */
    public Double percent() {
        return progress == null ? null : progress.percent();
    }

    /** The whole percent for the progress bar (0 while unknown). */
    public int percentRounded() {
        return progress == null ? 0 : (int) Math.floor(progress.percent());
    }

    /** Rows read per second by this run; null until its first checkpoint. */
    public Double rowsPerSecond() {
        return progress == null ? null : progress.rowsPerSecond();
    }

    /** Seconds left while the run goes on at its pace; 0 once completed, null when unknown or stopped. */
    public Long secondsLeft() {
        if (status == BatchStatus.COMPLETED) {
            return 0L;
        }
        return progress == null || !isRunning() ? null : progress.secondsLeft(asOf);
    }

    public boolean isRunning() {
        return status == BatchStatus.STARTING || status == BatchStatus.STARTED || status == BatchStatus.STOPPING;
    }

    /** The whole minutes of {@link #secondsLeft()}, for the page's 「残り約M分S秒」. */
    public Long minutesLeft() {
        Long seconds = secondsLeft();
        return seconds == null ? null : seconds / 60;
    }

    /** A stopped or failed run restarts from its last checkpoint. */
    public boolean isRestartable() {
        return status == BatchStatus.STOPPED || status == BatchStatus.FAILED;
    }

    /** A dry run that completed may be loaded for real. */
    public boolean isLoadable() {
        return dryRun && status == BatchStatus.COMPLETED;
    }

    /** A completed dry run that rejected no row: what a file that loads whole or not at all needs. */
    public boolean isLoadableWithoutRejects() {
        return isLoadable() && skipped == 0;
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
