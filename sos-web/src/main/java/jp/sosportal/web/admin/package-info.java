/**
 * The system admin's pages (role SYSTEM_ADMIN, {@code /admin/*}): today the audit trail — who logged in, failed,
 * was throttled, reset a password, moved a request or ran a batch, from which address — with filters and a CSV
 * export. Later issues add account management here.
 */
package jp.sosportal.web.admin;
