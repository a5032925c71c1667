package jp.sosportal.web.batch;

import java.io.IOException;
import java.io.InputStream;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.primefaces.model.file.UploadedFile;

import jp.sosportal.batch.BatchJobs;
import jp.sosportal.batch.control.SurveyKind;
import jp.sosportal.web.security.CurrentUser;

/**
 * 調査データの一括取込: upload → dry run (counts and the first rejects) → 取込開始, and the executions table that
 * refreshes while a job runs. The page holds the state; every action is one call of {@link BatchJobs}.
 */
@Named
@ViewScoped
public class UploadPage extends DryRunFollower {

    private static final long serialVersionUID = 1L;

    @Inject
    BatchJobs batchJobs;

    @Inject
    CurrentUser user;

    private SurveyKind kind = SurveyKind.DAILY;
    private transient UploadedFile file;

    /** Staff of other institutions may open the page but not upload: told here, as the service says no words. */
    public void dryRun() throws IOException {
        if (!chosen(file == null ? 0 : file.getSize())) {
            return;
        }
        if (!user.getCaller().uploadsSurveyFiles()) {
            messages.error(FILE_INPUT, "batch.upload.forbidden");
            return;
        }
        try (InputStream content = file.getInputStream()) {
            following(batchJobs.upload(kind, file.getFileName(), content, file.getSize(), getEncoding(), true));
        }
    }

    public void load() {
        batchJobs.load(getDryRunId());
        messages.info(null, "batch.upload.started", loaded().fileName());
    }

    public void stop(long executionId) {
        batchJobs.stop(executionId);
        changed();
    }

    /** An older row's 「再開」 (its run was already restarted) is refused with a message, not an error page. */
    public void restart(long executionId) {
        changed();
        batchJobs.restart(executionId);
    }

    @Override
    protected Runs runs() {
        return new Runs(batchJobs::execution, batchJobs::rejects, batchJobs::executions, batchJobs::writeRejectReport);
    }

    @Override
    protected String reportName() {
        return "rejects-";
    }

    public SurveyKind getKind() {
        return kind;
    }

    public void setKind(SurveyKind kind) {
        this.kind = kind;
    }

    public UploadedFile getFile() {
        return file;
    }

    public void setFile(UploadedFile file) {
        this.file = file;
    }
}
