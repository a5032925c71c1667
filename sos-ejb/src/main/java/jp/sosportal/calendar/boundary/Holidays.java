package jp.sosportal.calendar.boundary;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;

import jp.sosportal.calendar.control.BusinessCalendar;
import jp.sosportal.calendar.control.HolidayChanges;
import jp.sosportal.calendar.entity.HolidayList;
import jp.sosportal.calendar.entity.HolidayListUpload;
import jp.sosportal.calendar.entity.InvalidHolidayListException;

/**
 * The holiday list in force: the newest one the system admin uploaded, else the bundled one (or SYUKUJITSU_URL's).
 * Every node reads the newest upload's id at most every {@link #RECHECK_NANOS}, so an upload takes effect on the
 * node that saved it at once and on every other node within seconds, without a restart. A database that does not
 * answer leaves the calendar as it was: a deadline never fails for a date.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class Holidays {

    /** How often a node looks for a newer upload (5 s). */
    static final long RECHECK_NANOS = 5_000_000_000L;
    /** From this many days before the list's last day the system admin is asked for a newer one. */
    static final int WARN_DAYS_BEFORE_END = 90;

    private static final Logger LOG = Logger.getLogger(Holidays.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Resource
    SessionContext session;

    private volatile InForce inForce = new InForce(null, BusinessCalendar.japan(), Long.MIN_VALUE);

    private record InForce(Long uploadId, BusinessCalendar calendar, long checkedAtNanos) {
        boolean isDue(long now) {
            return checkedAtNanos == Long.MIN_VALUE || now - checkedAtNanos > RECHECK_NANOS;
        }
    }

    /** The business calendar every deadline uses now. */
    public BusinessCalendar calendar() {
        long now = System.nanoTime();
        InForce current = inForce;
        if (current.isDue(now)) {
            current = reload(current, now);
        }
        return current.calendar();
    }

    /** The last year the list in force names holidays for. */
    public int lastYear() {
        return calendar().list().lastYear();
    }

    /** The year (to its 12/31) the list in force speaks for, while that end is less than 90 days away. */
    public Optional<Integer> listEndingSoon() {
        HolidayList list = calendar().list();
        return list.endsWithin(LocalDate.now(clock), WARN_DAYS_BEFORE_END) ? Optional.of(list.lastYear())
                : Optional.empty();
    }

    /** The last upload in force, if any (for the admin page). */
    public Optional<HolidayListUpload> latestUpload() {
        calendar();
        return Optional.ofNullable(inForce.uploadId()).map(i -> em.find(HolidayListUpload.class, i));
    }

    /** Validates a file and shows what it would change; saves nothing. */
    @RolesAllowed("SYSTEM_ADMIN")
    public HolidayChanges preview(byte[] file) throws InvalidHolidayListException {
        return HolidayChanges.between(calendar(), HolidayList.parse(file));
    }

    /** Validates the file again and puts it in force on every node. */
    @RolesAllowed("SYSTEM_ADMIN")
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public HolidayChanges save(byte[] file, String fileName) throws InvalidHolidayListException {
        HolidayChanges changes = preview(file);
        String uploadedBy = session.getCallerPrincipal().getName();
        HolidayListUpload upload = new HolidayListUpload(changes.list(), changes.list().toCsv(), fileName, uploadedBy,
                LocalDateTime.now(clock));
        em.persist(upload);
        em.flush();
        inForce = new InForce(upload.getId(), BusinessCalendar.of(changes.list()), System.nanoTime());
        LOG.info(() -> "Holiday list " + fileName + " (to " + changes.list().lastYear() + ") saved by " + uploadedBy);
        return changes;
    }

    private InForce reload(InForce current, long now) {
        try {
            Long newest = em.createNamedQuery(HolidayListUpload.NEWEST_ID, Long.class).getSingleResult();
            if (newest == null || newest.equals(current.uploadId())) {
                return inForce = new InForce(current.uploadId(), current.calendar(), now);
            }
            HolidayList list = em.find(HolidayListUpload.class, newest).list();
            return inForce = new InForce(newest, BusinessCalendar.of(list), now);
        } catch (PersistenceException | InvalidHolidayListException e) {
            LOG.log(Level.WARNING, "Holiday list not reloaded, keeping the one in force: {0}", e.getMessage());
            // counted from the failure, which may have waited for the database: the same page asks again at once
            return inForce = new InForce(current.uploadId(), current.calendar(), System.nanoTime());
        }
    }
}
