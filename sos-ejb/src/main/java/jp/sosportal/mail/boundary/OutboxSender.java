package jp.sosportal.mail.boundary;

import java.time.Clock;
import java.time.Duration;
import java.util.Date;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import jp.sosportal.mail.control.SmtpServer;
import jp.sosportal.platform.ClusterDuties;
import jp.sosportal.platform.DatabaseMigration;

/**
 * The cluster's one mail sender: every few seconds the node that holds the {@code mail-outbox} duty claims the due
 * mails and hands each to SMTP, outside any transaction. SMTP down: each mail waits twice as long as before (from
 * {@code sos.mail.first-retry-seconds}, at most 30 min) and is given up after 48 h; SMTP refusing the address: failed
 * at once. Both show on the admin's outbox page with SMTP's reply.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class OutboxSender {

    static final String DUTY = "mail-outbox";
    private static final Duration LEASE = Duration.ofSeconds(30);
    /** Long enough for a batch of slow SMTP answers (10 s timeouts); a dead sender's claims run out after it. */
    private static final Duration CLAIM = Duration.ofMinutes(5);
    private static final int BATCH = 50;
    private static final Logger LOG = Logger.getLogger(OutboxSender.class.getName());

    @Inject
    ClusterDuties duties;

    @Inject
    DatabaseMigration migration;

    @Inject
    Outbox outbox;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "sos.mail.host")
    String host;

    @Inject
    @ConfigProperty(name = "sos.mail.port")
    int port;

    @Inject
    @ConfigProperty(name = "sos.mail.from")
    String from;

    private SmtpServer smtp;
    private final AtomicBoolean sending = new AtomicBoolean();

    @PostConstruct
    void connect() {
        smtp = new SmtpServer(host, port, from);
    }

    @Schedule(hour = "*", minute = "*", second = "*/5", persistent = false)
    void tick() {
        if (!migration.isMigrated()) {
            return; // started while the database was down: nothing to send before it is there
        }
        if (!sending.compareAndSet(false, true)) {
            return; // the last round is still talking to a slow SMTP server
        }
        try {
            if (duties.hold(DUTY, LEASE)) {
                sendDue();
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Mail outbox round failed, next round in 5 s: {0}", e.getMessage());
        } finally {
            sending.set(false);
        }
    }

    /** Sends what is due now; returns how many SMTP took. */
    public int sendDue() {
        int sent = 0;
        for (List<Outbox.Claimed> claimed = outbox.claimDue(BATCH, CLAIM); !claimed.isEmpty();
                claimed = outbox.claimDue(BATCH, CLAIM)) {
            for (Outbox.Claimed mail : claimed) {
                sent += deliver(mail) ? 1 : 0;
            }
        }
        return sent;
    }

    @PreDestroy
    void stop() {
        try {
            duties.release(DUTY);
        } catch (RuntimeException e) {
            LOG.fine(() -> "Lease not released at shutdown: " + e.getMessage());
        }
    }

    private boolean deliver(Outbox.Claimed mail) {
        try {
            smtp.send(mail.messageId(), mail.recipient(), mail.subject(), mail.body(), Date.from(clock.instant()));
            outbox.sent(mail.id());
            return true;
        } catch (SmtpServer.DeliveryFailed e) {
            LOG.log(Level.WARNING, "Mail {0} to {1} not sent ({2}): {3}", new Object[] {mail.id(), mail.recipient(),
                    e.isPermanent() ? "refused" : "will retry", e.getMessage()});
            outbox.notSent(mail.id(), e.getMessage(), e.isPermanent());
            return false;
        }
    }
}
