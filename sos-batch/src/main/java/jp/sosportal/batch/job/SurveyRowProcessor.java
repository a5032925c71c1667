package jp.sosportal.batch.job;

import java.util.List;

import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import jp.sosportal.batch.control.CellError;
import jp.sosportal.batch.control.RowCheck;
import jp.sosportal.batch.control.SurveyRow;
import jp.sosportal.institution.boundary.Accounts;
import jp.sosportal.institution.entity.Caller;
import jp.sosportal.survey.boundary.SurveyLoads;
import jp.sosportal.survey.control.DailyLoad;
import jp.sosportal.survey.control.WeeklyLoad;

/**
 * Applies {@link RowCheck} to each row: a refused row becomes a skip with its reasons, an accepted one a load for
 * the writer. Institution staff (a とりまとめ団体) who uploaded the file may load for their members only.
 */
@Named
@Dependent
public class SurveyRowProcessor implements ItemProcessor {

    @Inject
    JobSettings settings;

    @Inject
    SurveyLoads loads;

    @Inject
    Accounts accounts;

    @Inject
    Rejects rejects;

    private RowCheck check;

    @Override
    public Object processItem(Object item) throws RowRejectedException {
        SurveyRow row = (SurveyRow) item;
        List<CellError> errors = check().errors(row);
        if (!errors.isEmpty()) {
            throw new RowRejectedException(row.line(), errors);
        }
        List<CellError> warnings = check().warnings(row);
        if (!warnings.isEmpty()) {
            rejects.recordWarnings(settings.instanceId(), settings.fileName(), row.line(), warnings);
        }
        long institutionId = check().institution(row.institutionCode()).id();
        return row.daily() != null ? new DailyLoad(institutionId, row.date(), row.daily())
                : new WeeklyLoad(institutionId, row.date(), row.weekly());
    }

    private RowCheck check() {
        if (check == null) {
            Caller uploader = accounts.findCaller(settings.submittedBy()).orElse(null);
            boolean staff = uploader != null && uploader.isStaff();
            check = new RowCheck(loads.today(), loads.itemNames(), loads.institutions(),
                    staff ? uploader.institutionCode() : null, staff ? uploader.institutionName() : null);
        }
        return check;
    }
}
