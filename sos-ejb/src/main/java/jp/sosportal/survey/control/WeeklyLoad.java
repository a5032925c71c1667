package jp.sosportal.survey.control;

/** One validated item of a 週次調査 of a bulk load, for an institution already resolved to its key. */
public record WeeklyLoad(long institutionId, java.time.LocalDate date, WeeklyItemInput item) {
}
