package jp.sosportal.mail.entity;

import java.time.Duration;
import java.time.LocalDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import jp.sosportal.platform.BaseEntity;

/**
 * One mail in the outbox: written in the transaction of the change it reports, so a rolled-back change mails nobody;
 * then claimed, sent and marked by the cluster's one sender. A claim runs out after a while, so a mail whose sender
 * died mid-way is sent by the next one (with the same Message-ID, which lets a receiver see it is the same mail).
 */
@Entity
@Table(name = "mail_outbox")
@NamedQuery(name = OutboxMail.DUE, query = "select m from OutboxMail m where (m.status = jp.sosportal.mail.entity"
        + ".OutboxMail.Status.QUEUED and m.nextAttemptAt <= :now) or (m.status = jp.sosportal.mail.entity.OutboxMail"
        + ".Status.SENDING and m.claimedUntil < :now) order by m.nextAttemptAt, m.id")
@NamedQuery(name = OutboxMail.COUNT_BY_STATUS, query = "select m.status, count(m) from OutboxMail m group by m.status")
public class OutboxMail extends BaseEntity {

    public static final String DUE = "OutboxMail.due";
    public static final String COUNT_BY_STATUS = "OutboxMail.countByStatus";
    public static final int SUBJECT_LENGTH = 300;
    public static final int BODY_LENGTH = 20_000;
    /** A mail not sent after this long is given up as failed; the admin sees it in the outbox. */
    static final Duration GIVE_UP_AFTER = Duration.ofHours(48);
    private static final Duration LONGEST_RETRY = Duration.ofMinutes(30);

    public enum Status { QUEUED, SENDING, SENT, FAILED }

    @Column(nullable = false, length = 40)
    private String kind;

    @Column(nullable = false, length = 254)
    private String recipient;

    @Column(nullable = false, length = SUBJECT_LENGTH)
    private String subject;

    @Column(nullable = false, length = BODY_LENGTH)
    private String body;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Status status;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    private LocalDateTime nextAttemptAt;

    @Column(name = "claimed_until")
    private LocalDateTime claimedUntil;

    @Column(name = "sent_at")
    private LocalDateTime sentAt;

    @Column(name = "last_error", length = 1000)
    private String lastError;

    protected OutboxMail() {
    }

    public OutboxMail(String kind, String recipient, String subject, String body, LocalDateTime now) {
        this.kind = kind;
        this.recipient = recipient;
        this.subject = subject;
        this.body = body;
        this.status = Status.QUEUED;
        this.createdAt = now;
        this.nextAttemptAt = now;
    }

    /** Taken by a sender until {@code until}; the version check makes only one of two racing senders win. */
    public void claim(LocalDateTime until) {
        status = Status.SENDING;
        claimedUntil = until;
        attempts++;
    }

    public void sent(LocalDateTime now) {
        status = Status.SENT;
        sentAt = now;
        claimedUntil = null;
        lastError = null;
    }

    /** SMTP did not take it (down, busy): try again later, waiting twice as long each time, until 48 h have passed. */
    public void retryLater(String error, LocalDateTime now, Duration firstRetry) {
        lastError = truncate(error);
        claimedUntil = null;
        if (now.isAfter(createdAt.plus(GIVE_UP_AFTER))) {
            status = Status.FAILED;
            return;
        }
        status = Status.QUEUED;
        long factor = 1L << Math.min(attempts - 1, 10);
        Duration wait = firstRetry.multipliedBy(factor);
        nextAttemptAt = now.plus(wait.compareTo(LONGEST_RETRY) > 0 ? LONGEST_RETRY : wait);
    }

    /** SMTP refused it for good (an address that does not exist): no retry. */
    public void failed(String error) {
        status = Status.FAILED;
        claimedUntil = null;
        lastError = truncate(error);
    }

    /** The same for every attempt, so a receiver can tell a resend after a crash from a new mail. */
    public String messageId() {
        return "<outbox-" + getId() + "@sos-portal>";
    }

    private static String truncate(String error) {
        return error == null || error.length() <= 1000 ? error : error.substring(0, 1000);
    }

    public String getKind() {
        return kind;
    }

    public String getRecipient() {
        return recipient;
    }

    public String getSubject() {
        return subject;
    }

    public String getBody() {
        return body;
    }

    public Status getStatus() {
        return status;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    public int getAttempts() {
        return attempts;
    }

    public LocalDateTime getNextAttemptAt() {
        return nextAttemptAt;
    }

    public LocalDateTime getSentAt() {
        return sentAt;
    }

    public String getLastError() {
        return lastError;
    }
}
