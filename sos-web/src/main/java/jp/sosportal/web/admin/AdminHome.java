package jp.sosportal.web.admin;

import java.time.Duration;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import jp.sosportal.batch.FailedRuns;
import jp.sosportal.calendar.boundary.Holidays;
import jp.sosportal.institution.entity.Role;
import jp.sosportal.reporting.boundary.AdminOverview;
import jp.sosportal.reporting.control.AdminFigures;

/** The system admin's home: what it warns about, and the counts that matter (issue 19), read once per request. */
@Named
@RequestScoped
public class AdminHome {

    /** Failed batch runs are counted over this period. */
    static final Duration FAILED_RUNS_PERIOD = Duration.ofDays(7);

    @Inject
    Holidays holidays;

    @Inject
    AdminOverview overview;

    @Inject
    FailedRuns failedRuns;

    private AdminFigures figures;
    private Long failedBatchRuns;

    /** The last year of the holiday list in force while it ends within 90 days, else null. */
    public Integer getHolidayListEndingYear() {
        return holidays.listEndingSoon().orElse(null);
    }

    public AdminFigures getFigures() {
        if (figures == null) {
            figures = overview.figures();
        }
        return figures;
    }

    public long accounts(String role) {
        return getFigures().accountsByRole().get(Role.valueOf(role));
    }

    public long getFailedBatchRuns() {
        if (failedBatchRuns == null) {
            failedBatchRuns = failedRuns.within(FAILED_RUNS_PERIOD);
        }
        return failedBatchRuns;
    }

    public Role[] getRoles() {
        return Role.values();
    }

    public long getFailedRunsDays() {
        return FAILED_RUNS_PERIOD.toDays();
    }
}
