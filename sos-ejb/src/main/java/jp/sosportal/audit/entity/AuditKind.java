package jp.sosportal.audit.entity;

import jp.sosportal.platform.Labels;

/** What an audit event records; the label is what the admin page and the CSV show. */
public enum AuditKind {
    LOGIN_SUCCEEDED, LOGIN_FAILED, LOGIN_THROTTLED,
    SESSION_ENDED,
    PASSWORD_RESET_REQUESTED, PASSWORD_RESET_THROTTLED, PASSWORD_RESET,
    PASSWORD_CHANGED, MAIL_CHANGED, ACCOUNT_CHANGED, ROLE_CHANGED,
    REVIEW_CONFIRMED, REVIEW_ACCEPTED, REVIEW_RETURNED,
    DISTRIBUTION_PLANNED, DISTRIBUTION_SHIPPED, DISTRIBUTION_RECEIVED,
    BATCH_STARTED;

    public String label() {
        return Labels.of(this);
    }
}
