package jp.sosportal.calendar.control;

import java.io.IOException;
import java.io.InputStream;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URL;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Month;
import java.time.ZonedDateTime;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;

import jp.sosportal.calendar.entity.HolidayList;
import jp.sosportal.calendar.entity.InvalidHolidayListException;
import jp.sosportal.platform.Clocks;

/**
 * Business days and the daily 13:00 cut-off of SOS requests, in Asia/Tokyo.
 * Immutable and thread-safe.
 * <p>
 * A business day is not a Saturday, Sunday, Japanese national holiday or year-end holiday 12/29–1/3. National
 * holidays come from the Cabinet Office list for the years it covers and from {@link HolidayLaw} after them, so
 * every date is answered: the calendar never runs out.
 */
public final class BusinessCalendar {

    /** Requests must be in before this time; 13:00:00 itself is already too late. */
    public static final LocalTime CUT_OFF = LocalTime.of(13, 0);

    /** An operator's newer copy of the Cabinet Office file (a system property or environment variable, a URL). */
    static final String HOLIDAY_URL_PROPERTY = "SYUKUJITSU_URL";
    static final String BUNDLED_HOLIDAY_FILE = "syukujitsu.csv";

    private static final Logger LOG = Logger.getLogger(BusinessCalendar.class.getName());
    private static final BusinessCalendar JAPAN = new BusinessCalendar(readConfiguredList());

    private final HolidayList list;
    private final Map<Integer, NavigableMap<LocalDate, String>> lawYears = new ConcurrentHashMap<>();

    private BusinessCalendar(HolidayList list) {
        this.list = list;
    }

    /** The calendar of the bundled Cabinet Office list, or of the file {@code SYUKUJITSU_URL} names. */
    public static BusinessCalendar japan() {
        return JAPAN;
    }

    /** The calendar of another list, such as one the system admin uploaded. */
    public static BusinessCalendar of(HolidayList list) {
        return new BusinessCalendar(list);
    }

    public HolidayList list() {
        return list;
    }

    /** The national holiday's name on that day, or empty; from the list where it has the year, else by law. */
    public Optional<String> holidayName(LocalDate date) {
        return Optional.ofNullable(list.covers(date.getYear())
                ? list.nameOf(date)
                : lawYears.computeIfAbsent(date.getYear(), HolidayLaw::holidaysOf).get(date));
    }

    public boolean isBusinessDay(LocalDate date) {
        return !isWeekend(date) && !isYearEndHoliday(date) && holidayName(date).isEmpty();
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
        ZonedDateTime tokyo = submittedAt.withZoneSameInstant(Clocks.TOKYO);
        LocalDate day = tokyo.toLocalDate();
        return isBeforeCutOffOnBusinessDay(tokyo) ? day : nextBusinessDay(day);
    }

    /** Time left until today's cut-off; empty after it and on days that are not business days. */
    public Optional<Duration> timeLeftToday(ZonedDateTime now) {
        ZonedDateTime tokyo = now.withZoneSameInstant(Clocks.TOKYO);
        return isBeforeCutOffOnBusinessDay(tokyo)
                ? Optional.of(Duration.between(tokyo, cutOff(tokyo.toLocalDate())))
                : Optional.empty();
    }

    /** 13:00 in Tokyo on the given day. */
    public ZonedDateTime cutOff(LocalDate date) {
        return date.atTime(CUT_OFF).atZone(Clocks.TOKYO);
    }

    private boolean isBeforeCutOffOnBusinessDay(ZonedDateTime tokyo) {
        return isBusinessDay(tokyo.toLocalDate()) && tokyo.toLocalTime().isBefore(CUT_OFF);
    }

    private static boolean isWeekend(LocalDate date) {
        return date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
    }

    private static boolean isYearEndHoliday(LocalDate date) {
        return date.getMonth() == Month.DECEMBER && date.getDayOfMonth() >= 29
                || date.getMonth() == Month.JANUARY && date.getDayOfMonth() <= 3;
    }

    private static HolidayList readConfiguredList() {
        String configured = Optional.ofNullable(System.getProperty(HOLIDAY_URL_PROPERTY))
                .orElse(System.getenv(HOLIDAY_URL_PROPERTY));
        URL source = configured != null ? toUrl(configured) : BusinessCalendar.class.getResource(BUNDLED_HOLIDAY_FILE);
        try (InputStream in = source.openStream()) {
            HolidayList list = HolidayList.parse(in.readAllBytes());
            LOG.info(() -> "Japanese holidays from " + source + ", listed to " + list.lastYear() + ", computed after");
            return list;
        } catch (IOException | InvalidHolidayListException e) {
            // A wrong holiday file would move deadlines without anyone noticing: better not to start.
            throw new IllegalStateException("The holiday file " + source + " cannot be used: " + e.getMessage(), e);
        }
    }

    private static URL toUrl(String configured) {
        try {
            return URI.create(configured).toURL();
        } catch (IllegalArgumentException | MalformedURLException e) {
            throw new IllegalStateException(HOLIDAY_URL_PROPERTY + " is no URL: " + configured, e);
        }
    }
}
