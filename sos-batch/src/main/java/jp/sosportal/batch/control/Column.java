package jp.sosportal.batch.control;

import jp.sosportal.platform.Labels;

/**
 * A column of a survey CSV: the field name the survey rules use (as in API.md) and the Japanese header users
 * write, which is the survey form's own label.
 */
public enum Column {
    INSTITUTION_CODE("institutionCode", "batch.column.institutionCode"),
    DATE("date", "batch.column.date"),
    ANTIGEN_QUANTITATIVE_TESTS("antigenQuantitativeTests", "eligibility.field.antigenQuantitativeTests"),
    ANTIGEN_QUALITATIVE_TESTS("antigenQualitativeTests", "eligibility.field.antigenQualitativeTests"),
    INPATIENTS("inpatients", "eligibility.field.inpatients"),
    ACCEPTABLE_BEDS("acceptableBeds", "eligibility.field.acceptableBeds"),
    TESTING_INSTITUTION("testingInstitution", "eligibility.field.testingInstitution"),
    PCR_AVAILABLE("pcrAvailable", "eligibility.field.pcrAvailable"),
    ITEM("item", "batch.column.item"),
    OUTLOOK("outlook", "eligibility.field.outlook"),
    STOCK("stock", "batch.column.stock"),
    WEEKLY_USE("weeklyUse", "batch.column.weeklyUse"),
    PLANNED_PURCHASE("plannedPurchase", "batch.column.plannedPurchase");

    private final String field;
    private final String labelKey;

    Column(String field, String labelKey) {
        this.field = field;
        this.labelKey = labelKey;
    }

    public String field() {
        return field;
    }

    /** The header as written in the file, e.g. 「医療機関コード」. */
    public String label() {
        return Labels.text(labelKey);
    }

    /** The column a survey rule's field error is about ({@code items[0].stock} → 現在の在庫量). */
    public static String labelOfField(String field) {
        String bare = field == null ? "" : field.substring(field.lastIndexOf('.') + 1);
        for (Column column : values()) {
            if (column.field.equals(bare)) {
                return column.label();
            }
        }
        return "";
    }
}
