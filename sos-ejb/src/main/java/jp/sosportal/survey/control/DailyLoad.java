package jp.sosportal.survey.control;

/** A validated 日次調査 answer of a bulk load, for an institution already resolved to its key. */
public record DailyLoad(long institutionId, java.time.LocalDate date, DailyInput input) {
}
