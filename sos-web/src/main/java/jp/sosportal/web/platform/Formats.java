package jp.sosportal.web.platform;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

/** Dates and times as the manual shows them (申請日時 2021/01/03 16:57), for pages ({@code #{formats…}}) and beans. */
@Named
@ApplicationScoped
public class Formats {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("uuuu/MM/dd HH:mm");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("uuuu/MM/dd(E)", Locale.JAPANESE);
    private static final DateTimeFormatter SHORT_DAY = DateTimeFormatter.ofPattern("uuuu/M/d");

    /** 2021/01/03 16:57, or an empty text before the moment exists (申請日時 of an unsubmitted request). */
    public String dateTime(LocalDateTime time) {
        return time == null ? "" : DATE_TIME.format(time);
    }

    /** 2021/01/04(月): a day someone plans around, with its weekday. */
    public String day(LocalDate date) {
        return date == null ? "" : DAY.format(date);
    }

    /** 2021/1/4, as the eligibility messages write survey dates. */
    public String shortDay(LocalDate date) {
        return date == null ? "" : SHORT_DAY.format(date);
    }
}
