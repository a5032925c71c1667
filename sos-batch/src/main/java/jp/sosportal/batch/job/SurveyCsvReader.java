package jp.sosportal.batch.job;

import java.io.Serializable;
import java.nio.charset.Charset;
import java.util.HashMap;
import java.util.Map;

import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import jp.sosportal.batch.control.RejectedFileException;
import jp.sosportal.batch.control.SurveyCsv;
import jp.sosportal.batch.control.SurveyFiles;
import jp.sosportal.survey.boundary.SurveyLoads;

/**
 * Reads the job's file one record at a time. Opening checks the whole file first (encoding, binary, line
 * length, header), so a bad file fails before anything is written. The checkpoint is the number of records read;
 * a restart reads past them again, only to remember their keys for the duplicate check.
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

    private SurveyCsv csv;

    @Override
    public void open(Serializable checkpoint) {
        try {
            Charset charset = SurveyFiles.inspect(settings.file(), settings.encoding());
            csv = SurveyCsv.open(settings.file(), charset, settings.kind(), itemWords());
        } catch (RejectedFileException e) {
            settings.exitStatus(e.getMessage());
            throw e;
        }
        if (checkpoint != null) {
            csv.skip((Long) checkpoint);
        }
    }

    @Override
    public Object readItem() {
        return csv.next();
    }

    /** Also kept as the step's persistent user data: the report step counts the rows read from it. */
    @Override
    public Serializable checkpointInfo() {
        step.setPersistentUserData(csv.recordsRead());
        return csv.recordsRead();
    }

    @Override
    public void close() throws Exception {
        if (csv != null) {
            csv.close();
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
