package jp.sosportal.mail.boundary;

import java.time.Clock;
import java.time.LocalDateTime;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import jp.sosportal.mail.entity.OutboxMail;

/**
 * Sends plain-text Japanese mail: puts it in the outbox in the caller's transaction, so it goes out only if the
 * change it reports is committed, and exactly when SMTP takes it ({@link OutboxSender}). A page answers as fast
 * whether a mail goes out or not, so it tells nobody which users exist.
 */
@Stateless
public class Mailer {

    /** Mails about the account itself (password reset, mail change): never turned off. */
    public static final String ACCOUNT = "ACCOUNT";

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    public void send(String to, String subject, String text) {
        send(ACCOUNT, to, subject, text);
    }

    /** @param kind what the mail is about, so the outbox page can say so (and users may turn some kinds off) */
    public void send(String kind, String to, String subject, String text) {
        em.persist(new OutboxMail(kind, to, subject, text, LocalDateTime.now(clock)));
    }
}
