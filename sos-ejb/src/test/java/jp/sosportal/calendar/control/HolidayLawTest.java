package jp.sosportal.calendar.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class HolidayLawTest {

    /** The moved Olympic holidays of 2020/2021 were one-off laws: the list knows them, the holiday law cannot. */
    private static final Set<LocalDate> OLYMPIC_MOVES = Set.of(
            LocalDate.of(2020, 7, 20), LocalDate.of(2020, 7, 23), LocalDate.of(2020, 7, 24),
            LocalDate.of(2020, 8, 10), LocalDate.of(2020, 8, 11), LocalDate.of(2020, 10, 12),
            LocalDate.of(2021, 7, 19), LocalDate.of(2021, 7, 22), LocalDate.of(2021, 7, 23),
            LocalDate.of(2021, 8, 8), LocalDate.of(2021, 8, 9), LocalDate.of(2021, 8, 11),
            LocalDate.of(2021, 10, 11));

    @ParameterizedTest
    @ValueSource(ints = {2020, 2021, 2022, 2023, 2024, 2025, 2026, 2027})
    void givesExactlyTheCabinetOfficeListsHolidays(int year) {
        Set<LocalDate> official = officialHolidays(year);
        Set<LocalDate> byLaw = HolidayLaw.holidaysOf(year).keySet();
        assertThat(without(byLaw, OLYMPIC_MOVES)).isEqualTo(without(official, OLYMPIC_MOVES));
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(textBlock = """
            2028-01-10, 成人の日
            2028-03-20, 春分の日
            2028-07-17, 海の日
            2028-09-18, 敬老の日
            2028-09-22, 秋分の日
            2028-10-09, スポーツの日
            2029-02-12, 休日
            2029-03-20, 春分の日
            2029-04-30, 休日
            2029-09-24, 休日
            2030-03-20, 春分の日
            2030-05-06, 休日
            2030-09-23, 秋分の日
            2031-03-21, 春分の日
            2031-11-24, 休日
            2032-09-21, 休日
            2032-09-22, 秋分の日
            2033-03-21, 休日
            2034-01-02, 休日
            2035-02-12, 休日
            2035-09-24, 休日
            """)
    void eachKindOfHolidayAfterTheListFollowsTheLaw(LocalDate day, String name) {
        assertThat(HolidayLaw.holidaysOf(day.getYear())).containsEntry(day, name);
    }

    /** 春分日/秋分日 as 国立天文台 computes them from the standard formula (the 官報 announces them a year ahead). */
    @Test
    void equinoxesFollowTheStandardFormula() {
        assertThat(List.of(2028, 2029, 2030, 2031, 2032, 2033, 2034, 2035).stream()
                .map(year -> year + ":" + HolidayLaw.vernalEquinoxDay(year) + "/" + HolidayLaw.autumnalEquinoxDay(year)))
                .containsExactly("2028:20/22", "2029:20/23", "2030:20/23", "2031:21/23", "2032:20/22",
                        "2033:20/23", "2034:20/23", "2035:21/23");
    }

    /**
     * A second, independent reckoning of the law: businessCalendar4j computes the years after its list too. It agrees
     * on every holiday but the equinox weeks, where it is wrong: 国立天文台 gives 2031's 春分日 as 3/21 (the 4-year
     * cycle 20, 20, 20, 21 from 2020 on), the library 3/20. That is why the portal reckons the law itself.
     */
    @Test
    void agreesWithBusinessCalendar4jFrom2028To2099ExceptWhereTheLibraryMissesAnEquinox() {
        Function<LocalDate, String> library = libraryHolidays();
        List<LocalDate> disagreements = LocalDate.of(2028, 1, 1).datesUntil(LocalDate.of(2100, 1, 1))
                .filter(day -> (library.apply(day) != null) != HolidayLaw.holidaysOf(day.getYear()).containsKey(day))
                .toList();
        assertThat(disagreements).allMatch(HolidayLawTest::isInAnEquinoxWeek);
        assertThat(library.apply(LocalDate.of(2031, 3, 20))).isNotNull();
        assertThat(HolidayLaw.holidaysOf(2031)).containsEntry(LocalDate.of(2031, 3, 21), "春分の日")
                .doesNotContainKey(LocalDate.of(2031, 3, 20));
    }

    private static boolean isInAnEquinoxWeek(LocalDate day) {
        int dayOfMonth = day.getDayOfMonth();
        return day.getMonthValue() == 3 && dayOfMonth >= 19 && dayOfMonth <= 23
                || day.getMonthValue() == 9 && dayOfMonth >= 20 && dayOfMonth <= 25;
    }

    private static Function<LocalDate, String> libraryHolidays() {
        // The library downloads the Cabinet Office file at class load unless told where a copy is.
        System.setProperty("SYUKUJITSU_URL",
                BusinessCalendar.class.getResource(BusinessCalendar.BUNDLED_HOLIDAY_FILE).toExternalForm());
        return one.cafebabe.businesscalendar4j.BusinessCalendar.JAPAN.PUBLIC_HOLIDAYS::apply;
    }

    private static Set<LocalDate> officialHolidays(int year) {
        return BusinessCalendarTest.OFFICIAL_HOLIDAYS.lines()
                .map(line -> LocalDate.parse(line.substring(0, line.indexOf(','))))
                .filter(day -> day.getYear() == year)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<LocalDate> without(Set<LocalDate> days, Set<LocalDate> excluded) {
        return days.stream().filter(day -> !excluded.contains(day)).collect(Collectors.toCollection(TreeSet::new));
    }
}
