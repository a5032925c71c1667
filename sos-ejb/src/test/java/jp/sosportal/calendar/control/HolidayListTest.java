package jp.sosportal.calendar.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import jp.sosportal.calendar.entity.HolidayList;
import jp.sosportal.calendar.entity.InvalidHolidayListException;

class HolidayListTest {

    static byte[] bundled() throws IOException {
        try (InputStream in = BusinessCalendar.class.getResourceAsStream(BusinessCalendar.BUNDLED_HOLIDAY_FILE)) {
            return in.readAllBytes();
        }
    }

    /** The bundled file with the 2028 holidays the holiday law gives, and one more day, appended. */
    static byte[] extendedTo2028(String extraLine) throws IOException {
        StringBuilder csv = new StringBuilder(new String(bundled(), HolidayList.CP932));
        HolidayLaw.holidaysOf(2028).forEach((day, name) -> csv.append("\n%d/%d/%d,%s".formatted(
                day.getYear(), day.getMonthValue(), day.getDayOfMonth(), name)));
        return (csv + extraLine).getBytes(HolidayList.CP932);
    }

    @Test
    void readsTheCabinetOfficeFileAsPublishedInCp932() throws Exception {
        HolidayList list = HolidayList.parse(bundled());
        assertThat(list.firstYear()).isEqualTo(1955);
        assertThat(list.lastYear()).isEqualTo(2027);
        assertThat(list.nameOf(LocalDate.of(2026, 9, 22))).isEqualTo("休日");
        assertThat(list.nameOf(LocalDate.of(2027, 11, 23))).isEqualTo("勤労感謝の日");
        assertThat(list.nameOf(LocalDate.of(2027, 11, 24))).isNull();
    }

    @Test
    void endsWithinNinetyDaysFromTheSecondOfOctoberOfItsLastYear() throws Exception {
        HolidayList list = HolidayList.parse(bundled());
        assertThat(list.endsWithin(LocalDate.of(2027, 10, 1), 90)).isFalse();
        assertThat(list.endsWithin(LocalDate.of(2027, 10, 2), 90)).isTrue();
        assertThat(list.endsWithin(LocalDate.of(2028, 3, 1), 90)).isTrue();
    }

    @Test
    void readsUtf8WithOrWithoutByteOrderMarkAndItsOwnCsvAgain() throws Exception {
        HolidayList list = HolidayList.parse(bundled());
        byte[] utf8 = list.toCsv().getBytes(StandardCharsets.UTF_8);
        assertThat(HolidayList.parse(utf8).holidays()).isEqualTo(list.holidays());
        byte[] withBom = ("\uFEFF" + list.toCsv()).getBytes(StandardCharsets.UTF_8);
        assertThat(HolidayList.parse(withBom).holidays()).isEqualTo(list.holidays());
    }

    @Test
    void namesEveryBadLineAndEveryMissingYear() {
        String csv = """
                国民の祝日・休日月日,国民の祝日・休日名称
                2025/1/1,元日
                2025/2/30,建国記念の日
                2025/1/1,元日
                2028/1/1,元日
                2028/5/3,
                """;
        InvalidHolidayListException refused = catchThrowableOfType(
                () -> HolidayList.parse(csv.getBytes(HolidayList.CP932)), InvalidHolidayListException.class);
        assertThat(refused.problems()).containsExactly(
                "3行目: 日付「2025/2/30」を読み取れません（例: 2027/1/1）。",
                "4行目: 2025/1/1 が重複しています。",
                "6行目: 祝日の名称がありません。",
                "2026年の祝日がありません。",
                "2027年の祝日がありません。");
    }

    @Test
    void anEmptyFileOrOneWithoutHolidaysIsRefused() {
        assertThatThrownBy(() -> HolidayList.parse(new byte[0])).isInstanceOf(InvalidHolidayListException.class)
                .hasMessage("祝日が1件もありません。");
        assertThatThrownBy(() -> HolidayList.parse("国民の祝日・休日月日,国民の祝日・休日名称\n".getBytes(StandardCharsets.UTF_8)))
                .hasMessage("祝日が1件もありません。");
    }

    @Test
    void aNewerListChangesWhatItSaysAndNothingElse() throws Exception {
        BusinessCalendar current = BusinessCalendar.japan();
        HolidayChanges changes = HolidayChanges.between(current, HolidayList.parse(extendedTo2028("\n2028/6/1,特別な休日")));
        assertThat(changes.added()).containsExactly(new HolidayChanges.Day(LocalDate.of(2028, 6, 1), "特別な休日"));
        assertThat(changes.removed()).isEmpty();
        assertThat(changes.list().lastYear()).isEqualTo(2028);
    }

    @Test
    void aHolidayDroppedFromTheListIsShownAsRemoved() throws Exception {
        String withoutMarine = new String(bundled(), HolidayList.CP932).replace("\n2027/7/19,海の日", "");
        HolidayChanges changes = HolidayChanges.between(BusinessCalendar.japan(),
                HolidayList.parse(withoutMarine.getBytes(HolidayList.CP932)));
        assertThat(changes.removed()).containsExactly(new HolidayChanges.Day(LocalDate.of(2027, 7, 19), "海の日"));
        assertThat(changes.added()).isEmpty();
    }

    @Test
    void anOlderListThatWouldLoseYearsIsRefused() throws Exception {
        String to2026 = new String(bundled(), HolidayList.CP932).replaceAll("\n2027/[^\n]*", "");
        HolidayList older = HolidayList.parse(to2026.getBytes(HolidayList.CP932));
        assertThatThrownBy(() -> HolidayChanges.between(BusinessCalendar.japan(), older))
                .isInstanceOf(InvalidHolidayListException.class)
                .hasMessage("2020年から2027年までの祝日が含まれていません（現在のデータは2027年まで）。");
    }
}
