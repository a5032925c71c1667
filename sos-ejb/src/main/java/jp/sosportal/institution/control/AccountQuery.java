package jp.sosportal.institution.control;

import java.io.Serializable;
import java.util.Map;

import jp.sosportal.institution.entity.Role;

/**
 * The filters and the order of the system admin's accounts table. {@code text} matches the start of the user
 * name or part of 担当者名 or the mail address; null filters match everything.
 */
public record AccountQuery(String text, Role role, String institutionCode, String prefectureCode, Boolean enabled,
                           Boolean locked, String sortField, boolean ascending) implements Serializable {

    /** The columns the table may sort by, and their JPQL path: nothing a client sends reaches the query itself. */
    public static final Map<String, String> SORTS = Map.of(
            "username", "a.username", "contactName", "a.contactName", "role", "a.role", "mail", "a.mail",
            "enabled", "a.enabled", "lastLoginAt", "a.lastLoginAt");

    public static AccountQuery all() {
        return new AccountQuery(null, null, null, null, null, null, null, true);
    }

    public String orderBy() {
        String path = sortField == null ? "a.username" : SORTS.getOrDefault(sortField, "a.username");
        String direction = ascending ? " asc" : " desc";
        return path.equals("a.username") ? path + direction : path + direction + ", a.username";
    }

    public String trimmedText() {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
