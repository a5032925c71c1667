package jp.sosportal.batch.control;

import java.io.Closeable;
import java.io.IOException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Reads a {@link SurveyCsv} on a thread of its own into a bounded queue, so that the next rows are decoded, parsed
 * and checked for repeats while the step's thread waits for the database to take the previous chunk: the job's
 * time becomes about the longer of the two instead of their sum, and the queue keeps memory flat. Rows come out in
 * file order; a failure of the file comes out where it happened, after the rows before it, and again on every
 * later call, as the end does.
 */
public final class RowsAhead implements Closeable {

    private static final Logger LOG = Logger.getLogger(RowsAhead.class.getName());
    private static final Object END = new Object();

    private final SurveyCsv csv;
    private final BlockingQueue<Object> queue;
    /** Taken once, by the reading thread or by a close that came first: whoever takes it closes the file. */
    private final AtomicBoolean fileTaken = new AtomicBoolean();
    private final CountDownLatch fileClosed = new CountDownLatch(1);
    private final Thread thread;
    private volatile boolean closing;
    private Object last;

    /** Starts reading at once; {@code capacity} rows at most wait in memory. */
    public RowsAhead(SurveyCsv csv, ThreadFactory threads, int capacity) {
        this.csv = csv;
        this.queue = new ArrayBlockingQueue<>(capacity);
        this.thread = threads.newThread(this::fill);
        thread.start();
    }

    /** The next row, or null at the end of the file; throws the file's failure where it was met. */
    public SurveyRow next() throws InterruptedException {
        Object item = last != null ? last : queue.take();
        if (item instanceof SurveyRow row) {
            return row;
        }
        last = item;
        if (item instanceof RuntimeException failure) {
            throw failure;
        }
        if (item instanceof Error error) {
            throw error;
        }
        return null;
    }

    /** Stops the reading thread (a stopped or failed step) and waits until it has closed the file. */
    @Override
    public void close() throws IOException {
        closing = true;
        thread.interrupt();
        queue.clear(); // frees a thread blocked on a full queue
        if (fileTaken.compareAndSet(false, true)) {
            csv.close(); // the thread never started
            return;
        }
        try {
            if (!fileClosed.await(30, TimeUnit.SECONDS)) {
                LOG.warning("the survey file's reading thread did not end within 30 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void fill() {
        if (!fileTaken.compareAndSet(false, true)) {
            return;
        }
        try {
            for (SurveyRow row = csv.next(); row != null && !closing; row = csv.next()) {
                queue.put(row);
            }
            queue.put(END);
        } catch (InterruptedException e) {
            // closed: nobody takes rows any more
        } catch (RuntimeException | Error e) {
            handOver(e);
        } finally {
            closeQuietly();
        }
    }

    private void handOver(Throwable failure) {
        if (closing) {
            return; // an interrupted read fails too; nobody is waiting for it
        }
        try {
            queue.put(failure);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void closeQuietly() {
        try {
            csv.close();
        } catch (IOException e) {
            LOG.log(Level.FINE, "closing a survey file", e);
        } finally {
            fileClosed.countDown();
        }
    }
}
