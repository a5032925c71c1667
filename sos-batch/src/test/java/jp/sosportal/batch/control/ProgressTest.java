package jp.sosportal.batch.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;

class ProgressTest {

    static final LocalDateTime T0 = LocalDateTime.of(2026, 12, 2, 10, 0, 0);

    @Test
    void percentIsTheShareReadRoundedDownSoOnlyTheLastRowMakesAHundred() {
        assertThat(progress(60_000, 0, 0).percent()).isZero();
        assertThat(progress(60_000, 20_000, 0).percent()).isEqualTo(33.3);
        assertThat(progress(60_000, 59_999, 0).percent()).isEqualTo(99.9);
        assertThat(progress(60_000, 60_000, 0).percent()).isEqualTo(100);
        assertThat(progress(0, 0, 0).percent()).as("a file of a header only").isEqualTo(100);
    }

    @Test
    void thePaceCountsOnlyTheRowsThisExecutionReadSinceItBeganLoading() {
        // a restart that began at row 20,000 and read 10,000 more in the 4 s to its last checkpoint
        Progress restarted = new Progress(60_000, 30_000, 29_990, 10, 20_000, T0, T0.plusSeconds(4));
        assertThat(restarted.rowsPerSecond()).isEqualTo(2500.0);
        assertThat(restarted.secondsLeft(T0.plusSeconds(4))).isEqualTo(12);
        assertThat(restarted.secondsLeft(T0.plusSeconds(7))).as("counts down between checkpoints").isEqualTo(9);
        assertThat(restarted.secondsLeft(T0.plusSeconds(60))).as("never below zero").isZero();
    }

    @Test
    void thereIsNoPaceBeforeTheFirstCheckpoint() {
        Progress justOpened = new Progress(60_000, 20_000, 20_000, 0, 20_000, T0, T0);
        assertThat(justOpened.rowsPerSecond()).isNull();
        assertThat(justOpened.secondsLeft(T0.plusSeconds(3))).isNull();
    }

    private static Progress progress(long records, long read, long rejected) {
        return new Progress(records, read, read - rejected, rejected, 0, T0, T0.plusSeconds(1));
    }
}
