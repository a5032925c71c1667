package jp.sosportal.batch.job;

import java.util.List;

import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import jp.sosportal.institution.boundary.InstitutionMasterLoads;
import jp.sosportal.institution.control.MasterLine;

/**
 * Stages a chunk of accepted master rows (also in a dry run, which compares them with the master and discards
 * them); nothing reaches the master before the apply step.
 */
@Named
@Dependent
public class MasterStageWriter extends AbstractItemWriter {

    @Inject
    JobSettings settings;

    @Inject
    InstitutionMasterLoads loads;

    @Inject
    StepContext step;

    @Override
    @SuppressWarnings("unchecked")
    public void writeItems(List<Object> items) {
        StepCounts.of(step).written(items.size());
        if (!items.isEmpty()) {
            loads.stage(settings.instanceId(), (List<MasterLine>) (List<?>) items);
        }
    }
}
