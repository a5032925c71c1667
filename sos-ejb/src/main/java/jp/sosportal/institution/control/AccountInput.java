package jp.sosportal.institution.control;

import java.io.Serializable;

import jp.sosportal.institution.entity.Role;

/**
 * An account as the system admin gives it: the user name (fixed once created), 担当者名, メールアドレス, the role
 * and what the role is tied to — an institution code for STAFF, a prefecture code for PREFECTURE, nothing else.
 */
public record AccountInput(String username, String contactName, String mail, Role role, String institutionCode,
                           String prefectureCode) implements Serializable {

    /** A row of the bulk CSV: a staff account of the institution with this code. */
    public static AccountInput staff(String institutionCode, String username, String contactName, String mail) {
        return new AccountInput(username, contactName, mail, Role.STAFF, institutionCode, null);
    }

    public Profile profile() {
        return new Profile(contactName, mail);
    }

    public String trimmedUsername() {
        return trimmed(username);
    }

    public String trimmedInstitutionCode() {
        return trimmed(institutionCode);
    }

    public String trimmedPrefectureCode() {
        return trimmed(prefectureCode);
    }

    private static String trimmed(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
