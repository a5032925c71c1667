package jp.sosportal.platform;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Duties done once per cluster, not once per node (the mail sender, clean-up timers): a node does the duty while it
 * holds its lease row in {@code cluster_duty}, renewing it each time it runs; when the node dies the lease runs
 * out and the next node's timer takes it over. A lease row in the shared database works the same on PostgreSQL and
 * on the embedded H2, with no data-grid lock to configure. Each duty's row is created by the migration that
 * introduces the duty.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class ClusterDuties {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    /** The lease rows name their holder by the node's name (SOS_NODE_NAME): a restarted node takes its own back. */
    @Inject
    NodeName node;

    /** Takes or renews the duty's lease for {@code lease}; true when this node holds it now. */
    public boolean hold(String duty, Duration lease) {
        LocalDateTime now = LocalDateTime.now(clock);
        return em.createNativeQuery("update cluster_duty set holder = ?1, lease_until = ?2"
                        + " where name = ?3 and (holder = ?1 or lease_until < ?4)")
                .setParameter(1, node.get()).setParameter(2, now.plus(lease)).setParameter(3, duty).setParameter(4, now)
                .executeUpdate() == 1;
    }

    /**
     * Takes a duty done once per period (a daily mail) until {@code until}: true for exactly one caller in the
     * cluster until then, even across restarts.
     */
    public boolean claimUntil(String duty, LocalDateTime until) {
        LocalDateTime now = LocalDateTime.now(clock);
        return em.createNativeQuery("update cluster_duty set holder = ?1, lease_until = ?2"
                        + " where name = ?3 and lease_until < ?4")
                .setParameter(1, node.get()).setParameter(2, until).setParameter(3, duty).setParameter(4, now)
                .executeUpdate() == 1;
    }

    /** Gives the duty up at shutdown, so another node need not wait for the lease to run out. */
    public void release(String duty) {
        em.createNativeQuery("update cluster_duty set lease_until = ?1 where name = ?2 and holder = ?3")
                .setParameter(1, LocalDateTime.of(2000, 1, 1, 0, 0)).setParameter(2, duty).setParameter(3, node.get())
                .executeUpdate();
    }
}
