package jp.sosportal.web.sos;

import java.io.Serializable;
import java.util.List;

import jp.sosportal.eligibility.entity.CheckResult;
import jp.sosportal.web.platform.Formats;
import jp.sosportal.web.platform.Messages;

/** A whole check result for the page: passed or not, every condition, and the failed ones for the dialog. */
public class CheckView implements Serializable {

    private static final long serialVersionUID = 1L;

    private final boolean passed;
    private final List<ConditionView> conditions;

    private CheckView(boolean passed, List<ConditionView> conditions) {
        this.passed = passed;
        this.conditions = conditions;
    }

    static CheckView of(CheckResult result, SupplyItemChoices items, Messages messages, Formats formats) {
        return new CheckView(result.passed(), result.conditions().stream()
                .map(c -> ConditionView.of(c, items, messages, formats)).toList());
    }

    public boolean isPassed() {
        return passed;
    }

    public List<ConditionView> getConditions() {
        return conditions;
    }

    public List<ConditionView> getFailures() {
        return conditions.stream().filter(c -> !c.isPassed()).toList();
    }
}
