package jp.sosportal.mail.boundary;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import jp.sosportal.mail.entity.OutboxMail;

/**
 * The outbox's transactions: claiming due mails and recording each delivery, each in a transaction of its own so
 * that a slow SMTP server never holds a database transaction open; and what the system admin sees of it.
 */
@Stateless
public class Outbox {

    /** What a sender needs to deliver one claimed mail, detached from the persistence context. */
    public record Claimed(long id, String messageId, String recipient, String subject, String body) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "sos.mail.first-retry-seconds")
    long firstRetrySeconds;

    /** Claims up to {@code max} due mails for {@code claim}; a second sender racing for them loses on the version. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public List<Claimed> claimDue(int max, Duration claim) {
        LocalDateTime now = now();
        List<OutboxMail> due = em.createNamedQuery(OutboxMail.DUE, OutboxMail.class).setParameter("now", now)
                .setMaxResults(max).getResultList();
        due.forEach(mail -> mail.claim(now.plus(claim)));
        em.flush();
        return due.stream().map(m -> new Claimed(m.getId(), m.messageId(), m.getRecipient(), m.getSubject(),
                m.getBody())).toList();
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void sent(long id) {
        em.find(OutboxMail.class, id).sent(now());
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void notSent(long id, String error, boolean permanent) {
        OutboxMail mail = em.find(OutboxMail.class, id);
        if (permanent) {
            mail.failed(error);
        } else {
            mail.retryLater(error, now(), Duration.ofSeconds(firstRetrySeconds));
        }
    }

    /** True when the newest mail to this address was refused by SMTP for good (a bounce). */
    @RolesAllowed({"STAFF", "PREFECTURE", "NATIONAL", "BATCH_ADMIN", "SYSTEM_ADMIN"})
    public boolean lastFailedFor(String recipient) {
        return em.createQuery("select m.status from OutboxMail m where m.recipient = :recipient"
                        + " and m.status in (jp.sosportal.mail.entity.OutboxMail.Status.SENT,"
                        + " jp.sosportal.mail.entity.OutboxMail.Status.FAILED) order by m.createdAt desc, m.id desc",
                        OutboxMail.Status.class)
                .setParameter("recipient", recipient).setMaxResults(1).getResultStream()
                .anyMatch(status -> status == OutboxMail.Status.FAILED);
    }

    /** The newest mails first, optionally of one status. */
    @RolesAllowed("SYSTEM_ADMIN")
    public List<OutboxMail> latest(OutboxMail.Status status, int max) {
        var query = status == null
                ? em.createQuery("select m from OutboxMail m order by m.createdAt desc, m.id desc", OutboxMail.class)
                : em.createQuery("select m from OutboxMail m where m.status = :status"
                        + " order by m.createdAt desc, m.id desc", OutboxMail.class).setParameter("status", status);
        return query.setMaxResults(max).getResultList();
    }

    @RolesAllowed("SYSTEM_ADMIN")
    public Map<OutboxMail.Status, Long> countsByStatus() {
        Map<OutboxMail.Status, Long> counts = new EnumMap<>(OutboxMail.Status.class);
        for (OutboxMail.Status status : OutboxMail.Status.values()) {
            counts.put(status, 0L);
        }
        em.createNamedQuery(OutboxMail.COUNT_BY_STATUS, Object[].class).getResultList()
                .forEach(row -> counts.put((OutboxMail.Status) row[0], (Long) row[1]));
        return counts;
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }
}
