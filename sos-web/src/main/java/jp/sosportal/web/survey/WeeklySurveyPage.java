package jp.sosportal.web.survey;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import jp.sosportal.survey.control.WeeklyItemInput;
import jp.sosportal.survey.entity.Outlook;
import jp.sosportal.survey.entity.WeeklySurvey;
import jp.sosportal.web.platform.FieldPlaces;

/**
 * 「週次調査」: per PPE item the stock outlook condition ③ reads, with the quantities behind it (SPEC.md §4).
 * 「前回と同じ」 fills the form with the previous answer so only what changed is typed (§9); days-on-hand is shown
 * beside each outlook as the quantities are typed. Rows left empty are not part of the answer.
 */
@Named
@ViewScoped
public class WeeklySurveyPage extends SurveyPage implements FieldPlaces {

    private static final long serialVersionUID = 1L;
    static final String FORM_ID = "weeklyForm";
    private static final Pattern ROW_FIELD = Pattern.compile("items\\[(\\d+)]\\.(outlook|stock|weeklyUse|plannedPurchase)");

    private List<WeeklyRow> rows;
    /** The form's rows that the last save sent (blank rows are not sent). */
    private ArrayList<Integer> sentRows = new ArrayList<>();

    @Override
    protected void prepare() {
        rows = surveys.items().stream().map(WeeklyRow::new).toList();
    }

    @Override
    protected boolean showAnswerOf(LocalDate day) {
        Optional<WeeklySurvey> answer = surveys.findWeekly(institutionCode(), day);
        answer.ifPresent(this::fill);
        return answer.isPresent();
    }

    @Override
    protected String answerArea() {
        return FORM_ID + ":items";
    }

    /** 「前回と同じ」. */
    public void carryForward() {
        surveys.latestWeekly(institutionCode()).ifPresentOrElse(previous -> {
            fill(previous);
            messages.info(null, "survey.weekly.carried", formats.day(previous.getSurveyDate()));
        }, () -> messages.info(null, "survey.weekly.noPrevious"));
    }

    public void save() {
        sentRows = new ArrayList<>();
        List<WeeklyItemInput> answers = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            if (!rows.get(i).isBlank()) {
                sentRows.add(i);
                answers.add(rows.get(i).toInput());
            }
        }
        surveys.recordWeekly(institutionCode(), getDate(), answers);
        saved();
        messages.info(null, "survey.weekly.saved", formats.day(getDate()), String.valueOf(answers.size()));
    }

    /** {@code items[k].stock} names the k-th row sent, which is the form's row {@code sentRows[k]}. */
    @Override
    public Optional<String> clientIdOf(String field) {
        if ("date".equals(field)) {
            return Optional.of(FORM_ID + ":date");
        }
        Matcher row = ROW_FIELD.matcher(field);
        if (row.matches() && Integer.parseInt(row.group(1)) < sentRows.size()) {
            return Optional.of(FORM_ID + ":rows:" + sentRows.get(Integer.parseInt(row.group(1))) + ":"
                    + row.group(2));
        }
        return Optional.empty();
    }

    /** 約12日分 beside the outlook; a dash when the weekly use is 0 or not typed yet. */
    public String daysOnHand(WeeklyRow row) {
        return row.daysOnHand().stream().mapToObj(days -> messages.text("survey.weekly.days", String.valueOf(days)))
                .findFirst().orElse(messages.text("survey.weekly.daysUnknown"));
    }

    /**
     * 「在庫量と1週間の使用量から計算すると約5日分です。備蓄見通しは「4週間以上」でよろしいですか？」 when the chosen outlook
     * contradicts the typed quantities; null otherwise. The answer saves either way.
     */
    public String outlookWarning(WeeklyRow row) {
        return row.contradiction().stream().mapToObj(days -> messages.text("survey.weekly.outlookWarning",
                String.valueOf(days), row.chosenOutlook().orElseThrow().label())).findFirst().orElse(null);
    }

    public List<SelectItem> getOutlooks() {
        return Arrays.stream(Outlook.values()).map(o -> new SelectItem(o.name(), o.label())).toList();
    }

    private void fill(WeeklySurvey survey) {
        rows.forEach(row -> survey.item(row.getItem()).ifPresent(row::fill));
    }

    public List<WeeklyRow> getRows() {
        return rows;
    }
}
