package jp.sosportal.batch.job;

import jakarta.batch.runtime.context.StepContext;

/**
 * The load step's running counts, shared by its reader (rows read), writer (rows written) and reject recorder
 * (rows rejected) as the step's transient user data; {@link LoadProgress} saves them at every checkpoint. They
 * start where the checkpoint of a restarted execution left them.
 */
final class StepCounts {

    private long read;
    private long written;
    private long rejected;

    private StepCounts(long read, long written, long rejected) {
        this.read = read;
        this.written = written;
        this.rejected = rejected;
    }

    /**
     * The counts of a load step starting after {@code read} of the file's {@code records} rows (0, or a restart's
     * checkpoint, whose rejected rows the reject report of the earlier runs knows), put into the step and into a new
     * progress row.
     */
    static StepCounts start(long read, long records, JobSettings settings, Rejects rejects, LoadProgress progress,
                            StepContext step) {
        long rejected = read == 0 ? 0 : rejects.rejectedRows(settings.instanceId());
        StepCounts counts = new StepCounts(read, read - rejected, rejected);
        step.setTransientUserData(counts);
        progress.begin(settings.executionId(), settings.instanceId(), records, read, read - rejected, rejected);
        return counts;
    }

    /** The counts the reader put into the step. */
    static StepCounts of(StepContext step) {
        return (StepCounts) step.getTransientUserData();
    }

    void read() {
        read++;
    }

    void written(int rows) {
        written += rows;
    }

    void rejected() {
        rejected++;
    }

    long readCount() {
        return read;
    }

    long writtenCount() {
        return written;
    }

    long rejectedCount() {
        return rejected;
    }
}
