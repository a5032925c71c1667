package jp.sosportal.request.control;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import jp.sosportal.institution.entity.Caller;
import jp.sosportal.institution.entity.Role;
import jp.sosportal.platform.FieldError;
import jp.sosportal.platform.InvalidInputException;
import jp.sosportal.platform.Labels;
import jp.sosportal.request.entity.SupplyRequest;

/**
 * Builds the JPQL for a {@link RequestQuery}, always narrowed to what the caller reaches: staff their institution,
 * prefecture reviewers their prefecture. Filtering, counting and paging happen in the database.
 */
public final class RequestSearch {

    /** Sort keys the table may ask for, and the path each one orders by. */
    public static final Map<String, String> SORTABLE = Map.of(
            "title", "r.title",
            "createdAt", "r.createdAt",
            "submittedAt", "r.submittedAt",
            "handlingDate", "r.handlingDate",
            "institutionName", "r.institution.name",
            "institutionCode", "r.institution.code",
            "prefecture", "r.institution.prefecture.code",
            "status", "r.status");

    private final EntityManager em;
    private final Caller caller;
    private final StringBuilder where = new StringBuilder(" where 1 = 1");
    private final Map<String, Object> parameters = new HashMap<>();

    public RequestSearch(EntityManager em, Caller caller) {
        this.em = em;
        this.caller = caller;
    }

    /** The furthest first row a page may start at: beyond it a page number is a mistake, not a page (400). */
    public static final long MAX_OFFSET = 1_000_000;

    public RequestPage run(RequestQuery query) {
        long first = (long) query.page() * query.size(); // in long: page 2147483647 must not wrap to a negative row
        if (first > MAX_OFFSET) {
            throw InvalidInputException.invalid(List.of(new FieldError("page",
                    Labels.text("error.badPage", String.valueOf(MAX_OFFSET / query.size())))));
        }
        buildWhere(query);
        var items = select(query, (int) first, query.size());
        return new RequestPage(items, countMatching());
    }

    /** Rows {@code first} to {@code first + max} of the query's order, without counting (exports walk pages). */
    public List<SupplyRequest> rows(RequestQuery query, int first, int max) {
        buildWhere(query);
        return select(query, first, max);
    }

    /**
     * Institutions, items, check results and 承認数量 of a page are read in one query each when first used, not one
     * per row (the table shows the first two, the API's list all four).
     */
    private List<SupplyRequest> select(RequestQuery query, int first, int max) {
        TypedQuery<SupplyRequest> select = bind(em.createQuery("select r from SupplyRequest r" + where
                + orderBy(query), SupplyRequest.class));
        return select.setHint("eclipselink.batch.type", "IN")
                .setHint("eclipselink.batch", "r.institution")
                .setHint("eclipselink.batch", "r.content.itemCodes")
                .setHint("eclipselink.batch", "r.check")
                .setHint("eclipselink.batch", "r.approvedQuantities")
                .setFirstResult(first).setMaxResults(max).getResultList();
    }

    public long count(RequestQuery query) {
        buildWhere(query);
        return countMatching();
    }

    private long countMatching() {
        return bind(em.createQuery("select count(r) from SupplyRequest r" + where, Long.class)).getSingleResult();
    }

    private void buildWhere(RequestQuery query) {
        narrowToCaller();
        add(query.status(), "r.status = :status", "status");
        add(query.prefecture(), "r.institution.prefecture.code = :prefecture", "prefecture");
        add(query.institution(), "r.institution.code = :institution", "institution");
        add(query.item(), ":item member of r.content.itemCodes", "item");
        add(query.from() == null ? null : query.from().atStartOfDay(), "r.createdAt >= :from", "from");
        add(query.to() == null ? null : query.to().plusDays(1).atStartOfDay(), "r.createdAt < :to", "to");
        add(query.type(), "r.institution.type = :type", "type");
        add(query.handlingFrom(), "r.handlingDate >= :handlingFrom", "handlingFrom");
        add(query.handlingTo(), "r.handlingDate <= :handlingTo", "handlingTo");
        add(query.text() == null || query.text().isBlank() ? null : "%" + query.text().trim().toLowerCase() + "%",
                "(lower(r.title) like :text or r.institution.code like :text)", "text");
        if (Boolean.TRUE.equals(query.outlookMismatch())) {
            // EclipseLink writes a boolean literal or parameter as 1 here, which H2 2.x refuses to compare with a
            // boolean column; the CASE is read the same by H2 and PostgreSQL.
            where.append(" and SQL('case when ? then 1 else 0 end', r.outlookMismatch) = 1");
        }
        if (query.prefectureConfirmed() != null) {
            where.append(query.prefectureConfirmed() ? " and r.prefectureConfirmedAt is not null"
                    : " and r.prefectureConfirmedAt is null");
        }
        add(query.submittedBefore(), "r.submittedAt < :submittedBefore", "submittedBefore");
    }

    /** Only whitelisted keys reach the JPQL; r.id last keeps pages stable when the keys tie. */
    private static String orderBy(RequestQuery query) {
        if (query.sorts().isEmpty()) {
            return " order by r.createdAt desc, r.id desc";
        }
        StringBuilder order = new StringBuilder(" order by ");
        for (RequestSort sort : query.sorts()) {
            String path = SORTABLE.get(sort.key());
            if (path == null) {
                throw InvalidInputException.invalid(List.of(new FieldError("sort",
                        Labels.text("error.unknownCode", sort.key()))));
            }
            order.append(path).append(sort.descending() ? " desc" : " asc").append(", ");
        }
        return order.append("r.id desc").toString();
    }

    /**
     * Fails closed (ASVS 4.1.5): staff without an institution or a prefecture reviewer without a prefecture reach
     * nothing, not the nation (the database refuses such accounts too, this holds if one slips through).
     */
    private void narrowToCaller() {
        if (caller.role() == Role.STAFF && caller.institutionId() != null) {
            add(caller.institutionId(), "r.institution.id = :own", "own");
        } else if (caller.role() == Role.PREFECTURE && caller.prefectureCode() != null) {
            add(caller.prefectureCode(), "r.institution.prefecture.code = :ownPrefecture", "ownPrefecture");
        } else if (caller.role() != Role.NATIONAL) {
            where.append(" and 1 = 0");
        }
    }

    private void add(Object value, String condition, String name) {
        if (value != null && !"".equals(value)) {
            where.append(" and ").append(condition);
            parameters.put(name, value);
        }
    }

    private <T> TypedQuery<T> bind(TypedQuery<T> query) {
        parameters.forEach(query::setParameter);
        return query;
    }
}
