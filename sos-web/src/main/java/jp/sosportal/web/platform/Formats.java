package jp.sosportal.web.platform;

import java.time.LocalDate;
import java.time.LocalDateTime;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

import jp.sosportal.platform.Dates;

/** {@link Dates} for pages ({@code #{formats…}}) and beans: 申請日時 2021/01/03 16:57. */
@Named
@ApplicationScoped
public class Formats {

    /** 2021/01/03 16:57, or an empty text before the moment exists (申請日時 of an unsubmitted request). */
    public String dateTime(LocalDateTime time) {
        return Dates.dateTime(time);
    }

    /** 2021/01/04(月): a day someone plans around, with its weekday. */
    public String day(LocalDate date) {
        return Dates.day(date);
    }

    /** 2021/1/4, as the eligibility messages write survey dates. */
    public String shortDay(LocalDate date) {
        return Dates.shortDay(date);
    }
}
