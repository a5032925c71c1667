package jp.sosportal.institution.control;

import java.io.Serializable;

/**
 * A row of a master CSV that the import's checks accepted, ready to be merged into the master by its code: the
 * institution's fields, the code of its とりまとめ団体 (null: none) and whether it is active.
 */
public record MasterLine(long line, InstitutionInput input, String aggregatorCode, boolean active)
        implements Serializable {
}
