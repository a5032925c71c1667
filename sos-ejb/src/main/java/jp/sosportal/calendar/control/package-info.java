/**
 * The SOS deadline: requests entered before 13:00 Asia/Tokyo on a business day are handled that day, later ones on
 * the next business day (SPEC §5 "Deadline"). This package owns that 13:00 cut-off and the business days: not
 * Saturdays, Sundays, Japanese national holidays (substitute holidays, 国民の休日 and the moved 2020/2021 Olympic
 * holidays included) or the year-end holidays 12/29–1/3. National holidays come from businessCalendar4j, which reads
 * the Cabinet Office's {@code syukujitsu.csv} and computes the years after its last row. We ship the copy the library
 * bundles (Shift_JIS, 1955 to 2024-11-23; 2025 onwards is computed) as {@code syukujitsu.csv} in this package and
 * point the library at it, so the server never downloads it; an operator may instead start the server with
 * {@code -DSYUKUJITSU_URL=file:///path/to/syukujitsu.csv} (the Cabinet Office file, unchanged). Only 2020–2027 is
 * answered, the years tested against the Cabinet Office's published list; other years throw.
 */
package jp.sosportal.calendar.control;
