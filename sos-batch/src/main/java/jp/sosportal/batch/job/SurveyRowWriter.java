package jp.sosportal.batch.job;

import java.util.List;

import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import jp.sosportal.batch.control.SurveyKind;
import jp.sosportal.survey.boundary.SurveyLoads;
import jp.sosportal.survey.control.DailyLoad;
import jp.sosportal.survey.control.WeeklyLoad;

/**
 * Upserts a chunk of accepted rows in one JDBC batch per statement; a dry run writes nothing but counts the rows it
 * would have written.
 */
@Named
@Dependent
public class SurveyRowWriter extends AbstractItemWriter {

    @Inject
    JobSettings settings;

    @Inject
    SurveyLoads loads;

    @Inject
    StepContext step;

    @Override
    @SuppressWarnings("unchecked")
    public void writeItems(List<Object> items) {
        StepCounts.of(step).written(items.size());
        if (settings.dryRun() || items.isEmpty()) {
            return;
        }
        if (settings.kind() == SurveyKind.DAILY) {
            loads.upsertDaily((List<DailyLoad>) (List<?>) items, settings.submittedBy());
        } else {
            loads.upsertWeekly((List<WeeklyLoad>) (List<?>) items, settings.submittedBy());
        }
    }
}
