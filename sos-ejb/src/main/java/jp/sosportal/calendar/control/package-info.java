/**
 * The SOS deadline: requests entered before 13:00 Asia/Tokyo on a business day are handled that day, later ones on
 * the next business day (SPEC §5 "Deadline"). This package owns that 13:00 cut-off and the business days: not
 * Saturdays, Sundays, Japanese national holidays or the year-end holidays 12/29–1/3. National holidays come from the
 * Cabinet Office's {@code syukujitsu.csv} ({@link jp.sosportal.calendar.entity.HolidayList}: the copy bundled here,
 * one named by {@code SYUKUJITSU_URL}, or one the system admin uploaded) for the years it lists, and from the holiday
 * law ({@link jp.sosportal.calendar.control.HolidayLaw}) for the years after, so no date is ever refused.
 */
package jp.sosportal.calendar.control;

import jp.sosportal.calendar.entity.HolidayList;
