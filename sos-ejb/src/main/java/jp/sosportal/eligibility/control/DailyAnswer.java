package jp.sosportal.eligibility.control;

import java.time.LocalDate;

/** The daily-survey values the check reads (SPEC.md §3, condition ②), detached from JPA. */
public record DailyAnswer(LocalDate date, int antigenQuantitativeTests, int antigenQualitativeTests, int inpatients,
                          int acceptableBeds, boolean testingInstitution, boolean pcrAvailable) {
}
