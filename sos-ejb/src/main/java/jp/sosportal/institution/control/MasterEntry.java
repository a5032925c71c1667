package jp.sosportal.institution.control;

import java.io.Serializable;

import jp.sosportal.institution.entity.InstitutionType;

/**
 * An institution as the master import checks it against the rest: stored, or as a row of the file would leave it.
 * {@code aggregatorCode} is the code of its とりまとめ団体, null when none.
 */
public record MasterEntry(String code, String name, InstitutionType type, String aggregatorCode, boolean active)
        implements Serializable {

    public Membership.Party party() {
        return new Membership.Party(code, name, type, active);
    }
}
