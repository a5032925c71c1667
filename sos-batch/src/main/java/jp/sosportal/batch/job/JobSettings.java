package jp.sosportal.batch.job;

import java.nio.file.Path;
import java.util.Properties;

import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

import jp.sosportal.batch.control.SurveyKind;

/** The running job's parameters, as its job XML passes them to every step. */
@Dependent
public class JobSettings {

    @Inject
    JobContext job;

    public SurveyKind kind() {
        return SurveyKind.ofJob(job.getJobName());
    }

    public Path file() {
        return Path.of(property("file"));
    }

    public String fileName() {
        return property("fileName");
    }

    public String encoding() {
        return property("encoding");
    }

    public boolean dryRun() {
        return Boolean.parseBoolean(property("dryRun"));
    }

    public String submittedBy() {
        return property("submittedBy");
    }

    public long instanceId() {
        return job.getInstanceId();
    }

    public long executionId() {
        return job.getExecutionId();
    }

    /** Shown in the executions table: why the job failed, or its summary. */
    public void exitStatus(String text) {
        job.setExitStatus(text);
    }

    private String property(String name) {
        Properties properties = job.getProperties();
        String value = properties.getProperty(name);
        return value == null ? "" : value;
    }
}
