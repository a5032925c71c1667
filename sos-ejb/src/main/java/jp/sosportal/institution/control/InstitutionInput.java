package jp.sosportal.institution.control;

import java.io.Serializable;

import jp.sosportal.institution.entity.InstitutionType;

/**
 * What the admin types (or a master CSV row holds) for one institution: the code, which is its key, and the
 * fields of the master. Blank phone and address mean none.
 */
public record InstitutionInput(String code, String name, InstitutionType type, String prefectureCode, String phone,
                               String address) implements Serializable {

    /** The values to store: without surrounding blanks, blanks as null where a value may be missing. */
    public InstitutionInput normalized() {
        return new InstitutionInput(strip(code), strip(name), type, strip(prefectureCode), blankAsNull(phone),
                blankAsNull(address));
    }

    private static String strip(String value) {
        return value == null ? "" : value.strip();
    }

    private static String blankAsNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
