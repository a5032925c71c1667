/**
 * The 13:00 cut-off and Japanese business days: {@code control.BusinessCalendar} holds the rules over the
 * Cabinet Office holiday data, {@code boundary.Deadlines} answers them for the application's clock.
 */
package jp.sosportal.calendar;
