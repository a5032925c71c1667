package jp.sosportal.batch.job;

import jakarta.batch.api.listener.JobListener;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import jp.sosportal.batch.Interruptions;

/**
 * Records on which node each execution runs, from its first moment to its end, so that a node starting after a
 * crash finds the executions it left running ({@link Interruptions}). As a job listener it sees every start and
 * restart, whoever asked for it (page, API, inbox).
 */
@Named
@Dependent
public class RunRecorder implements JobListener {

    @Inject
    JobContext job;

    @Inject
    Interruptions interruptions;

    @Override
    public void beforeJob() {
        interruptions.started(job.getExecutionId());
    }

    @Override
    public void afterJob() {
        interruptions.ended(job.getExecutionId());
    }
}
