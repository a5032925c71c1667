package jp.sosportal.eligibility.control;

import java.time.LocalDate;

import jp.sosportal.survey.entity.DailySurvey;

/** The daily-survey values the check reads (SPEC.md §3, condition ②), detached from JPA. */
public record DailyAnswer(LocalDate date, int antigenQuantitativeTests, int antigenQualitativeTests, int inpatients,
                          int acceptableBeds, boolean testingInstitution, boolean pcrAvailable) {

    public static DailyAnswer of(DailySurvey survey) {
        var v = survey.getValues();
        return new DailyAnswer(survey.getSurveyDate(), v.getAntigenQuantitativeTests(),
                v.getAntigenQualitativeTests(), v.getInpatients(), v.getAcceptableBeds(), v.isTestingInstitution(),
                v.isPcrAvailable());
    }
}
