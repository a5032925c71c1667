package jp.sosportal.platform;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Dates and times as the manual writes them, for every page, export, mail and message: the one home of the
 * patterns. Null is shown as an empty text (申請日時 of an unsubmitted request).
 */
public final class Dates {

    /** 2021/01/03 16:57 */
    public static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("uuuu/MM/dd HH:mm");
    /** 2021/01/04(月): a day someone plans around, with its weekday. */
    public static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("uuuu/MM/dd(E)", Locale.JAPANESE);
    /** 2021/1/4, as titles, the eligibility messages and the Cabinet Office's holiday list write a day. */
    public static final DateTimeFormatter SHORT_DAY = DateTimeFormatter.ofPattern("uuuu/M/d");
    /** 2021/01/04: a day in a table or an export. */
    public static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuu/MM/dd");
    /** 1/4: a day on a chart's axis. */
    public static final DateTimeFormatter MONTH_DAY = DateTimeFormatter.ofPattern("M/d");

    private Dates() {
    }

    public static String dateTime(LocalDateTime time) {
        return time == null ? "" : DATE_TIME.format(time);
    }

    public static String day(LocalDate date) {
        return date == null ? "" : DAY.format(date);
    }

    public static String shortDay(LocalDate date) {
        return date == null ? "" : SHORT_DAY.format(date);
    }
}
