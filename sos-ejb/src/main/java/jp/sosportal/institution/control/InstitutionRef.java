package jp.sosportal.institution.control;

import java.io.Serializable;

/**
 * An institution of the master as bulk loads need it: its key, the code of the とりまとめ団体 it belongs to
 * (null when none), which decides whether an aggregator may load its surveys, and whether it is active (a
 * deactivated institution's rows are refused).
 */
public record InstitutionRef(long id, String code, String aggregatorCode, boolean active) implements Serializable {

    public InstitutionRef(long id, String code, String aggregatorCode) {
        this(id, code, aggregatorCode, true);
    }
}
