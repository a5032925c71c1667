package jp.sosportal.reporting.boundary;

import java.time.Clock;
import java.time.LocalDate;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import jp.sosportal.calendar.boundary.Holidays;
import jp.sosportal.institution.boundary.AccountAdministration;
import jp.sosportal.mail.entity.OutboxMail;
import jp.sosportal.reporting.control.AdminFigures;

/**
 * The counts on the system admin's home (issue 19): what there is (institutions, accounts by role), what needs a
 * hand (locked accounts, mails SMTP refused or keeps refusing) and how the day goes (requests submitted today,
 * Asia/Tokyo by the injected clock), and the last year of the holiday data. A handful of counting queries.
 */
@Stateless
@RolesAllowed("SYSTEM_ADMIN")
public class AdminOverview {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    AccountAdministration accounts;

    @Inject
    Holidays holidays;

    public AdminFigures figures() {
        LocalDate today = LocalDate.now(clock);
        long institutions = em.createQuery("select count(i) from Institution i", Long.class).getSingleResult();
        long submittedToday = em.createQuery("select count(r) from SupplyRequest r where r.submittedAt >= :from"
                        + " and r.submittedAt < :to", Long.class)
                .setParameter("from", today.atStartOfDay()).setParameter("to", today.plusDays(1).atStartOfDay())
                .getSingleResult();
        long failedMails = em.createQuery("select count(m) from OutboxMail m where m.status = :failed"
                        + " or (m.status = :queued and m.attempts > 0)", Long.class)
                .setParameter("failed", OutboxMail.Status.FAILED).setParameter("queued", OutboxMail.Status.QUEUED)
                .getSingleResult();
        return new AdminFigures(institutions, accounts.enabledCountsByRole(), accounts.lockedCount(), submittedToday,
                failedMails, holidays.calendar().list().lastYear());
    }
}
