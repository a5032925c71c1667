package jp.sosportal.notification.boundary;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import jp.sosportal.calendar.boundary.Deadlines;
import jp.sosportal.institution.entity.Role;
import jp.sosportal.institution.entity.UserAccount;
import jp.sosportal.mail.boundary.Mailer;
import jp.sosportal.platform.ClusterDuties;
import jp.sosportal.platform.DatabaseMigration;
import jp.sosportal.platform.Labels;

/**
 * Once a business day from 13:05 (the application's clock; the minute after the cut-off), each prefecture reviewer
 * is mailed how many of their prefecture's requests wait for 都道府県確認, and each national reviewer how many
 * confirmed ones wait for 受付完了. The {@code reviewer-digest} duty row makes it once per day in the cluster, also
 * when a node restarts that afternoon. Nobody is mailed about an empty queue, nor a reviewer who turned it off.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class ReviewerDigest {

    public static final String KIND = "DIGEST";
    static final String DUTY = "reviewer-digest";
    static final LocalTime SEND_FROM = LocalTime.of(13, 5);
    private static final Logger LOG = Logger.getLogger(ReviewerDigest.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Deadlines deadlines;

    @Inject
    ClusterDuties duties;

    @Inject
    DatabaseMigration migration;

    @Inject
    Mailer mailer;

    @Inject
    @ConfigProperty(name = "sos.base-url")
    String baseUrl;

    @Schedule(hour = "*", minute = "*", persistent = false)
    void tick() {
        if (!migration.isMigrated()) {
            return; // started while the database was down
        }
        LocalDateTime now = LocalDateTime.now(clock);
        try {
            if (deadlines.isBusinessDay(now.toLocalDate()) && !now.toLocalTime().isBefore(SEND_FROM)
                    && duties.claimUntil(DUTY, now.toLocalDate().plusDays(1).atStartOfDay())) {
                LOG.info(() -> "Reviewer digest of " + now.toLocalDate() + ": " + send() + " mails");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Reviewer digest not sent, next try in a minute: {0}", e.getMessage());
        }
    }

    /** Mails every reviewer with a queue now (the timer's work, also for tests); returns how many mails were queued. */
    public int send() {
        Map<String, Long> waitingByPrefecture = new HashMap<>();
        em.createQuery("select i.prefecture.code, count(r) from SupplyRequest r join r.institution i"
                        + " where r.status = jp.sosportal.request.entity.RequestStatus.UNDER_REVIEW"
                        + " and r.prefectureConfirmedAt is null group by i.prefecture.code", Object[].class)
                .getResultList().forEach(row -> waitingByPrefecture.put((String) row[0], (Long) row[1]));
        long waitingForNation = em.createQuery("select count(r) from SupplyRequest r"
                + " where r.status = jp.sosportal.request.entity.RequestStatus.UNDER_REVIEW"
                + " and r.prefectureConfirmedAt is not null", Long.class).getSingleResult();
        int sent = 0;
        for (UserAccount reviewer : em.createNamedQuery(UserAccount.REVIEWERS, UserAccount.class).getResultList()) {
            long waiting = reviewer.getRole() == Role.NATIONAL ? waitingForNation
                    : waitingByPrefecture.getOrDefault(reviewer.getPrefecture().getCode(), 0L);
            if (waiting > 0 && reviewer.hasMailFor(KIND)) {
                String queue = Labels.text("mail.digest." + reviewer.getRole() + ".queue");
                mailer.send(KIND, reviewer.getMail(), Labels.text("mail.digest.subject", queue, waiting),
                        Labels.text("mail.digest.body", reviewer.getContactName() == null ? "" : reviewer.getContactName(),
                                queue, waiting, baseUrl + "/review/requests.xhtml"));
                sent++;
            }
        }
        return sent;
    }
}
