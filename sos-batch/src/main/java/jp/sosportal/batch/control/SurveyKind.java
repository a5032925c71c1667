package jp.sosportal.batch.control;

import java.util.List;

/**
 * The two survey files and their columns, in the order of the samples. A daily row is one institution's 日次調査
 * for one day; a weekly row is one item of one institution's 週次調査 for one date.
 */
public enum SurveyKind {
    DAILY("daily-survey-import", List.of(Column.INSTITUTION_CODE, Column.DATE, Column.ANTIGEN_QUANTITATIVE_TESTS,
            Column.ANTIGEN_QUALITATIVE_TESTS, Column.INPATIENTS, Column.ACCEPTABLE_BEDS, Column.TESTING_INSTITUTION,
            Column.PCR_AVAILABLE)),
    WEEKLY("weekly-survey-import", List.of(Column.INSTITUTION_CODE, Column.DATE, Column.ITEM, Column.OUTLOOK,
            Column.STOCK, Column.WEEKLY_USE, Column.PLANNED_PURCHASE));

    private final String jobName;
    private final List<Column> columns;

    SurveyKind(String jobName, List<Column> columns) {
        this.jobName = jobName;
        this.columns = columns;
    }

    /** The job XML in META-INF/batch-jobs that loads this kind of file. */
    public String jobName() {
        return jobName;
    }

    public List<Column> columns() {
        return columns;
    }

    public static SurveyKind ofJob(String jobName) {
        for (SurveyKind kind : values()) {
            if (kind.jobName.equals(jobName)) {
                return kind;
            }
        }
        throw new IllegalArgumentException(jobName);
    }
}
