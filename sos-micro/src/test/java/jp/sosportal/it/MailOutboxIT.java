package jp.sosportal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;

import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import jp.sosportal.mail.boundary.Mailer;
import jp.sosportal.mail.boundary.Outbox;
import jp.sosportal.mail.boundary.OutboxSender;
import jp.sosportal.mail.entity.OutboxMail;
import jp.sosportal.platform.ClusterDuties;

/**
 * The mail outbox on the real schema: a mail is a row of the change's transaction, two senders never claim the same
 * mail, and a mail SMTP did not take waits for a retry with SMTP's answer kept. (No SMTP server listens for this
 * deployment, so every delivery here fails as when the mail server is down.)
 */
@ExtendWith(ArquillianExtension.class)
class MailOutboxIT {


    @PersistenceContext
    EntityManager em;

    @Resource
    UserTransaction tx;

    @Inject
    Mailer mailer;

    @Inject
    Outbox outbox;

    @Inject
    OutboxSender sender;

    @Inject
    ClusterDuties duties;

    @Inject
    Clock clock;

    @Test
    void aMailIsQueuedOnlyWhenTheChangeItReportsCommits() throws Exception {
        String rolledBack = unique("rolled-back");
        tx.begin();
        mailer.send(rolledBack, "件名", "本文");
        tx.rollback();
        assertEquals(0, mailsTo(rolledBack).size());

        String committed = unique("committed");
        tx.begin();
        mailer.send(committed, "件名", "本文");
        tx.commit();
        List<OutboxMail> queued = mailsTo(committed);
        assertEquals(1, queued.size());
        assertEquals(Mailer.ACCOUNT, queued.get(0).getKind());
    }

    /** Two senders racing for the same due mails: each mail goes to one of them (or to the node's own timer). */
    @Test
    void twoSendersNeverClaimTheSameMail() throws Exception {
        String prefix = "race-" + UUID.randomUUID();
        tx.begin();
        for (int i = 0; i < 40; i++) {
            mailer.send(prefix + "-" + i + "@example.jp", "件名", "本文");
        }
        tx.commit();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Callable<List<Long>> claimAll = () -> {
                List<Long> ids = new ArrayList<>();
                for (int round = 0; round < 10; round++) {
                    try {
                        outbox.claimDue(7, Duration.ofMinutes(5)).forEach(claimed -> ids.add(claimed.id()));
                    } catch (RuntimeException lostTheRace) {
                        // the other sender committed its claim of these rows first
                    }
                }
                return ids;
            };
            Future<List<Long>> first = pool.submit(claimAll);
            Future<List<Long>> second = pool.submit(claimAll);
            Set<Long> both = new HashSet<>(first.get());
            both.retainAll(second.get());
            assertEquals(Set.of(), both);
        } finally {
            pool.shutdown();
        }
        List<OutboxMail> raced = mailsTo(prefix + "-%");
        assertEquals(40, raced.size());
        assertTrue(raced.stream().allMatch(mail -> mail.getAttempts() == 1), "claimed once each: " + attempts(raced));
    }

    @Test
    void aMailSmtpDidNotTakeWaitsForARetryWithTheServersAnswer() throws Exception {
        String to = unique("retry");
        tx.begin();
        mailer.send(to, "件名", "本文");
        tx.commit();
        sender.sendDue();
        OutboxMail mail = mailsTo(to).get(0);
        assertEquals(OutboxMail.Status.QUEUED, mail.getStatus());
        assertTrue(mail.getAttempts() >= 1);
        assertNotNull(mail.getLastError());
        assertTrue(mail.getNextAttemptAt().isAfter(LocalDateTime.now(clock).minusSeconds(1)), "retried later, not now");
    }

    @Test
    void aDutyIsHeldByOneNodeUntilItsLeaseRunsOut() throws Exception {
        String duty = "test-" + UUID.randomUUID().toString().substring(0, 8);
        tx.begin();
        em.createNativeQuery("insert into cluster_duty (name, holder, lease_until) values (?1, 'other-node', ?2)")
                .setParameter(1, duty).setParameter(2, LocalDateTime.now(clock).plusMinutes(5)).executeUpdate();
        tx.commit();
        assertEquals(false, duties.hold(duty, Duration.ofSeconds(30)));
        tx.begin();
        em.createNativeQuery("update cluster_duty set lease_until = ?1 where name = ?2")
                .setParameter(1, LocalDateTime.now(clock).minusSeconds(1)).setParameter(2, duty).executeUpdate();
        tx.commit();
        assertTrue(duties.hold(duty, Duration.ofSeconds(30)));
        assertTrue(duties.hold(duty, Duration.ofSeconds(30)), "the holder renews its own lease");
    }

    /** Issue 16: contenders for a period's duty (the open-data refresh, the digest): exactly one takes it. */
    @Test
    void aPeriodsDutyGoesToOneOfManyContenders() throws Exception {
        String duty = "test-" + UUID.randomUUID().toString().substring(0, 8);
        tx.begin();
        em.createNativeQuery("insert into cluster_duty (name, holder, lease_until) values (?1, null, ?2)")
                .setParameter(1, duty).setParameter(2, LocalDateTime.now(clock).minusSeconds(1)).executeUpdate();
        tx.commit();
        LocalDateTime until = LocalDateTime.now(clock).plusMinutes(5);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> contenders = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                contenders.add(pool.submit(() -> {
                    try {
                        return duties.claimUntil(duty, until);
                    } catch (RuntimeException lostTheRace) {
                        return false; // the row was locked by the winner's update
                    }
                }));
            }
            int taken = 0;
            for (Future<Boolean> contender : contenders) {
                taken += contender.get() ? 1 : 0;
            }
            assertEquals(1, taken);
            assertEquals(false, duties.claimUntil(duty, until), "taken for the period");
        } finally {
            pool.shutdown();
        }
    }

    private List<OutboxMail> mailsTo(String recipient) {
        em.getEntityManagerFactory().getCache().evictAll();
        return em.createQuery("select m from OutboxMail m where m.recipient like :to order by m.id", OutboxMail.class)
                .setParameter("to", recipient).getResultList();
    }

    private static List<Integer> attempts(List<OutboxMail> mails) {
        return Collections.unmodifiableList(mails.stream().map(OutboxMail::getAttempts).toList());
    }

    private static String unique(String what) {
        return what + "-" + UUID.randomUUID() + "@example.jp";
    }
}
