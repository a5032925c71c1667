package jp.sosportal.calendar.control;

import java.net.URL;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Month;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;
import java.util.function.Function;
import java.util.logging.Logger;

/**
 * Business days and the daily 13:00 cut-off of SOS requests, in Asia/Tokyo.
 * Immutable and thread-safe.
 * <p>
 * A business day is not a Saturday, Sunday, Japanese national holiday (businessCalendar4j, see the package
 * documentation) or year-end holiday 12/29–1/3. Only dates in {@link #FIRST_YEAR}–{@link #LAST_YEAR} are answered:
 * any other date throws {@link IllegalArgumentException} instead of guessing; so from 2027-12-28 (13:00 for
 * {@link #handlingDate}) the next business day, which falls in 2028, throws too.
 */
public final class BusinessCalendar {

    public static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    /** Requests must be in before this time; 13:00:00 itself is already too late. */
    public static final LocalTime CUT_OFF = LocalTime.of(13, 0);
    public static final int FIRST_YEAR = 2020;
    /** The last year checked against the Cabinet Office's published list (see the test). */
    public static final int LAST_YEAR = 2027;

    /** The library's switch for where it loads the Cabinet Office CSV from; its default is the Cabinet Office site. */
    static final String HOLIDAY_URL_PROPERTY = "SYUKUJITSU_URL";
    static final String BUNDLED_HOLIDAY_FILE = "syukujitsu.csv";

    private static final Logger LOG = Logger.getLogger(BusinessCalendar.class.getName());

    static {
        // Must run before anything touches businessCalendar4j: its holiday class reads the property when it loads.
        keepHolidayDataLocal();
    }

    private static final BusinessCalendar JAPAN = new BusinessCalendar(
            one.cafebabe.businesscalendar4j.BusinessCalendar.JAPAN.PUBLIC_HOLIDAYS, FIRST_YEAR, LAST_YEAR);

    private final Function<LocalDate, String> nationalHolidayName;
    private final int firstYear;
    private final int lastYear;

    private BusinessCalendar(Function<LocalDate, String> nationalHolidayName, int firstYear, int lastYear) {
        this.nationalHolidayName = nationalHolidayName;
        this.firstYear = firstYear;
        this.lastYear = lastYear;
    }

    /** Japanese business days for {@link #FIRST_YEAR}–{@link #LAST_YEAR}. */
    public static BusinessCalendar japan() {
        return JAPAN;
    }

    /** @throws IllegalArgumentException if the date lies outside the covered years */
    public boolean isBusinessDay(LocalDate date) {
        requireCovered(date);
        return !isWeekend(date) && !isYearEndHoliday(date) && nationalHolidayName.apply(date) == null;
    }

    /** The first business day strictly after the given date. */
    public LocalDate nextBusinessDay(LocalDate date) {
        LocalDate day = date.plusDays(1);
        while (!isBusinessDay(day)) {
            day = day.plusDays(1);
        }
        return day;
    }

    /** The day a request is handled (対応予定日): its Tokyo date if before the cut-off on a business day, else the next business day. */
    public LocalDate handlingDate(ZonedDateTime submittedAt) {
        ZonedDateTime tokyo = submittedAt.withZoneSameInstant(TOKYO);
        LocalDate day = tokyo.toLocalDate();
        return isBeforeCutOffOnBusinessDay(tokyo) ? day : nextBusinessDay(day);
    }

    /** Time left until today's cut-off; empty after it and on days that are not business days. */
    public Optional<Duration> timeLeftToday(ZonedDateTime now) {
        ZonedDateTime tokyo = now.withZoneSameInstant(TOKYO);
        return isBeforeCutOffOnBusinessDay(tokyo)
                ? Optional.of(Duration.between(tokyo, cutOff(tokyo.toLocalDate())))
                : Optional.empty();
    }

    /** 13:00 in Tokyo on the given day. */
    public ZonedDateTime cutOff(LocalDate date) {
        return date.atTime(CUT_OFF).atZone(TOKYO);
    }

    private boolean isBeforeCutOffOnBusinessDay(ZonedDateTime tokyo) {
        return isBusinessDay(tokyo.toLocalDate()) && tokyo.toLocalTime().isBefore(CUT_OFF);
    }

    private void requireCovered(LocalDate date) {
        if (date.getYear() < firstYear || date.getYear() > lastYear) {
            throw new IllegalArgumentException("%s is outside the years %d-%d this business calendar covers"
                    .formatted(date, firstYear, lastYear));
        }
    }

    private static boolean isWeekend(LocalDate date) {
        return date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
    }

    private static boolean isYearEndHoliday(LocalDate date) {
        return date.getMonth() == Month.DECEMBER && date.getDayOfMonth() >= 29
                || date.getMonth() == Month.JANUARY && date.getDayOfMonth() <= 3;
    }

    /**
     * Points businessCalendar4j at our copy of the holiday CSV unless the operator already chose a file, so the
     * server never downloads it from the Cabinet Office (the library would, with a 30 s timeout, at load and monthly).
     * The library reads the property once, so nothing else in the application may use it before this class.
     */
    private static void keepHolidayDataLocal() {
        String configured = System.getProperty(HOLIDAY_URL_PROPERTY);
        if (configured != null) {
            LOG.info(() -> "Japanese holidays from " + configured + " (system property " + HOLIDAY_URL_PROPERTY + ")");
            return;
        }
        URL bundled = BusinessCalendar.class.getResource(BUNDLED_HOLIDAY_FILE);
        if (bundled == null) {
            // Without it the library would go online: better not to start.
            throw new IllegalStateException(BUNDLED_HOLIDAY_FILE + " is missing next to " + BusinessCalendar.class);
        }
        System.setProperty(HOLIDAY_URL_PROPERTY, bundled.toExternalForm());
        LOG.info(() -> "Japanese holidays from " + bundled);
    }
}
