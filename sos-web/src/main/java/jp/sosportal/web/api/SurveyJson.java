package jp.sosportal.web.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import jakarta.json.JsonValue;

import jp.sosportal.platform.FieldError;
import jp.sosportal.platform.InvalidInputException;
import jp.sosportal.platform.Labels;
import jp.sosportal.survey.control.DailyInput;
import jp.sosportal.survey.control.WeeklyItemInput;
import jp.sosportal.survey.entity.DailySurvey;
import jp.sosportal.survey.entity.WeeklySurvey;

/**
 * Survey answers as API.md shows them. Numbers arrive as decimals and flags as JSON values so that 1.5 or
 * {@code "maybe"} is refused by name, not by JSON-B (which would read {@code "maybe"} as false).
 */
public final class SurveyJson {

    private SurveyJson() {
    }

    /** PUT …/daily-surveys/{date}. */
    public record DailyBody(BigDecimal antigenQuantitativeTests, BigDecimal antigenQualitativeTests,
                            BigDecimal inpatients, BigDecimal acceptableBeds, JsonValue testingInstitution,
                            JsonValue pcrAvailable) {

        DailyInput toInput() {
            List<FieldError> errors = new ArrayList<>();
            DailyInput input = new DailyInput(Params.whole("antigenQuantitativeTests", antigenQuantitativeTests, errors),
                    Params.whole("antigenQualitativeTests", antigenQualitativeTests, errors),
                    Params.whole("inpatients", inpatients, errors),
                    Params.whole("acceptableBeds", acceptableBeds, errors),
                    Params.flag("testingInstitution", testingInstitution, errors),
                    Params.flag("pcrAvailable", pcrAvailable, errors));
            refuseIf(errors);
            return input;
        }
    }

    /** PUT …/weekly-surveys/{date}. */
    public record WeeklyBody(List<ItemBody> items) {

        List<WeeklyItemInput> toInput() {
            List<FieldError> errors = new ArrayList<>();
            List<WeeklyItemInput> inputs = new ArrayList<>();
            List<ItemBody> rows = items == null ? List.of() : items;
            for (int i = 0; i < rows.size(); i++) {
                if (rows.get(i) == null) {
                    errors.add(new FieldError("items[" + i + "]", Labels.text("error.required")));
                } else {
                    inputs.add(rows.get(i).toInput("items[" + i + "].", errors));
                }
            }
            refuseIf(errors);
            return inputs;
        }
    }

    public record ItemBody(String item, String outlook, BigDecimal stock, BigDecimal weeklyUse,
                           BigDecimal plannedPurchase) {

        WeeklyItemInput toInput(String prefix, List<FieldError> errors) {
            return new WeeklyItemInput(item, outlook, Params.whole(prefix + "stock", stock, errors),
                    Params.whole(prefix + "weeklyUse", weeklyUse, errors),
                    Params.whole(prefix + "plannedPurchase", plannedPurchase, errors));
        }
    }

    public record Daily(String institutionCode, LocalDate date, int antigenQuantitativeTests,
                        int antigenQualitativeTests, int inpatients, int acceptableBeds, boolean testingInstitution,
                        boolean pcrAvailable, OffsetDateTime answeredAt, String answeredBy) {

        static Daily of(DailySurvey d) {
            var v = d.getValues();
            return new Daily(d.getInstitution().getCode(), d.getSurveyDate(), v.getAntigenQuantitativeTests(),
                    v.getAntigenQualitativeTests(), v.getInpatients(), v.getAcceptableBeds(),
                    v.isTestingInstitution(), v.isPcrAvailable(), RequestJson.tokyo(d.getAnsweredAt()),
                    d.getAnsweredBy());
        }
    }

    public record Weekly(String institutionCode, LocalDate date, List<Item> items, OffsetDateTime answeredAt,
                         String answeredBy) {

        static Weekly of(WeeklySurvey w) {
            return new Weekly(w.getInstitution().getCode(), w.getSurveyDate(), w.getItems().stream()
                    .map(i -> new Item(i.getItemCode(), i.getOutlook().name(), i.getStock(), i.getWeeklyUse(),
                            i.getPlannedPurchase(), i.daysOnHand().isPresent() ? i.daysOnHand().getAsInt() : null,
                            i.isOutlookMismatch()))
                    .toList(), RequestJson.tokyo(w.getAnsweredAt()), w.getAnsweredBy());
        }
    }

    /** {@code outlookMismatch}: the outlook contradicts {@code daysOnHand} (recorded, never refused). */
    public record Item(String item, String outlook, int stock, int weeklyUse, int plannedPurchase,
                       Integer daysOnHand, boolean outlookMismatch) {
    }

    private static void refuseIf(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw InvalidInputException.invalid(errors);
        }
    }
}
