/**
 * Mail through a transactional outbox: {@code boundary.Mailer} writes a mail as a row in the caller's transaction
 * (a rolled-back change mails nobody), {@code boundary.OutboxSender} — on the one node holding the cluster duty —
 * hands due mails to SMTP with retries and backoff ({@code control.SmtpServer}), and {@code boundary.Outbox} keeps
 * the claims and results and shows them to the system admin. A mail is sent once; only a sender that dies between
 * SMTP's answer and recording it sends that mail again, with the same Message-ID.
 */
package jp.sosportal.mail;
