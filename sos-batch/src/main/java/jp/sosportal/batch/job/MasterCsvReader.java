package jp.sosportal.batch.job;

import java.io.IOException;
import java.io.Serializable;
import java.util.Map;
import java.util.Set;

import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import jp.sosportal.batch.control.MasterCsv;
import jp.sosportal.batch.control.MasterRow;
import jp.sosportal.batch.control.MasterRowCheck;
import jp.sosportal.batch.control.RejectedFileException;
import jp.sosportal.batch.control.SurveyFiles;
import jp.sosportal.institution.boundary.InstitutionMasterLoads;

/**
 * Reads a master file for the check step: the whole file is checked first (as a survey file is) and its codes
 * indexed, since a row may name a とりまとめ団体 further down; then the rows one at a time, each with the
 * {@link MasterRowCheck} the processor applies (made once, from the index and the stored master). The checkpoint
 * is the number of records handed to the step, and the counts go to {@link LoadProgress} with each checkpoint, as
 * in the survey jobs.
 */
@Named
@Dependent
public class MasterCsvReader extends AbstractItemReader {

    @Inject
    JobSettings settings;

    @Inject
    InstitutionMasterLoads loads;

    @Inject
    StepContext step;

    @Inject
    Rejects rejects;

    @Inject
    LoadProgress progress;

    private MasterCsv csv;
    private StepCounts counts;

    /** A row and the check to apply to it: the processor gets both. */
    public record Checked(MasterRow row, MasterRowCheck check) {
    }

    private MasterRowCheck check;

    @Override
    public void open(Serializable checkpoint) throws IOException {
        SurveyFiles.Checked file;
        Map<String, String> prefectures = loads.prefectures();
        try {
            file = SurveyFiles.inspect(settings.file(), settings.encoding());
            check = new MasterRowCheck(loads.entries(), index(file, prefectures), Set.copyOf(prefectures.values()));
            csv = MasterCsv.open(settings.file(), file.charset(), prefectures);
            if (checkpoint != null) {
                csv.skip((Long) checkpoint);
            }
        } catch (RejectedFileException e) {
            settings.exitStatus(e.getMessage());
            throw e;
        }
        counts = StepCounts.start(csv.recordsRead(), file.records(), settings, rejects, progress, step);
    }

    private MasterRowCheck.Index index(SurveyFiles.Checked file, Map<String, String> prefectures) throws IOException {
        MasterRowCheck.Index index = new MasterRowCheck.Index();
        try (MasterCsv all = MasterCsv.open(settings.file(), file.charset(), prefectures)) {
            for (MasterRow row = all.next(); row != null; row = all.next()) {
                index.add(row);
            }
        }
        return index;
    }

    @Override
    public Object readItem() {
        try {
            MasterRow row = csv.next();
            if (row == null) {
                return null;
            }
            counts.read();
            return new Checked(row, check);
        } catch (RejectedFileException e) {
            settings.exitStatus(e.getMessage());
            throw e;
        }
    }

    @Override
    public Serializable checkpointInfo() {
        long read = counts.readCount();
        progress.checkpoint(settings.executionId(), read, counts.writtenCount(), counts.rejectedCount());
        return read;
    }

    @Override
    public void close() throws IOException {
        if (csv != null) {
            csv.close();
        }
    }
}
