package jp.sosportal.batch.control;

import static jp.sosportal.batch.control.SurveyCsvTest.DAILY_HEADER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;

/** The reading thread of a job's file: order, end, failures where they happen, and closing at any moment. */
class RowsAheadTest {

    final AtomicBoolean fileClosed = new AtomicBoolean();

    @Test
    void rowsComeInFileOrderThroughASmallQueueAndTheEndRepeats() throws Exception {
        try (RowsAhead rows = new RowsAhead(csv(dailyRows(1000, "")), Thread::new, 7)) {
            List<Long> lines = new ArrayList<>();
            for (SurveyRow row = rows.next(); row != null; row = rows.next()) {
                lines.add(row.line());
            }
            assertThat(lines).hasSize(1000).isSorted().startsWith(2L).endsWith(1001L);
            assertThat(rows.next()).isNull();
        }
        assertThat(fileClosed).isTrue();
    }

    @Test
    void aBrokenRecordFailsAfterTheRowsBeforeItAndAgainOnEveryCall() throws Exception {
        try (RowsAhead rows = new RowsAhead(csv(dailyRows(3, "1310000009,\"2021-01-04,0,0,0,0,なし,不可\n")),
                Thread::new, 2)) {
            assertThat(rows.next().line()).isEqualTo(2);
            assertThat(rows.next().line()).isEqualTo(3);
            assertThat(rows.next().line()).isEqualTo(4);
            assertThatThrownBy(rows::next).isInstanceOf(RejectedFileException.class)
                    .hasMessageStartingWith("5行目から始まる行");
            assertThatThrownBy(rows::next).isInstanceOf(RejectedFileException.class);
        }
    }

    @Test
    void closingMidFileEndsTheThreadBlockedOnAFullQueueAndClosesTheFile() throws Exception {
        List<Thread> started = new ArrayList<>();
        ThreadFactory threads = task -> {
            Thread thread = new Thread(task);
            started.add(thread);
            return thread;
        };
        RowsAhead rows = new RowsAhead(csv(dailyRows(5000, "")), threads, 10);
        assertThat(rows.next().line()).isEqualTo(2);
        rows.close();
        assertThat(fileClosed).isTrue();
        started.get(0).join(5000);
        assertThat(started.get(0).isAlive()).isFalse();
    }

    @Test
    void closingBeforeTheThreadRunsClosesTheFileItself() throws Exception {
        CountDownLatch go = new CountDownLatch(1);
        List<Thread> started = new ArrayList<>();
        ThreadFactory late = task -> {
            Thread thread = new Thread(() -> {
                try {
                    go.await();
                } catch (InterruptedException e) {
                    // closed before it ran: still run the task, which must see that and do nothing
                }
                task.run();
            });
            started.add(thread);
            return thread;
        };
        RowsAhead rows = new RowsAhead(csv(dailyRows(10, "")), late, 4);
        rows.close();
        assertThat(fileClosed).isTrue();
        go.countDown();
        started.get(0).join(5000);
        assertThat(started.get(0).isAlive()).isFalse();
    }

    private SurveyCsv csv(String content) throws IOException {
        Reader reader = new StringReader(content) {
            @Override
            public void close() {
                fileClosed.set(true);
                super.close();
            }
        };
        return SurveyCsv.read(reader, SurveyKind.DAILY, Map.of());
    }

    private static String dailyRows(int count, String tail) {
        StringBuilder rows = new StringBuilder(DAILY_HEADER);
        for (int i = 0; i < count; i++) {
            rows.append(1_310_000_000L + i).append(",2021-01-04,0,2,3,4,あり,可能\n");
        }
        return rows.append(tail).toString();
    }
}
