package jp.sosportal.survey.control;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jp.sosportal.platform.FieldError;
import jp.sosportal.platform.Labels;
import jp.sosportal.survey.entity.DailyValues;
import jp.sosportal.survey.entity.Outlook;
import jp.sosportal.survey.entity.WeeklyItemAnswer;

/**
 * The rules every survey answer obeys, wherever it comes from: required answers, whole numbers ≥ 0, no future
 * date, known items (each once) and known outlook values. Plain Java, shared by the pages, the API and the batch.
 */
public final class SurveyValidation {

    private SurveyValidation() {
    }

    public static List<FieldError> daily(LocalDate date, LocalDate today, DailyInput input) {
        List<FieldError> errors = new ArrayList<>();
        checkDate(date, today, errors);
        count("antigenQuantitativeTests", input.antigenQuantitativeTests(), errors);
        count("antigenQualitativeTests", input.antigenQualitativeTests(), errors);
        count("inpatients", input.inpatients(), errors);
        count("acceptableBeds", input.acceptableBeds(), errors);
        required("testingInstitution", input.testingInstitution(), errors);
        required("pcrAvailable", input.pcrAvailable(), errors);
        return errors;
    }

    /** {@code itemNames} maps the known item codes to the names users know. */
    public static List<FieldError> weekly(LocalDate date, LocalDate today, List<WeeklyItemInput> items,
                                          Map<String, String> itemNames) {
        List<FieldError> errors = new ArrayList<>();
        checkDate(date, today, errors);
        if (items == null || items.isEmpty()) {
            errors.add(new FieldError("items", Labels.text("error.noSurveyItems")));
            return errors;
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            checkItem("items[" + i + "].", items.get(i), itemNames, seen, errors);
        }
        return errors;
    }

    public static DailyValues toValues(DailyInput input) {
        return new DailyValues(input.antigenQuantitativeTests(), input.antigenQualitativeTests(), input.inpatients(),
                input.acceptableBeds(), input.testingInstitution(), input.pcrAvailable());
    }

    public static WeeklyItemAnswer toAnswer(WeeklyItemInput input) {
        return new WeeklyItemAnswer(input.item(), Outlook.valueOf(input.outlook()), input.stock(), input.weeklyUse(),
                input.plannedPurchase());
    }

    private static void checkItem(String prefix, WeeklyItemInput item, Map<String, String> itemNames,
                                  Set<String> seen, List<FieldError> errors) {
        if (item.item() == null || !itemNames.containsKey(item.item())) {
            errors.add(new FieldError(prefix + "item", Labels.text("error.unknownItem", String.valueOf(item.item()))));
            return;
        }
        String name = itemNames.get(item.item());
        if (!seen.add(item.item())) {
            errors.add(new FieldError(prefix + "item", Labels.text("error.duplicateItem", name)));
        }
        if (!isOutlook(item.outlook())) {
            errors.add(new FieldError(prefix + "outlook", Labels.text("error.outlookRequired", name)));
        }
        count(prefix + "stock", item.stock(), errors);
        count(prefix + "weeklyUse", item.weeklyUse(), errors);
        count(prefix + "plannedPurchase", item.plannedPurchase(), errors);
    }

    private static boolean isOutlook(String code) {
        return code != null && Arrays.stream(Outlook.values()).anyMatch(o -> o.name().equals(code));
    }

    private static void checkDate(LocalDate date, LocalDate today, List<FieldError> errors) {
        if (date == null) {
            errors.add(new FieldError("date", Labels.text("error.required")));
        } else if (date.isAfter(today)) {
            errors.add(new FieldError("date", Labels.text("error.futureDate")));
        }
    }

    private static void count(String field, Integer value, List<FieldError> errors) {
        if (value == null) {
            errors.add(new FieldError(field, Labels.text("error.required")));
        } else if (value < 0) {
            errors.add(new FieldError(field, Labels.text("error.notNegative")));
        }
    }

    private static void required(String field, Object value, List<FieldError> errors) {
        if (value == null) {
            errors.add(new FieldError(field, Labels.text("error.required")));
        }
    }
}
