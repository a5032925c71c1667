package jp.sosportal.batch.control;

import java.util.List;

import jp.sosportal.institution.control.InstitutionInput;
import jp.sosportal.institution.control.MasterEntry;

/**
 * One record of a master file as parsed: its line, the institution's fields (a type or prefecture word that could
 * not be read is missing, with its reason among the errors), the code of its とりまとめ団体 (null: none), whether it
 * is active, and the cells refused so far.
 */
public record MasterRow(long line, InstitutionInput input, String aggregatorCode, boolean active,
                        List<CellError> errors) {

    public MasterRow {
        errors = List.copyOf(errors);
    }

    /** The institution as this row would leave it. */
    public MasterEntry entry() {
        return new MasterEntry(input.code(), input.name(), input.type(), aggregatorCode, active);
    }
}
