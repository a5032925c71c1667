package jp.sosportal.reporting.boundary;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;

import jp.sosportal.institution.boundary.Accounts;
import jp.sosportal.institution.entity.Caller;
import jp.sosportal.institution.entity.Role;
import jp.sosportal.reporting.control.DashboardFigures;
import jp.sosportal.reporting.control.DashboardFigures.Day;
import jp.sosportal.reporting.control.DashboardFigures.Item;
import jp.sosportal.reporting.control.DashboardFigures.PrefectureStatus;

/**
 * The reviewers' dashboard, aggregated by the database (group by) over all requests a reviewer reaches: a
 * prefecture reviewer counts their prefecture only, a national reviewer all of them.
 */
@Stateless
@RolesAllowed({"PREFECTURE", "NATIONAL"})
public class Dashboards {

    /** Days shown in the per-day chart, ending today. */
    public static final int DAYS = 30;

    @PersistenceContext
    EntityManager em;

    @Inject
    Accounts accounts;

    @Inject
    Clock clock;

    public DashboardFigures figures() {
        String reach = reach(accounts.currentCaller());
        return new DashboardFigures(byPrefectureAndStatus(reach), perDay(reach), items(reach));
    }

    /** The caller's prefecture, or null for the nation; a prefecture reviewer without one reaches nothing. */
    static String reach(Caller caller) {
        if (caller.role() == Role.PREFECTURE) {
            return caller.prefectureCode() == null ? "--" : caller.prefectureCode();
        }
        return caller.role() == Role.NATIONAL ? null : "--"; // nobody else is let in; reach nothing regardless
    }

    private List<PrefectureStatus> byPrefectureAndStatus(String reach) {
        List<Object[]> rows = narrowed("select p.code, p.name, r.status, count(*) from supply_request r"
                + " join institution i on i.id = r.institution_id join prefecture p on p.code = i.prefecture_code"
                + " where {reach}"
                + " group by p.code, p.name, r.status order by p.code, r.status", reach).getResultList();
        return rows.stream().map(row -> new PrefectureStatus((String) row[0], (String) row[1], (String) row[2],
                number(row[3]))).toList();
    }

    private List<Day> perDay(String reach) {
        LocalDate first = LocalDate.now(clock).minusDays(DAYS - 1L);
        List<Object[]> rows = narrowed("select cast(r.submitted_at as date) as d, count(*) from supply_request r"
                + " join institution i on i.id = r.institution_id"
                + " where {reach} and r.submitted_at >= timestamp '" + first + " 00:00:00'" // a date, not input
                + " group by cast(r.submitted_at as date) order by d", reach).getResultList();
        return rows.stream().map(row -> new Day(date(row[0]), number(row[1]))).toList();
    }

    /** Per item: requests past the check asking for it, the approved quantity and the shipped quantity. */
    private List<Item> items(String reach) {
        String inReach = " join supply_request r on r.id = x.request_id join institution i on i.id = r.institution_id"
                + " where {reach}";
        List<Object[]> rows = narrowed("select s.code, s.name,"
                + " (select count(*) from supply_request_item x" + inReach
                + "   and x.item_code = s.code and r.status in ('UNDER_REVIEW', 'ACCEPTED')),"
                + " (select coalesce(sum(x.quantity), 0) from request_approval x" + inReach + " and x.item_code = s.code),"
                + " (select coalesce(sum(x.quantity), 0) from distribution x" + inReach
                + "   and x.item_code = s.code and x.shipped_date is not null)"
                + " from supply_item s order by s.item_no", reach).getResultList();
        return rows.stream().map(row -> new Item((String) row[0], (String) row[1], number(row[2]), number(row[3]),
                number(row[4]))).toList();
    }

    /** {reach} in the SQL becomes the prefecture condition, or nothing for the nation. */
    private Query narrowed(String sql, String reach) {
        if (reach == null) {
            return em.createNativeQuery(sql.replace("{reach}", "1 = 1"));
        }
        return em.createNativeQuery(sql.replace("{reach}", "i.prefecture_code = ?1")).setParameter(1, reach);
    }

    static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    static LocalDate date(Object value) {
        return value instanceof LocalDate day ? day : ((Date) value).toLocalDate();
    }
}
