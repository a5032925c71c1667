package jp.sosportal.survey.control;

/**
 * A 日次調査 answer as typed (page, API or CSV), before validation: nulls are unanswered fields. Field names are
 * those of API.md, so errors name the field the caller sent.
 */
public record DailyInput(Integer antigenQuantitativeTests, Integer antigenQualitativeTests, Integer inpatients,
                         Integer acceptableBeds, Boolean testingInstitution, Boolean pcrAvailable) {
}
