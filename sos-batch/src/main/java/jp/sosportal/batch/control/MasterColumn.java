package jp.sosportal.batch.control;

import jp.sosportal.platform.Labels;

/**
 * A column of the 医療機関マスタ CSV, in the order the export writes them: the field name the master's rules use
 * ({@code InstitutionValidation}) and the Japanese header (README「医療機関マスタの取込」).
 */
public enum MasterColumn {
    CODE("code"), NAME("name"), TYPE("type"), PREFECTURE("prefecture"), AGGREGATOR("aggregator"),
    ADDRESS("address"), PHONE("phone"), ACTIVE("active");

    private final String field;

    MasterColumn(String field) {
        this.field = field;
    }

    public String field() {
        return field;
    }

    /** The header as written in the file, e.g. 「医療機関コード」. */
    public String label() {
        return Labels.text("institution.column." + field);
    }

    /** The column a rule's field error is about; null when none is. */
    public static MasterColumn ofField(String field) {
        for (MasterColumn column : values()) {
            if (column.field.equals(field)) {
                return column;
            }
        }
        return null;
    }
}
