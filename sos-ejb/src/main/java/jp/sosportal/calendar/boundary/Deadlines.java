package jp.sosportal.calendar.boundary;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import jp.sosportal.platform.Clocks;

/** The 13:00 deadline as of the application's clock over the holiday list in force: what pages and requests ask. */
@ApplicationScoped
public class Deadlines {

    @Inject
    Holidays holidays;

    @Inject
    Clock clock;

    /** 対応予定日 of something submitted now. */
    public LocalDate handlingDateNow() {
        return holidays.calendar().handlingDate(now());
    }

    /** 対応予定日 of something submitted at this Tokyo wall-clock time. */
    public LocalDate handlingDate(LocalDateTime submittedAt) {
        return holidays.calendar().handlingDate(submittedAt.atZone(Clocks.TOKYO));
    }

    /** Time left before today's 13:00, empty after it or on a day that is not a business day. */
    public Optional<Duration> timeLeftToday() {
        return holidays.calendar().timeLeftToday(now());
    }

    /** Today's 13:00 in Tokyo: requests submitted before it are handled today (review queues). */
    public LocalDateTime cutOffToday() {
        return holidays.calendar().cutOff(now().toLocalDate()).toLocalDateTime();
    }

    public boolean isBusinessDay(LocalDate date) {
        return holidays.calendar().isBusinessDay(date);
    }

    private ZonedDateTime now() {
        return ZonedDateTime.now(clock.withZone(Clocks.TOKYO));
    }
}
