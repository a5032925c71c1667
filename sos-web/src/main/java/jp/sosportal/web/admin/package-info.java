/**
 * The system admin's pages under {@code /admin/} (role SYSTEM_ADMIN, enforced by web.xml and again by each
 * boundary): the holiday list upload ({@code HolidaysPage}) and the mail outbox ({@code OutboxPage}); one backing
 * bean per page, each calling the boundary of the component that owns the data.
 */
package jp.sosportal.web.admin;
