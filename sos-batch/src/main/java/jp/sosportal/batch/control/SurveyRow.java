package jp.sosportal.batch.control;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jp.sosportal.survey.control.DailyInput;
import jp.sosportal.survey.control.WeeklyItemInput;

/**
 * One record of a survey file as parsed: its line, the institution and date, the answer (daily or one weekly
 * item) and the cells refused so far. A row with errors is never loaded.
 */
public record SurveyRow(long line, String institutionCode, LocalDate date, DailyInput daily, WeeklyItemInput weekly,
                        List<CellError> errors) {

    public SurveyRow {
        errors = List.copyOf(errors);
    }

    public boolean isValid() {
        return errors.isEmpty();
    }

    public SurveyRow withErrors(List<CellError> more) {
        List<CellError> all = new ArrayList<>(errors);
        all.addAll(more);
        return new SurveyRow(line, institutionCode, date, daily, weekly, all);
    }
}
