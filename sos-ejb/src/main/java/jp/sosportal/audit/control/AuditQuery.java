package jp.sosportal.audit.control;

import java.time.LocalDate;

import jp.sosportal.audit.entity.AuditKind;

/**
 * The admin page's filters: a user (actor or subject, exact), a kind, a day range (inclusive); null means any.
 * Rows come newest first.
 */
public record AuditQuery(String user, AuditKind kind, LocalDate from, LocalDate to) {

    public static AuditQuery all() {
        return new AuditQuery(null, null, null, null);
    }

    public String trimmedUser() {
        return user == null || user.isBlank() ? null : user.trim();
    }
}
