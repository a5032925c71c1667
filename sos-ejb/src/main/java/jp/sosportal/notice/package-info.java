/**
 * お知らせ, よくあるご質問 and 医療機関用マニュアル: the announcements, FAQ entries and manuals (links or uploaded
 * PDFs kept in the database) that the login page and the help pages show while their publication period runs by the
 * injected clock, and the help desk's phone and hours (settings). Content lives in the database, so the system admin
 * keeps it from the admin pages ({@link jp.sosportal.notice.boundary.NoticeAdministration}) without a release.
 */
package jp.sosportal.notice;
