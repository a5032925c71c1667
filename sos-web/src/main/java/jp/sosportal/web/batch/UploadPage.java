package jp.sosportal.web.batch;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.Serializable;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.ejb.EJBAccessException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import org.primefaces.model.file.UploadedFile;

import jp.sosportal.batch.BatchJobs;
import jp.sosportal.batch.Execution;
import jp.sosportal.batch.RestartRefusedException;
import jp.sosportal.batch.control.SurveyKind;
import jp.sosportal.batch.job.Rejects;
import jp.sosportal.platform.StorageFullException;
import jp.sosportal.platform.TooLargeException;
import jp.sosportal.web.platform.Messages;

/**
 * 調査データの一括取込: upload → dry run (counts and the first rejects) → 取込開始, and the executions table that
 * refreshes while a job runs. The page holds the state; every action is one call of {@link BatchJobs}.
 */
@Named
@ViewScoped
public class UploadPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient BatchJobs batchJobs;

    @Inject
    transient Messages messages;

    private SurveyKind kind = SurveyKind.DAILY;
    private String encoding = "";
    private transient UploadedFile file;
    private Long dryRunId;
    private Execution dryRun;
    private List<Rejects.Reject> dryRunRejects = List.of();
    private List<Execution> executions;

    public void dryRun() throws IOException {
        if (file == null || file.getSize() == 0) {
            messages.error("upload:file", "batch.upload.noFile");
            return;
        }
        try (InputStream content = file.getInputStream()) {
            dryRunId = batchJobs.upload(kind, file.getFileName(), content, file.getSize(), encoding, true);
        } catch (EJBAccessException e) {
            messages.error("upload:file", "batch.upload.forbidden");
            return;
        } catch (StorageFullException | TooLargeException e) {
            messages.errorText("upload:file", e.getMessage());
            return;
        }
        dryRun = null;
        dryRunRejects = List.of();
        executions = null;
    }

    /** Polled: follows the dry run until it ends. */
    public void refresh() {
        executions = null;
        if (dryRunId != null && (dryRun == null || dryRun.isRunning())) {
            dryRun = batchJobs.execution(dryRunId);
            if (!dryRun.isRunning()) {
                dryRunRejects = batchJobs.rejects(dryRunId);
            }
        }
    }

    public void load() {
        batchJobs.load(dryRunId);
        messages.info(null, "batch.upload.started", dryRun.fileName());
        dryRunId = null;
        dryRun = null;
        dryRunRejects = List.of();
        executions = null;
    }

    public void stop(long executionId) {
        batchJobs.stop(executionId);
        executions = null;
    }

    /** An older row's 「再開」 (its run was already restarted) is refused with a message, not an error page. */
    public void restart(long executionId) {
        try {
            batchJobs.restart(executionId);
        } catch (RestartRefusedException e) {
            messages.errorText(null, e.getMessage());
        }
        executions = null;
    }

    /** The whole reject report of a run, UTF-8 with a BOM so that Excel reads the Japanese. */
    public StreamedContent report(long executionId) {
        return DefaultStreamedContent.builder()
                .name("rejects-" + executionId + ".csv")
                .contentType("text/csv; charset=UTF-8")
                .writer(out -> {
                    try {
                        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                        writer.write('\uFEFF');
                        batchJobs.writeRejectReport(executionId, writer);
                        writer.flush();
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                })
                .build();
    }

    public List<Execution> getExecutions() {
        if (executions == null) {
            executions = batchJobs.executions();
        }
        return executions;
    }

    public boolean isAnyRunning() {
        return (dryRun == null && dryRunId != null) || (dryRun != null && dryRun.isRunning())
                || getExecutions().stream().anyMatch(Execution::isRunning);
    }

    public SurveyKind[] getKinds() {
        return SurveyKind.values();
    }

    public SurveyKind getKind() {
        return kind;
    }

    public void setKind(SurveyKind kind) {
        this.kind = kind;
    }

    public String getEncoding() {
        return encoding;
    }

    public void setEncoding(String encoding) {
        this.encoding = encoding;
    }

    public UploadedFile getFile() {
        return file;
    }

    public void setFile(UploadedFile file) {
        this.file = file;
    }

    public Long getDryRunId() {
        return dryRunId;
    }

    public Execution getDryRun() {
        return dryRun;
    }

    public List<Rejects.Reject> getDryRunRejects() {
        return dryRunRejects;
    }
}
