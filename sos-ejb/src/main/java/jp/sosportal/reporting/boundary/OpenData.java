package jp.sosportal.reporting.boundary;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Timestamp;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import jp.sosportal.platform.ClusterDuties;
import jp.sosportal.platform.NodeName;
import jp.sosportal.reporting.control.OpenDataRow;

/**
 * Open data (SPEC.md §9): accepted requests and distributed quantities per day, prefecture and item, for anyone.
 * Computed by one SQL aggregation at most every {@code sos.opendata.refresh-minutes}, by one node of the cluster
 * (the holder of the {@code open-data} duty for the period), which stores the snapshot in
 * {@code open_data_snapshot}; every node serves the stored snapshot and keeps it in memory until its period ends,
 * so a crowd of downloads costs the database nothing and every node answers the same rows and ETag.
 */
@Singleton
@PermitAll
public class OpenData {

    static final String DUTY = "open-data";
    private static final Logger LOG = Logger.getLogger(OpenData.class.getName());

    /**
     * Accepted: the day of the move to 受付完了, with the prefecture's approved quantity of those requests.
     * Distributed: the quantity shipped (発送済) that day. Grouped twice: per part, then per day, prefecture, item.
     */
    static final String SQL = "select x.d, x.p, pr.name, x.item, si.name,"
            + " sum(x.accepted), sum(x.approved), sum(x.distributed) from ("
            + "  select cast(sc.changed_at as date) as d, i.prefecture_code as p, ri.item_code as item,"
            + "    count(*) as accepted, coalesce(sum(ra.quantity), 0) as approved, 0 as distributed"
            + "  from status_change sc join supply_request r on r.id = sc.request_id"
            + "  join institution i on i.id = r.institution_id join supply_request_item ri on ri.request_id = r.id"
            + "  left join request_approval ra on ra.request_id = r.id and ra.item_code = ri.item_code"
            + "  where sc.to_status = 'ACCEPTED' and r.status = 'ACCEPTED'"
            + "  group by cast(sc.changed_at as date), i.prefecture_code, ri.item_code"
            + " union all"
            + "  select d.shipped_date, i.prefecture_code, d.item_code, 0, 0, sum(d.quantity)"
            + "  from distribution d join supply_request r on r.id = d.request_id"
            + "  join institution i on i.id = r.institution_id where d.shipped_date is not null"
            + "  group by d.shipped_date, i.prefecture_code, d.item_code"
            + " ) x join prefecture pr on pr.code = x.p join supply_item si on si.code = x.item"
            + " group by x.d, x.p, pr.name, x.item, si.name, si.item_no order by x.d, x.p, si.item_no";

    /** What every reader of one period gets: the rows, when they were computed, and their ETag. */
    public record Snapshot(List<OpenDataRow> rows, LocalDateTime computedAt, String etag) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "sos.opendata.refresh-minutes")
    int refreshMinutes;

    @Inject
    ClusterDuties duties;

    @Inject
    NodeName node;

    private Snapshot snapshot;

    /**
     * The snapshot of this period (one caller per node looks, the rest wait): this node's copy while its period
     * lasts; then the stored one, recomputed first by whichever node takes the period's duty. Until the first
     * snapshot is stored (the computing node still at it), a node computes one for itself without storing it.
     */
    @Lock(LockType.WRITE)
    public Snapshot snapshot() {
        // Microseconds, as PostgreSQL stores them: the computing node then tells the same moment as the others.
        LocalDateTime now = LocalDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
        if (snapshot == null || !now.isBefore(expiry(snapshot))) {
            if (duties.claimUntil(DUTY, now.plus(period()))) {
                snapshot = store(compute(), now);
                LOG.info(() -> "Open data computed by node " + node.get() + " at " + now);
            } else {
                snapshot = stored().orElseGet(() -> snapshot(compute(), now));
            }
        }
        return snapshot;
    }

    /** How long a client may keep a copy: the refresh period. */
    @Lock(LockType.READ)
    public long refreshSeconds() {
        return refreshMinutes * 60L;
    }

    /** The aggregation as of now, bypassing the cache. */
    @Lock(LockType.READ)
    public List<OpenDataRow> compute() {
        List<Object[]> rows = em.createNativeQuery(SQL).getResultList();
        return rows.stream().map(OpenData::row).toList();
    }

    private LocalDateTime expiry(Snapshot current) {
        return current.computedAt().plus(period());
    }

    private Duration period() {
        return Duration.ofMinutes(refreshMinutes);
    }

    private static Snapshot snapshot(List<OpenDataRow> rows, LocalDateTime at) {
        return new Snapshot(rows, at, etag(rows));
    }

    private Snapshot store(List<OpenDataRow> rows, LocalDateTime at) {
        Snapshot computed = snapshot(rows, at);
        em.createNativeQuery("delete from open_data_snapshot").executeUpdate();
        int rowNo = 0;
        for (OpenDataRow row : rows) {
            em.createNativeQuery("insert into open_data_snapshot (row_no, report_date, prefecture_code, prefecture_name,"
                            + " item_code, item_name, accepted_requests, approved_quantity, distributed_quantity)"
                            + " values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)")
                    .setParameter(1, ++rowNo).setParameter(2, row.date()).setParameter(3, row.prefectureCode())
                    .setParameter(4, row.prefectureName()).setParameter(5, row.itemCode())
                    .setParameter(6, row.itemName()).setParameter(7, row.acceptedRequests())
                    .setParameter(8, row.approvedQuantity()).setParameter(9, row.distributedQuantity())
                    .executeUpdate();
        }
        em.createNativeQuery("delete from open_data_refresh").executeUpdate();
        em.createNativeQuery("insert into open_data_refresh (id, computed_at, computed_by, etag)"
                        + " values (1, ?1, ?2, ?3)")
                .setParameter(1, at).setParameter(2, node.get()).setParameter(3, computed.etag()).executeUpdate();
        return computed;
    }

    private Optional<Snapshot> stored() {
        List<Object> refresh = em.createNativeQuery("select computed_at from open_data_refresh").getResultList();
        if (refresh.isEmpty()) {
            return Optional.empty();
        }
        List<Object[]> rows = em.createNativeQuery("select report_date, prefecture_code, prefecture_name, item_code,"
                + " item_name, accepted_requests, approved_quantity, distributed_quantity from open_data_snapshot"
                + " order by row_no").getResultList();
        // The ETag from the rows read: a refresh committed between the two reads cannot pair old rows with a new tag.
        Object at = refresh.get(0);
        return Optional.of(snapshot(rows.stream().map(OpenData::row).toList(),
                at instanceof LocalDateTime time ? time : ((Timestamp) at).toLocalDateTime()));
    }

    private static OpenDataRow row(Object[] row) {
        return new OpenDataRow(Dashboards.date(row[0]), (String) row[1], (String) row[2], (String) row[3],
                (String) row[4], Dashboards.number(row[5]), Dashboards.number(row[6]), Dashboards.number(row[7]));
    }

    private static String etag(List<OpenDataRow> rows) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            rows.forEach(row -> digest.update(row.toString().getBytes(StandardCharsets.UTF_8)));
            return "\"" + HexFormat.of().formatHex(digest.digest(), 0, 16) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
