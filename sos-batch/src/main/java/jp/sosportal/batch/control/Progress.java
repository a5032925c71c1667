package jp.sosportal.batch.control;

import java.io.Serializable;
import java.time.Duration;
import java.time.LocalDateTime;

/**
 * How far the load step of one job execution has come, as of its last checkpoint: the file's data rows
 * ({@code records}, counted by the whole-file check), the rows read, written (or that would be, in a dry run) and
 * rejected, counting those of the executions before it (a restart continues them), and when and where this
 * execution began loading, from which its pace and the time left follow.
 */
public record Progress(long records, long read, long written, long rejected, long readAtStart,
                       LocalDateTime loadingSince, LocalDateTime checkpointAt) implements Serializable {

    /** The share of the file read, in percent rounded down to one decimal: 100 only when every row is read. */
    public double percent() {
        if (records == 0) {
            return 100;
        }
        return Math.floor(Math.min(read, records) * 1000.0 / records) / 10;
    }

    /** Rows this execution read per second up to its last checkpoint; null before its first one. */
    public Double rowsPerSecond() {
        long millis = Duration.between(loadingSince, checkpointAt).toMillis();
        long rows = read - readAtStart;
        if (millis <= 0 || rows <= 0) {
            return null;
        }
        return Math.round(rows * 10_000.0 / millis) / 10.0;
    }

    /**
     * Seconds until the last row at the pace so far, counted from the last checkpoint to {@code now}; never below
     * zero. Null while there is no pace yet.
     */
    public Long secondsLeft(LocalDateTime now) {
        Double pace = rowsPerSecond();
        if (pace == null) {
            return null;
        }
        double sinceCheckpoint = Math.max(0, Duration.between(checkpointAt, now).toMillis() / 1000.0);
        return Math.max(0, (long) Math.ceil(Math.max(0, records - read) / pace - sinceCheckpoint));
    }
}
