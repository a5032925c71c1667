package jp.sosportal.survey.control;

/** One item row of a 週次調査 as typed, before validation: codes as strings so that unknown ones can be named. */
public record WeeklyItemInput(String item, String outlook, Integer stock, Integer weeklyUse, Integer plannedPurchase) {
}
