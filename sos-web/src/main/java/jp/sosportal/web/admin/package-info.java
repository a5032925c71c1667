/**
 * The system admin's pages under {@code /admin/} (role SYSTEM_ADMIN, enforced by web.xml and again by each
 * boundary): the home's counts ({@code AdminHome}), the 医療機関マスタ — its lazy table and CSV export ({@code InstitutionsPage}), one
 * institution with its とりまとめ団体 members ({@code InstitutionPage}) and the master CSV import
 * ({@code InstitutionImportPage}) — accounts and their bulk creation ({@code AccountsPage},
 * {@code AccountBulkPage}), announcements, FAQ and manuals ({@code NoticesPage}, {@code ManualsPage}), the audit
 * trail with its filters and CSV export ({@code AuditPage}), the holiday list upload ({@code HolidaysPage}) and the
 * mail outbox ({@code OutboxPage}); one backing bean per page, each calling the boundary of the component that owns
 * the data.
 */
package jp.sosportal.web.admin;
