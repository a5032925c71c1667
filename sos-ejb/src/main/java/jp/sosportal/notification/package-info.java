/**
 * Telling people without their logging in to look: {@code boundary.StatusMails} mails an institution's staff when
 * something happens to one of its requests (受付, エラー有り, 都道府県確認済, 受付完了, 差戻し, 配布予定, 発送済), and
 * {@code boundary.ReviewerDigest} mails reviewers once a business day at 13:05 how many requests wait for them. Both
 * write through the mail outbox, in the transaction of what they report; templates are in the labels bundle.
 */
package jp.sosportal.notification;
