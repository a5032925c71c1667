package jp.sosportal.eligibility.control;

import java.time.LocalDate;
import java.util.Map;

import jp.sosportal.survey.entity.Outlook;

/** The weekly-survey values the check reads (condition ③): the stock outlook per item code. */
public record WeeklyAnswer(LocalDate date, Map<String, Outlook> outlookByItem) {

    public WeeklyAnswer {
        outlookByItem = Map.copyOf(outlookByItem);
    }
}
