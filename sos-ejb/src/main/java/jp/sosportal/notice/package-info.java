/**
 * お知らせ and よくあるご質問: the announcements with their publication dates and the FAQ that the login page and
 * the help pages show, and the help desk's phone and hours (settings). Content lives in the database, so a
 * system admin can change it without a release.
 */
package jp.sosportal.notice;
