package jp.sosportal.institution.control;

import java.io.Serializable;

/**
 * An institution of the master as bulk loads need it: its key, and the code of the とりまとめ団体 it belongs to
 * (null when none), which decides whether an aggregator may load its surveys.
 */
public record InstitutionRef(long id, String code, String aggregatorCode) implements Serializable {
}
