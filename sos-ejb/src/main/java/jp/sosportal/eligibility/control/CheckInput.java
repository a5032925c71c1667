package jp.sosportal.eligibility.control;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import jp.sosportal.institution.entity.InstitutionType;

/**
 * Everything the eligibility check needs, gathered by the boundary: the institution's type, what the request
 * declares and asks for, the latest surveys dated on or before {@code today} (empty when there is none), and the
 * freshness windows in days.
 */
public record CheckInput(InstitutionType type, boolean conditionsConfirmed, boolean n95ConditionsConfirmed,
                         List<RequestedItem> items, Optional<DailyAnswer> latestDaily,
                         Optional<WeeklyAnswer> latestWeekly, LocalDate today, int dailyWindowDays,
                         int weeklyWindowDays) {

    public CheckInput {
        items = List.copyOf(items);
    }
}
