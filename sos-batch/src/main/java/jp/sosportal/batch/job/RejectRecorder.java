package jp.sosportal.batch.job;

import jakarta.batch.api.chunk.listener.SkipProcessListener;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Writes each refused row to the reject report, in the transaction of its chunk. */
@Named
@Dependent
public class RejectRecorder implements SkipProcessListener {

    @Inject
    JobSettings settings;

    @Inject
    Rejects rejects;

    @Override
    public void onSkipProcessItem(Object item, Exception e) {
        RowRejectedException rejected = (RowRejectedException) e;
        rejects.record(settings.instanceId(), settings.fileName(), rejected.line(), rejected.errors());
    }
}
