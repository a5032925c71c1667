package jp.sosportal.batch.job;

import java.io.Serializable;
import java.nio.charset.Charset;
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

    private RowsAhead rows;
    private long recordsRead;

    @Override
    public void open(Serializable checkpoint) {
        SurveyCsv csv;
        try {
            Charset charset = SurveyFiles.inspect(settings.file(), settings.encoding());
            csv = SurveyCsv.open(settings.file(), charset, settings.kind(), itemWords());
            if (checkpoint != null) {
                csv.skip((Long) checkpoint);
            }
        } catch (RejectedFileException e) {
            settings.exitStatus(e.getMessage());
            throw e;
        }
        recordsRead = csv.recordsRead();
        rows = new RowsAhead(csv, threads, ROWS_AHEAD);
    }

    @Override
    public Object readItem() throws InterruptedException {
        try {
            SurveyRow row = rows.next();
            if (row != null) {
                recordsRead++;
            }
            return row;
        } catch (RejectedFileException e) {
            settings.exitStatus(e.getMessage());
            throw e;
        }
    }

    /** Also kept as the step's persistent user data: the report step counts the rows read from it. */
    @Override
    public Serializable checkpointInfo() {
        step.setPersistentUserData(recordsRead);
        return recordsRead;
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
