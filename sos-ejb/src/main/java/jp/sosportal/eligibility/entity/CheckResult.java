package jp.sosportal.eligibility.entity;

import java.util.List;

/** The explained result: passed only when every applicable condition passed. */
public record CheckResult(List<ConditionResult> conditions) {

    public CheckResult {
        conditions = List.copyOf(conditions);
    }

    public boolean passed() {
        return conditions.stream().allMatch(ConditionResult::passed);
    }

    public List<ConditionResult> failures() {
        return conditions.stream().filter(c -> !c.passed()).toList();
    }
}
