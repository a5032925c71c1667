package jp.sosportal.batch.control;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jp.sosportal.institution.control.InstitutionRef;
import jp.sosportal.platform.FieldError;
import jp.sosportal.platform.Labels;
import jp.sosportal.survey.control.SurveyValidation;
import jp.sosportal.survey.control.WeeklyItemInput;
import jp.sosportal.survey.entity.Outlook;
import jp.sosportal.survey.entity.OutlookBands;

/**
 * Decides whether a parsed row may be loaded: the cells could be read, the survey rules accept the answer (the
 * same {@link SurveyValidation} as the pages and the API), the institution is in the master and, for a
 * とりまとめ団体's upload, it is one of its members (or the aggregator itself).
 */
public final class RowCheck {

    private final LocalDate today;
    private final Map<String, String> itemNames;
    private final Map<String, InstitutionRef> institutions;
    private final String aggregatorCode;
    private final String aggregatorName;

    /**
     * {@code aggregatorCode} and {@code aggregatorName} name the uploading とりまとめ団体; both null when a batch
     * admin loads for any institution.
     */
    public RowCheck(LocalDate today, Map<String, String> itemNames, Map<String, InstitutionRef> institutions,
                    String aggregatorCode, String aggregatorName) {
        this.today = today;
        this.itemNames = itemNames;
        this.institutions = institutions;
        this.aggregatorCode = aggregatorCode;
        this.aggregatorName = aggregatorName;
    }

    /** Every reason to refuse the row; empty when it may be loaded. */
    public List<CellError> errors(SurveyRow row) {
        List<CellError> errors = new ArrayList<>(row.errors());
        if (row.institutionCode() == null) {
            return errors; // the row could not even be split into its columns
        }
        List<FieldError> ruleErrors = ruleErrors(row);
        Set<String> refused = ruleErrors.isEmpty() ? Set.of()
                : errors.stream().map(CellError::column).collect(Collectors.toSet());
        for (FieldError error : ruleErrors) {
            String column = Column.labelOfField(error.field());
            if (!refused.contains(column)) {
                errors.add(new CellError(column, valueOf(row, error.field()), error.message()));
            }
        }
        if (!row.institutionCode().isEmpty()) {
            institutionError(row.institutionCode()).ifPresent(errors::add);
        }
        return errors;
    }

    /**
     * Lines of the report that do not refuse the row: a weekly answer whose outlook contradicts its own stock and
     * use ({@link OutlookBands}) is loaded, flagged, and listed as a warning.
     */
    public List<CellError> warnings(SurveyRow row) {
        WeeklyItemInput weekly = row.weekly();
        if (weekly == null) {
            return List.of();
        }
        return OutlookBands.contradiction(outlook(weekly.outlook()), weekly.stock(), weekly.weeklyUse()).stream()
                .mapToObj(days -> new CellError(Column.OUTLOOK.label(), outlook(weekly.outlook()).label(),
                        Labels.text("batch.row.outlookMismatch", String.valueOf(days),
                                outlook(weekly.outlook()).label())))
                .toList();
    }

    private static Outlook outlook(String code) {
        return Outlook.valueOf(code); // only rows without errors are asked, and those have a known outlook
    }

    public InstitutionRef institution(String code) {
        return institutions.get(code);
    }

    private List<FieldError> ruleErrors(SurveyRow row) {
        // A refused date cell is reported once, by the parser, not again as "required" by the rules.
        LocalDate date = row.date() == null ? LocalDate.MIN : row.date();
        return row.daily() != null ? SurveyValidation.daily(date, today, row.daily())
                : SurveyValidation.weekly(date, today, List.of(row.weekly()), itemNames);
    }

    private Optional<CellError> institutionError(String code) {
        InstitutionRef institution = institutions.get(code);
        if (institution == null) {
            return Optional.of(new CellError(Column.INSTITUTION_CODE.label(), code,
                    Labels.text("batch.row.unknownInstitution", code)));
        }
        if (!institution.active()) {
            return Optional.of(new CellError(Column.INSTITUTION_CODE.label(), code,
                    Labels.text("batch.row.inactiveInstitution", code)));
        }
        if (aggregatorCode != null && !aggregatorCode.equals(code)
                && !aggregatorCode.equals(institution.aggregatorCode())) {
            return Optional.of(new CellError(Column.INSTITUTION_CODE.label(), code,
                    Labels.text("batch.row.notMember", code, aggregatorName)));
        }
        return Optional.empty(); // the usual case: no message looked up
    }

    private static String valueOf(SurveyRow row, String field) {
        String bare = field.substring(field.lastIndexOf('.') + 1);
        if (bare.equals("date")) {
            return String.valueOf(row.date());
        }
        Object value = row.daily() != null ? component(row.daily(), bare) : component(row.weekly(), bare);
        return value == null ? "" : value.toString();
    }

    private static Object component(Record record, String name) {
        for (var component : record.getClass().getRecordComponents()) {
            if (component.getName().equals(name)) {
                try {
                    return component.getAccessor().invoke(record);
                } catch (ReflectiveOperationException e) {
                    return null;
                }
            }
        }
        return null;
    }
}
