package jp.sosportal.calendar.control;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import jp.sosportal.calendar.entity.HolidayList;
import jp.sosportal.calendar.entity.InvalidHolidayListException;

/**
 * What a new holiday list would change for the portal, shown to the system admin before it is saved: holidays
 * added and removed against what the calendar answers today, for the years the portal serves (2020 on). It is kept
 * between the preview and the save, so it serializes.
 */
public record HolidayChanges(HolidayList list, List<Day> added, List<Day> removed) implements Serializable {

    /** The first year the portal has requests for: a new list must still cover it and every year after. */
    public static final int FIRST_YEAR_IN_USE = 2020;

    public record Day(LocalDate date, String name) implements Serializable {
    }

    /** @throws InvalidHolidayListException if the new list would drop years the current one answers */
    public static HolidayChanges between(BusinessCalendar current, HolidayList next)
            throws InvalidHolidayListException {
        int firstNeeded = Math.max(current.list().firstYear(), FIRST_YEAR_IN_USE);
        if (next.firstYear() > firstNeeded || next.lastYear() < current.list().lastYear()) {
            throw new InvalidHolidayListException(List.of("%d年から%d年までの祝日が含まれていません（現在のデータは%d年まで）。"
                    .formatted(firstNeeded, current.list().lastYear(), current.list().lastYear())));
        }
        BusinessCalendar proposed = BusinessCalendar.of(next);
        LocalDate from = LocalDate.of(Math.max(next.firstYear(), FIRST_YEAR_IN_USE), 1, 1);
        List<LocalDate> days = from.datesUntil(LocalDate.of(next.lastYear() + 1, 1, 1)).toList();
        return new HolidayChanges(next, onlyIn(proposed, current, days), onlyIn(current, proposed, days));
    }

    public boolean changesNothing() {
        return added.isEmpty() && removed.isEmpty();
    }

    private static List<Day> onlyIn(BusinessCalendar these, BusinessCalendar those, List<LocalDate> days) {
        return days.stream()
                .filter(day -> those.holidayName(day).isEmpty())
                .flatMap(day -> these.holidayName(day).map(name -> new Day(day, name)).stream())
                .toList();
    }
}
