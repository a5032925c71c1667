package jp.sosportal.calendar.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.SocketAddress;
import java.net.URI;
import java.nio.charset.Charset;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import jp.sosportal.platform.Clocks;

class BusinessCalendarTest {

    /**
     * The Cabinet Office's list of national holidays (https://www8.cao.go.jp/chosei/shukujitsu/gaiyou.html), typed in
     * by hand as the oracle independent of the library. The CSV there names substitute holidays and 国民の休日 "休日".
     */
    static final String OFFICIAL_HOLIDAYS = """
            2020-01-01, 元日
            2020-01-13, 成人の日
            2020-02-11, 建国記念の日
            2020-02-23, 天皇誕生日
            2020-02-24, 休日（振替休日）
            2020-03-20, 春分の日
            2020-04-29, 昭和の日
            2020-05-03, 憲法記念日
            2020-05-04, みどりの日
            2020-05-05, こどもの日
            2020-05-06, 休日（振替休日）
            2020-07-23, 海の日（東京五輪で移動）
            2020-07-24, スポーツの日（東京五輪で移動）
            2020-08-10, 山の日（東京五輪で移動）
            2020-09-21, 敬老の日
            2020-09-22, 秋分の日
            2020-11-03, 文化の日
            2020-11-23, 勤労感謝の日
            2021-01-01, 元日
            2021-01-11, 成人の日
            2021-02-11, 建国記念の日
            2021-02-23, 天皇誕生日
            2021-03-20, 春分の日
            2021-04-29, 昭和の日
            2021-05-03, 憲法記念日
            2021-05-04, みどりの日
            2021-05-05, こどもの日
            2021-07-22, 海の日（東京五輪で移動）
            2021-07-23, スポーツの日（東京五輪で移動）
            2021-08-08, 山の日（東京五輪で移動）
            2021-08-09, 休日（振替休日）
            2021-09-20, 敬老の日
            2021-09-23, 秋分の日
            2021-11-03, 文化の日
            2021-11-23, 勤労感謝の日
            2022-01-01, 元日
            2022-01-10, 成人の日
            2022-02-11, 建国記念の日
            2022-02-23, 天皇誕生日
            2022-03-21, 春分の日
            2022-04-29, 昭和の日
            2022-05-03, 憲法記念日
            2022-05-04, みどりの日
            2022-05-05, こどもの日
            2022-07-18, 海の日
            2022-08-11, 山の日
            2022-09-19, 敬老の日
            2022-09-23, 秋分の日
            2022-10-10, スポーツの日
            2022-11-03, 文化の日
            2022-11-23, 勤労感謝の日
            2023-01-01, 元日
            2023-01-02, 休日（振替休日）
            2023-01-09, 成人の日
            2023-02-11, 建国記念の日
            2023-02-23, 天皇誕生日
            2023-03-21, 春分の日
            2023-04-29, 昭和の日
            2023-05-03, 憲法記念日
            2023-05-04, みどりの日
            2023-05-05, こどもの日
            2023-07-17, 海の日
            2023-08-11, 山の日
            2023-09-18, 敬老の日
            2023-09-23, 秋分の日
            2023-10-09, スポーツの日
            2023-11-03, 文化の日
            2023-11-23, 勤労感謝の日
            2024-01-01, 元日
            2024-01-08, 成人の日
            2024-02-11, 建国記念の日
            2024-02-12, 休日（振替休日）
            2024-02-23, 天皇誕生日
            2024-03-20, 春分の日
            2024-04-29, 昭和の日
            2024-05-03, 憲法記念日
            2024-05-04, みどりの日
            2024-05-05, こどもの日
            2024-05-06, 休日（振替休日）
            2024-07-15, 海の日
            2024-08-11, 山の日
            2024-08-12, 休日（振替休日）
            2024-09-16, 敬老の日
            2024-09-22, 秋分の日
            2024-09-23, 休日（振替休日）
            2024-10-14, スポーツの日
            2024-11-03, 文化の日
            2024-11-04, 休日（振替休日）
            2024-11-23, 勤労感謝の日
            2025-01-01, 元日
            2025-01-13, 成人の日
            2025-02-11, 建国記念の日
            2025-02-23, 天皇誕生日
            2025-02-24, 休日（振替休日）
            2025-03-20, 春分の日
            2025-04-29, 昭和の日
            2025-05-03, 憲法記念日
            2025-05-04, みどりの日
            2025-05-05, こどもの日
            2025-05-06, 休日（振替休日）
            2025-07-21, 海の日
            2025-08-11, 山の日
            2025-09-15, 敬老の日
            2025-09-23, 秋分の日
            2025-10-13, スポーツの日
            2025-11-03, 文化の日
            2025-11-23, 勤労感謝の日
            2025-11-24, 休日（振替休日）
            2026-01-01, 元日
            2026-01-12, 成人の日
            2026-02-11, 建国記念の日
            2026-02-23, 天皇誕生日
            2026-03-20, 春分の日
            2026-04-29, 昭和の日
            2026-05-03, 憲法記念日
            2026-05-04, みどりの日
            2026-05-05, こどもの日
            2026-05-06, 休日（振替休日）
            2026-07-20, 海の日
            2026-08-11, 山の日
            2026-09-21, 敬老の日
            2026-09-22, 休日（国民の休日）
            2026-09-23, 秋分の日
            2026-10-12, スポーツの日
            2026-11-03, 文化の日
            2026-11-23, 勤労感謝の日
            2027-01-01, 元日
            2027-01-11, 成人の日
            2027-02-11, 建国記念の日
            2027-02-23, 天皇誕生日
            2027-03-21, 春分の日
            2027-03-22, 休日（振替休日）
            2027-04-29, 昭和の日
            2027-05-03, 憲法記念日
            2027-05-04, みどりの日
            2027-05-05, こどもの日
            2027-07-19, 海の日
            2027-08-11, 山の日
            2027-09-20, 敬老の日
            2027-09-23, 秋分の日
            2027-10-11, スポーツの日
            2027-11-03, 文化の日
            2027-11-23, 勤労感謝の日
            """;

    private static final List<URI> connectionAttempts = new CopyOnWriteArrayList<>();
    private static Duration firstUse;
    private static BusinessCalendar calendar;

    /** Loads the calendar (and so the library) once, recording every HTTP(S) connection the JVM tries meanwhile. */
    @BeforeAll
    static void loadWhileWatchingTheNetwork() {
        ProxySelector previous = ProxySelector.getDefault();
        ProxySelector.setDefault(new RecordingProxySelector());
        try {
            long start = System.nanoTime();
            calendar = BusinessCalendar.japan();
            calendar.isBusinessDay(LocalDate.of(2026, 9, 22));
            firstUse = Duration.ofNanos(System.nanoTime() - start);
        } finally {
            ProxySelector.setDefault(previous);
        }
    }

    @Test
    void readsTheBundledHolidayFileWithoutGoingOnline() {
        assertThat(connectionAttempts).isEmpty();
        assertThat(firstUse).isLessThan(Duration.ofSeconds(2));
        assertThat(calendar.list().lastYear()).isEqualTo(2027);
    }

    @Test
    void bundledHolidayFileIsTheCabinetOfficeCsvInShiftJis() throws IOException {
        try (InputStream in = BusinessCalendar.class.getResourceAsStream(BusinessCalendar.BUNDLED_HOLIDAY_FILE)) {
            String csv = new String(in.readAllBytes(), Charset.forName("Shift_JIS"));
            assertThat(csv).startsWith("国民の祝日・休日月日,国民の祝日・休日名称\n").contains("2024/11/23,勤労感謝の日").endsWith("2027/11/23,勤労感謝の日");
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(textBlock = OFFICIAL_HOLIDAYS)
    void officialHolidayIsNoBusinessDay(LocalDate date, String name) {
        assertThat(calendar.isBusinessDay(date)).isFalse();
    }

    /** Catches holidays the library adds as well as ones it misses. */
    @ParameterizedTest
    @ValueSource(ints = {2020, 2021, 2022, 2023, 2024, 2025, 2026, 2027})
    void everyDayOfTheYearIsABusinessDayUnlessWeekendYearEndOrOfficialHoliday(int year) {
        Set<LocalDate> holidays = officialHolidays();
        List<LocalDate> wrong = LocalDate.of(year, 1, 1).datesUntil(LocalDate.of(year + 1, 1, 1))
                .filter(day -> calendar.isBusinessDay(day) != isExpectedBusinessDay(day, holidays))
                .toList();
        assertThat(wrong).isEmpty();
    }

    @ParameterizedTest(name = "{0} business day: {1} ({2})")
    @CsvSource(textBlock = """
            2020-02-24, false, 振替休日 for 天皇誕生日 on Sunday
            2020-05-06, false, 振替休日 for 憲法記念日 on Sunday
            2023-01-02, false, 振替休日 for 元日 on Sunday
            2024-09-23, false, 振替休日 for 秋分の日 on Sunday
            2025-05-06, false, 振替休日 for みどりの日 on Sunday
            2025-11-24, false, 振替休日 for 勤労感謝の日 on Sunday
            2027-03-22, false, 振替休日 for 春分の日 on Sunday
            2026-09-22, false, 国民の休日 between 敬老の日 and 秋分の日
            2020-07-23, false, 海の日 moved for the Olympics
            2020-07-24, false, スポーツの日 moved for the Olympics
            2020-08-10, false, 山の日 moved for the Olympics
            2021-07-22, false, 海の日 moved for the Olympics
            2021-07-23, false, スポーツの日 moved for the Olympics
            2021-08-08, false, 山の日 moved for the Olympics (Sunday)
            2021-08-09, false, 振替休日 for the moved 山の日
            2020-07-20, true,  usual 海の日 (3rd Monday) moved away
            2020-08-11, true,  usual 山の日 moved away
            2020-10-12, true,  usual スポーツの日 (2nd Monday) moved away
            2021-07-19, true,  usual 海の日 (3rd Monday) moved away
            2021-08-11, true,  usual 山の日 moved away
            2021-10-11, true,  usual スポーツの日 (2nd Monday) moved away
            2024-06-01, false, Saturday
            2024-06-02, false, Sunday
            2024-06-03, true,  Monday
            2024-06-07, true,  Friday
            2025-12-26, true,  Friday before the year end
            2026-01-05, true,  Monday after the year end
            """)
    void specialDays(LocalDate date, boolean businessDay, String why) {
        assertThat(calendar.isBusinessDay(date)).isEqualTo(businessDay);
    }

    @ParameterizedTest
    @ValueSource(ints = {2020, 2021, 2022, 2023, 2024, 2025, 2026, 2027})
    void december29ToJanuary3AreNoBusinessDays(int year) {
        LocalDate yearEnd = LocalDate.of(year, 12, 29);
        LocalDate newYear = LocalDate.of(year, 1, 1);
        assertThat(yearEnd.datesUntil(yearEnd.plusDays(3))).noneMatch(calendar::isBusinessDay);
        assertThat(newYear.datesUntil(newYear.plusDays(3))).noneMatch(calendar::isBusinessDay);
    }

    @ParameterizedTest(name = "after {0} comes {1}")
    @CsvSource(textBlock = """
            2024-06-03, 2024-06-04
            2024-06-07, 2024-06-10
            2026-05-01, 2026-05-07
            2026-09-18, 2026-09-24
            2025-12-26, 2026-01-05
            2019-12-31, 2020-01-06
            """)
    void nextBusinessDayIsStrictlyLater(LocalDate date, LocalDate next) {
        assertThat(calendar.nextBusinessDay(date)).isEqualTo(next);
    }

    @ParameterizedTest(name = "submitted {0} is handled on {1}")
    @CsvSource(textBlock = """
            2024-06-03T00:00:00+09:00[Asia/Tokyo], 2024-06-03
            2024-06-03T12:59:59+09:00[Asia/Tokyo], 2024-06-03
            2024-06-03T12:59:59.999999999+09:00[Asia/Tokyo], 2024-06-03
            2024-06-03T13:00:00+09:00[Asia/Tokyo], 2024-06-04
            2024-06-07T13:30:00+09:00[Asia/Tokyo], 2024-06-10
            2024-06-08T09:00:00+09:00[Asia/Tokyo], 2024-06-10
            2024-07-12T12:00:00+09:00[Asia/Tokyo], 2024-07-12
            2024-07-12T13:30:00+09:00[Asia/Tokyo], 2024-07-16
            2024-07-15T09:00:00+09:00[Asia/Tokyo], 2024-07-16
            2026-12-28T12:00:00+09:00[Asia/Tokyo], 2026-12-28
            2026-12-28T13:00:00+09:00[Asia/Tokyo], 2027-01-04
            2023-12-28T14:00:00+09:00[Asia/Tokyo], 2024-01-04
            2024-12-27T13:30:00+09:00[Asia/Tokyo], 2025-01-06
            2024-06-03T03:59:59Z, 2024-06-03
            2024-06-03T04:00:00Z, 2024-06-04
            2024-06-02T20:00:00Z, 2024-06-03
            2024-06-07T15:30:00Z, 2024-06-10
            2024-06-03T06:00:00+02:00[Europe/Berlin], 2024-06-04
            """)
    void handlingDateFollowsTheOnePmCutOffInTokyo(ZonedDateTime submittedAt, LocalDate handled) {
        assertThat(calendar.handlingDate(submittedAt)).isEqualTo(handled);
    }

    @ParameterizedTest(name = "at {0} left: {1}")
    @CsvSource(textBlock = """
            2024-06-03T12:00:00+09:00[Asia/Tokyo], PT1H
            2024-06-03T12:59:59.5+09:00[Asia/Tokyo], PT0.5S
            2024-06-03T00:00:00Z, PT4H
            2024-06-03T13:00:00+09:00[Asia/Tokyo],
            2024-06-03T18:00:00+09:00[Asia/Tokyo],
            2024-06-08T10:00:00+09:00[Asia/Tokyo],
            2024-07-15T10:00:00+09:00[Asia/Tokyo],
            2024-12-30T10:00:00+09:00[Asia/Tokyo],
            """)
    void timeLeftTodayCountsDownToTheCutOffOnBusinessDays(ZonedDateTime now, Duration left) {
        assertThat(calendar.timeLeftToday(now)).isEqualTo(Optional.ofNullable(left));
    }

    @Test
    void cutOffIsOnePmInTokyo() {
        assertThat(calendar.cutOff(LocalDate.of(2024, 6, 3)))
                .isEqualTo(ZonedDateTime.of(2024, 6, 3, 13, 0, 0, 0, Clocks.TOKYO));
        assertThat(calendar.cutOff(LocalDate.of(2024, 6, 3)).toInstant()).hasToString("2024-06-03T04:00:00Z");
    }

    @Test
    void yearsAfterTheListAreAnsweredByTheHolidayLaw() {
        assertThat(calendar.isBusinessDay(LocalDate.of(2027, 12, 28))).isTrue();
        assertThat(calendar.nextBusinessDay(LocalDate.of(2027, 12, 28))).isEqualTo(LocalDate.of(2028, 1, 4));
        assertThat(calendar.handlingDate(ZonedDateTime.parse("2027-12-28T13:00:00+09:00[Asia/Tokyo]")))
                .isEqualTo(LocalDate.of(2028, 1, 4));
        assertThat(calendar.isBusinessDay(LocalDate.of(2028, 1, 10))).as("成人の日 2028").isFalse();
        assertThat(calendar.holidayName(LocalDate.of(2029, 2, 12))).contains("休日");
    }

    /** Nothing in the request path may throw for a date: every minute either side of 13:00 of every day to 2099. */
    @Test
    void handlingDateAndTimeLeftAnswerEveryDayTo2099() {
        LocalDate.of(2020, 1, 1).datesUntil(LocalDate.of(2100, 1, 1)).forEach(day -> {
            ZonedDateTime before = calendar.cutOff(day).minusMinutes(1);
            assertThat(calendar.handlingDate(before)).isAfterOrEqualTo(day);
            assertThat(calendar.handlingDate(before.plusMinutes(1))).isAfter(day);
            assertThat(calendar.timeLeftToday(before)).isNotNull();
        });
    }

    private static boolean isExpectedBusinessDay(LocalDate day, Set<LocalDate> holidays) {
        boolean weekend = day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
        boolean yearEnd = day.getMonthValue() == 12 && day.getDayOfMonth() >= 29
                || day.getMonthValue() == 1 && day.getDayOfMonth() <= 3;
        return !weekend && !yearEnd && !holidays.contains(day);
    }

    private static Set<LocalDate> officialHolidays() {
        return OFFICIAL_HOLIDAYS.lines()
                .map(line -> LocalDate.parse(line.substring(0, line.indexOf(','))))
                .collect(Collectors.toSet());
    }

    private static final class RecordingProxySelector extends ProxySelector {
        @Override
        public List<Proxy> select(URI uri) {
            connectionAttempts.add(uri);
            return List.of(Proxy.NO_PROXY);
        }

        @Override
        public void connectFailed(URI uri, SocketAddress address, IOException failure) {
        }
    }
}
