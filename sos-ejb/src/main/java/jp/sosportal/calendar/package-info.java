/**
 * The 13:00 cut-off and Japanese business days: {@code control.BusinessCalendar} holds the rules over the Cabinet
 * Office holiday list ({@code control.HolidayList}) and the holiday law after its last year
 * ({@code control.HolidayLaw}); {@code boundary.Holidays} keeps the list in force (bundled, or the system admin's
 * upload, stored in {@code entity.HolidayListUpload}) and {@code boundary.Deadlines} answers for the application's
 * clock.
 */
package jp.sosportal.calendar;
