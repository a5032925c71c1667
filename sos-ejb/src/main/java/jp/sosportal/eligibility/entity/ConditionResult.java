package jp.sosportal.eligibility.entity;

import java.time.LocalDate;

/**
 * One condition's verdict with its one-sentence Japanese explanation, and the evidence it rests on: which survey
 * ({@code "DAILY"} or {@code "WEEKLY"}, null for the checkboxes), its date, the field and the value as shown to
 * users. {@code itemCode} is set for per-item conditions (③ and N95).
 */
public record ConditionResult(ConditionId id, String itemCode, boolean passed, String message, String survey,
                              LocalDate surveyDate, String field, String value) {
}
