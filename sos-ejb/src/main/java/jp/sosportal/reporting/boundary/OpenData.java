package jp.sosportal.reporting.boundary;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.HexFormat;
import java.util.List;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import jp.sosportal.reporting.control.OpenDataRow;

/**
 * Open data (SPEC.md §9): accepted requests and distributed quantities per day, prefecture and item, for anyone.
 * Computed by one SQL aggregation at most every {@code sos.opendata.refresh-minutes}; readers in between share
 * the same snapshot, so a crowd of downloads costs the database nothing.
 */
@Singleton
@PermitAll
public class OpenData {

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
    @ConfigProperty(name = "sos.opendata.refresh-minutes", defaultValue = "10")
    int refreshMinutes;

    private Snapshot snapshot;

    /** The cached rows; recomputed when older than the refresh period (one caller computes, the rest wait). */
    @Lock(LockType.WRITE)
    public Snapshot snapshot() {
        LocalDateTime now = LocalDateTime.now(clock);
        if (snapshot == null || !now.isBefore(snapshot.computedAt().plus(Duration.ofMinutes(refreshMinutes)))) {
            List<OpenDataRow> rows = compute();
            snapshot = new Snapshot(rows, now, etag(rows));
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
        return rows.stream().map(row -> new OpenDataRow(Dashboards.date(row[0]), (String) row[1], (String) row[2],
                (String) row[3], (String) row[4], Dashboards.number(row[5]), Dashboards.number(row[6]),
                Dashboards.number(row[7]))).toList();
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
