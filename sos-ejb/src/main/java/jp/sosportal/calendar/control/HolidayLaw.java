package jp.sosportal.calendar.control;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.time.temporal.TemporalAdjusters;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * The national holidays of a year as the holiday law (国民の祝日に関する法律, as amended for 2020 on) defines them:
 * fixed days, the Happy Monday days, the equinox days by the standard formula (valid 1980–2150), 振替休日 and
 * 国民の休日. Used for the years after the last one of the Cabinet Office list; it cannot know one-off laws (such as
 * the moved 2020/2021 Olympic holidays), which is why the list wins wherever it has the year.
 */
public final class HolidayLaw {

    static final String SUBSTITUTE = "休日";
    static final String CITIZENS_HOLIDAY = "休日";

    private static final Map<MonthDay, String> FIXED = Map.ofEntries(
            Map.entry(MonthDay.of(1, 1), "元日"),
            Map.entry(MonthDay.of(2, 11), "建国記念の日"),
            Map.entry(MonthDay.of(2, 23), "天皇誕生日"),
            Map.entry(MonthDay.of(4, 29), "昭和の日"),
            Map.entry(MonthDay.of(5, 3), "憲法記念日"),
            Map.entry(MonthDay.of(5, 4), "みどりの日"),
            Map.entry(MonthDay.of(5, 5), "こどもの日"),
            Map.entry(MonthDay.of(8, 11), "山の日"),
            Map.entry(MonthDay.of(11, 3), "文化の日"),
            Map.entry(MonthDay.of(11, 23), "勤労感謝の日"));

    private HolidayLaw() {
    }

    /** Every holiday of the year, by date, with the name the Cabinet Office list would give it. */
    public static NavigableMap<LocalDate, String> holidaysOf(int year) {
        NavigableMap<LocalDate, String> holidays = new TreeMap<>();
        FIXED.forEach((day, name) -> holidays.put(day.atYear(year), name));
        holidays.put(monday(year, Month.JANUARY, 2), "成人の日");
        holidays.put(monday(year, Month.JULY, 3), "海の日");
        holidays.put(monday(year, Month.SEPTEMBER, 3), "敬老の日");
        holidays.put(monday(year, Month.OCTOBER, 2), "スポーツの日");
        holidays.put(LocalDate.of(year, 3, vernalEquinoxDay(year)), "春分の日");
        holidays.put(LocalDate.of(year, 9, autumnalEquinoxDay(year)), "秋分の日");
        addCitizensHolidays(holidays);
        addSubstituteHolidays(holidays);
        return holidays;
    }

    /** 春分日: the standard approximation of the equinox, which the 官報 announcement has matched since 1980. */
    static int vernalEquinoxDay(int year) {
        return equinoxDay(year, year < 2100 ? 20.8431 : 21.8510);
    }

    /** 秋分日, likewise. */
    static int autumnalEquinoxDay(int year) {
        return equinoxDay(year, year < 2100 ? 23.2488 : 24.2488);
    }

    private static int equinoxDay(int year, double base) {
        int sinceEpoch = year - 1980;
        return (int) Math.floor(base + 0.242194 * sinceEpoch - Math.floorDiv(sinceEpoch, 4));
    }

    private static LocalDate monday(int year, Month month, int nth) {
        return LocalDate.of(year, month, 1).with(TemporalAdjusters.dayOfWeekInMonth(nth, DayOfWeek.MONDAY));
    }

    /** Art. 3(3): a day between two national holidays that is none itself is a holiday. */
    private static void addCitizensHolidays(NavigableMap<LocalDate, String> holidays) {
        Map<LocalDate, String> nationalHolidays = Map.copyOf(holidays);
        nationalHolidays.keySet().forEach(day -> {
            LocalDate between = day.plusDays(1);
            if (!nationalHolidays.containsKey(between) && nationalHolidays.containsKey(between.plusDays(1))) {
                holidays.put(between, CITIZENS_HOLIDAY);
            }
        });
    }

    /** Art. 3(2): a national holiday on a Sunday moves the rest to the nearest following day that is no holiday. */
    private static void addSubstituteHolidays(NavigableMap<LocalDate, String> holidays) {
        for (LocalDate sunday : holidays.keySet().stream().filter(HolidayLaw::isSunday).toList()) {
            LocalDate substitute = sunday.plusDays(1);
            while (holidays.containsKey(substitute)) {
                substitute = substitute.plusDays(1);
            }
            holidays.put(substitute, SUBSTITUTE);
        }
    }

    private static boolean isSunday(LocalDate day) {
        return day.getDayOfWeek() == DayOfWeek.SUNDAY;
    }
}
