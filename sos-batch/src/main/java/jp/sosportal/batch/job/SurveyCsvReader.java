package jp.sosportal.batch.job;

import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;

import jakarta.annotation.Resource;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import jp.sosportal.batch.control.RejectedFileException;
import jp.sosportal.batch.control.RowsAhead;
import jp.sosportal.batch.control.SurveyCsv;
import jp.sosportal.batch.control.SurveyFiles;
import jp.sosportal.batch.control.SurveyRow;
import jp.sosportal.survey.boundary.SurveyLoads;

/**
 * Reads the job's file one record at a time. Opening checks the whole file first (encoding, binary, line
 * length, CSV structure, header), so a bad file fails before anything is written. The records are parsed ahead on
 * a managed thread ({@link RowsAhead}) while the writer waits for the database. The checkpoint is the number of
 * records handed to the step; a restart reads past them again, only to remember their keys for the duplicate check.
 * With each checkpoint the step's counts go to {@link LoadProgress}, in the chunk's transaction; they start from the
 * checkpoint and the reject lines committed before it, so a restarted execution continues the counts of the last.
 */
@Named
@Dependent
public class SurveyCsvReader extends AbstractItemReader {

    @Inject
    JobSettings settings;

    @Inject
    SurveyLoads loads;

    @Inject
    StepContext step;

    /** Rows parsed ahead wait here: two chunks of the default size. */
    static final int ROWS_AHEAD = 10_000;

    @Resource
    ManagedThreadFactory threads;

    @Inject
    Rejects rejects;

    @Inject
    LoadProgress progress;

    private RowsAhead rows;
    private StepCounts counts;

    @Override
    public void open(Serializable checkpoint) {
        SurveyCsv csv;
        SurveyFiles.Checked file;
        try {
            file = SurveyFiles.inspect(settings.file(), settings.encoding());
            csv = SurveyCsv.open(settings.file(), file.charset(), settings.kind(), itemWords());
            if (checkpoint != null) {
                csv.skip((Long) checkpoint);
            }
        } catch (RejectedFileException e) {
            settings.exitStatus(e.getMessage());
            throw e;
        }
        counts = StepCounts.start(csv.recordsRead(), file.records(), settings, rejects, progress, step);
        rows = new RowsAhead(csv, threads, ROWS_AHEAD);
    }

    @Override
    public Object readItem() throws InterruptedException {
        try {
            SurveyRow row = rows.next();
            if (row != null) {
                counts.read();
            }
            return row;
        } catch (RejectedFileException e) {
            settings.exitStatus(e.getMessage());
            throw e;
        }
    }

    /**
     * Also kept as the step's persistent user data (the report step counts the rows read from it), and with the
     * step's other counts as the execution's progress: all in the transaction of the chunk.
     */
    @Override
    public Serializable checkpointInfo() {
        long read = counts.readCount();
        step.setPersistentUserData(read);
        progress.checkpoint(settings.executionId(), read, counts.writtenCount(), counts.rejectedCount());
        return read;
    }

    @Override
    public void close() throws Exception {
        if (rows != null) {
            rows.close();
        }
    }

    /** The words accepted in the 物資 column: each item's name and its code. */
    private Map<String, String> itemWords() {
        Map<String, String> words = new HashMap<>();
        loads.itemNames().forEach((code, name) -> {
            words.put(code, code);
            words.put(java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFKC), code);
        });
        return words;
    }
}
