package jp.sosportal.batch.job;

import jakarta.batch.api.chunk.listener.SkipProcessListener;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Writes each refused row to the reject report, in the transaction of its chunk, and counts it. */
@Named
@Dependent
public class RejectRecorder implements SkipProcessListener {

    @Inject
    JobSettings settings;

    @Inject
    Rejects rejects;

    @Inject
    StepContext step;

    @Override
    public void onSkipProcessItem(Object item, Exception e) {
        RowRejectedException rejected = (RowRejectedException) e;
        rejects.record(settings.instanceId(), settings.fileName(), rejected.line(), rejected.errors());
        StepCounts.of(step).rejected();
    }
}
