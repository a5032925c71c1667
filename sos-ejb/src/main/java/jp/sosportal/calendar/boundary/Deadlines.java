package jp.sosportal.calendar.boundary;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import jp.sosportal.calendar.control.BusinessCalendar;

/** The 13:00 deadline as of the application's clock: what pages and the request aggregate ask of the calendar. */
@ApplicationScoped
public class Deadlines {

    private final BusinessCalendar calendar = BusinessCalendar.japan();

    @Inject
    Clock clock;

    /** 対応予定日 of something submitted now. */
    public LocalDate handlingDateNow() {
        return calendar.handlingDate(now());
    }

    /** 対応予定日 of something submitted at this Tokyo wall-clock time. */
    public LocalDate handlingDate(LocalDateTime submittedAt) {
        return calendar.handlingDate(submittedAt.atZone(BusinessCalendar.TOKYO));
    }

    /** Time left before today's 13:00, empty after it or on a day that is not a business day. */
    public Optional<Duration> timeLeftToday() {
        return calendar.timeLeftToday(now());
    }

    public boolean isBusinessDay(LocalDate date) {
        return calendar.isBusinessDay(date);
    }

    private ZonedDateTime now() {
        return ZonedDateTime.now(clock.withZone(BusinessCalendar.TOKYO));
    }
}
