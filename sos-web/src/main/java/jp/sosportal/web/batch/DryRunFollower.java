package jp.sosportal.web.batch;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.LongFunction;
import java.util.function.Supplier;

import jakarta.inject.Inject;

import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

import jp.sosportal.batch.Execution;
import jp.sosportal.batch.job.Rejects;
import jp.sosportal.web.platform.Messages;

/**
 * What the survey upload and the master import pages share: a dry run followed by polling until it ends (its counts
 * and first rejects), then 取込開始; the latest runs, read again after each action; each run's reject report. The
 * page says which service runs the jobs.
 */
public abstract class DryRunFollower implements Serializable {

    private static final long serialVersionUID = 1L;
    /** The file input of both pages. */
    protected static final String FILE_INPUT = "upload:file";

    @Inject
    protected Messages messages;

    private String encoding = "";
    private Long dryRunId;
    private Execution dryRun;
    private List<Rejects.Reject> dryRunRejects = List.of();
    private List<Execution> executions;

    /** How the page's service answers about its runs: {@link jp.sosportal.batch.BatchJobs} and MasterImports alike. */
    public record Runs(LongFunction<Execution> execution, LongFunction<List<Rejects.Reject>> rejects,
                          Supplier<List<Execution>> latest, ReportWriter report) {
    }

    /** Writes a run's whole reject report. */
    @FunctionalInterface
    public interface ReportWriter {
        void write(long executionId, Writer writer) throws IOException;
    }

    protected abstract Runs runs();

    /** The report's file name before the execution id: {@code rejects-}. */
    protected abstract String reportName();

    /** True when a file was chosen ({@code size} above 0); when not, the page says so next to the file input. */
    protected boolean chosen(long size) {
        if (size <= 0) {
            messages.error(FILE_INPUT, "batch.upload.noFile");
        }
        return size > 0;
    }

    /** A dry run was started: it is followed from now on. */
    protected void following(long executionId) {
        dryRunId = executionId;
        dryRun = null;
        dryRunRejects = List.of();
        executions = null;
    }

    /** The followed dry run was loaded for real (its file name is in the message); the page starts again. */
    protected Execution loaded() {
        Execution loaded = dryRun;
        dryRunId = null;
        dryRun = null;
        dryRunRejects = List.of();
        executions = null;
        return loaded;
    }

    /** The executions table is read again when next shown. */
    protected void changed() {
        executions = null;
    }

    /** Polled: follows the dry run until it ends. */
    public void refresh() {
        executions = null;
        if (dryRunId != null && (dryRun == null || dryRun.isRunning())) {
            dryRun = runs().execution().apply(dryRunId);
            if (!dryRun.isRunning()) {
                dryRunRejects = runs().rejects().apply(dryRunId);
            }
        }
    }

    /** The whole reject report of a run, UTF-8 with a BOM so that Excel reads the Japanese. */
    public StreamedContent report(long executionId) {
        return DefaultStreamedContent.builder().name(reportName() + executionId + ".csv")
                .contentType("text/csv; charset=UTF-8").writer(out -> {
                    try {
                        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                        writer.write('\uFEFF');
                        runs().report().write(executionId, writer);
                        writer.flush();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }).build();
    }

    public List<Execution> getExecutions() {
        if (executions == null) {
            executions = runs().latest().get();
        }
        return executions;
    }

    public boolean isAnyRunning() {
        return (dryRun == null && dryRunId != null) || (dryRun != null && dryRun.isRunning())
                || getExecutions().stream().anyMatch(Execution::isRunning);
    }

    public String getEncoding() {
        return encoding;
    }

    public void setEncoding(String encoding) {
        this.encoding = encoding;
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
