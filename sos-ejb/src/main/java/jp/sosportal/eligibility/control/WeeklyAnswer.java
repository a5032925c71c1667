package jp.sosportal.eligibility.control;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import jp.sosportal.survey.entity.Outlook;
import jp.sosportal.survey.entity.WeeklySurvey;

/** The weekly-survey values the check reads (condition ③): the stock outlook per item code. */
public record WeeklyAnswer(LocalDate date, Map<String, Outlook> outlookByItem) {

    public WeeklyAnswer {
        outlookByItem = Map.copyOf(outlookByItem);
    }

    public static WeeklyAnswer of(WeeklySurvey survey) {
        Map<String, Outlook> outlooks = new LinkedHashMap<>();
        survey.getItems().forEach(i -> outlooks.put(i.getItemCode(), i.getOutlook()));
        return new WeeklyAnswer(survey.getSurveyDate(), outlooks);
    }
}
