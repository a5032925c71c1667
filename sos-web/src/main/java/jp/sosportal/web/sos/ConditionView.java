package jp.sosportal.web.sos;

import java.io.Serializable;

import jp.sosportal.eligibility.entity.ConditionResult;
import jp.sosportal.web.platform.Formats;
import jp.sosportal.web.platform.Messages;

/**
 * One condition of a check as the detail page shows it: which condition (for which item), passed or not, the
 * rules' own sentence, and the survey value it rested on (SPEC.md §9 「事前チェック」).
 */
public class ConditionView implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String name;
    private final boolean passed;
    private final String message;
    private final String evidence;

    private ConditionView(String name, boolean passed, String message, String evidence) {
        this.name = name;
        this.passed = passed;
        this.message = message;
        this.evidence = evidence;
    }

    static ConditionView of(ConditionResult result, SupplyItemChoices items, Messages messages, Formats formats) {
        String item = result.itemCode() == null ? "" : items.name(result.itemCode());
        String name = messages.text("sos.condition." + result.id().name(), item);
        return new ConditionView(name, result.passed(), result.message(), evidence(result, messages, formats));
    }

    private static String evidence(ConditionResult result, Messages messages, Formats formats) {
        if (result.survey() == null || result.surveyDate() == null) {
            return null;
        }
        String survey = messages.text("sos.check.survey." + result.survey());
        String date = formats.shortDay(result.surveyDate());
        return result.field() == null
                ? messages.text("sos.check.evidenceSurvey", survey, date)
                : messages.text("sos.check.evidence", survey, date, result.field(), String.valueOf(result.value()));
    }

    public String getName() {
        return name;
    }

    public boolean isPassed() {
        return passed;
    }

    public String getMessage() {
        return message;
    }

    public String getEvidence() {
        return evidence;
    }
}
