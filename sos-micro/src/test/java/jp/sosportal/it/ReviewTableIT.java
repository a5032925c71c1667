package jp.sosportal.it;

import static jp.sosportal.it.Fixtures.PASSWORD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;

import jakarta.annotation.Resource;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;

import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import jp.sosportal.institution.entity.Institution;
import jp.sosportal.institution.entity.InstitutionType;
import jp.sosportal.institution.entity.Role;
import jp.sosportal.platform.InvalidInputException;
import jp.sosportal.reporting.boundary.Dashboards;
import jp.sosportal.reporting.boundary.OpenData;
import jp.sosportal.reporting.boundary.RequestExports;
import jp.sosportal.reporting.control.DashboardFigures;
import jp.sosportal.reporting.control.ExportRow;
import jp.sosportal.reporting.control.OpenDataRow;
import jp.sosportal.request.boundary.SupplyRequests;
import jp.sosportal.request.control.RequestQuery;
import jp.sosportal.request.control.RequestSort;
import jp.sosportal.request.entity.RequestStatus;
import jp.sosportal.request.entity.SupplyRequest;

/**
 * Issue 8's reviewer table, exports, dashboard and open data on the database. Each test seeds its own world in
 * plain SQL (three institutions in Tokyo and Osaka, six requests in every status, approvals, distributions and
 * 受付完了 moves) with institution codes unique to the world, so a text filter on that prefix isolates it from
 * whatever else the database holds; dashboard and open data figures are compared before and after seeding.
 */
@ExtendWith(ArquillianExtension.class)
class ReviewTableIT {



    @PersistenceContext
    EntityManager em;

    @Resource
    UserTransaction tx;

    @Inject
    Clock clock;

    @Inject
    Fixtures fixtures;

    @Inject
    SupplyRequests requests;

    @Inject
    RequestExports exports;

    @Inject
    Dashboards dashboards;

    @Inject
    OpenData openData;

    // ---------------------------------------------------------------------------------------------------------
    // The lazy table's queries

    @Test
    void eachFilterNarrowsTheTableInTheDatabase() throws Exception {
        Seeded w = seed();
        Login.as(w.user("national"), PASSWORD);
        assertIds(w, List.of("r1", "r2", "r3", "r4", "r5", "r6"), 6, w.query().build());
        assertIds(w, List.of("r1", "r2", "r3", "r4"), 4, w.query().prefecture("13").build());
        assertIds(w, List.of("r3", "r4"), 2, w.query().type(InstitutionType.CLINIC).build());
        assertIds(w, List.of("r1", "r2", "r5"), 3, w.query().status(RequestStatus.UNDER_REVIEW).build());
        assertIds(w, List.of("r4", "r6"), 2, w.query().item("ISOLATION_GOWN").build());
        assertIds(w, List.of("r2", "r5"), 2,
                w.query().handling(LocalDate.of(2021, 2, 2), LocalDate.of(2021, 2, 3)).build());
        assertIds(w, List.of("r5"), 1, w.query().handling(LocalDate.of(2021, 2, 2), LocalDate.of(2021, 2, 2)).build());
        assertIds(w, List.of("r3", "r4"), 2, new Query(w.code(2)).build()); // the text searches the code
        assertIds(w, List.of("r5", "r6"), 2, new Query("試験大阪病院" + w.run()).build()); // … and the title
        assertIds(w, List.of("r1", "r2"), 2, w.query().prefecture("13").status(RequestStatus.UNDER_REVIEW)
                .item("SURGICAL_MASK").build());
        assertIds(w, List.of(), 0, w.query().prefecture("13").item("N95_MASK").build());
    }

    @Test
    void severalSortKeysApplyInTheirOrderAndPagesFollowThem() throws Exception {
        Seeded w = seed();
        Login.as(w.user("national"), PASSWORD);
        // prefecture ascending, then 申請日時 newest first (never submitted sorts last: nulls high), then id desc
        List<RequestSort> prefectureThenNewest = List.of(new RequestSort("prefecture", false),
                new RequestSort("submittedAt", true));
        assertIds(w, List.of("r3", "r1", "r2", "r4", "r5", "r6"), 6, w.query().sorts(prefectureThenNewest).build());
        assertIds(w, List.of("r6", "r5", "r4", "r3", "r2", "r1"), 6,
                w.query().sorts(List.of(new RequestSort("prefecture", true), new RequestSort("status", false))).build());
        assertIds(w, List.of("r4", "r6", "r5", "r2", "r1", "r3"), 6, w.query().sorts(List.of(
                new RequestSort("handlingDate", false), new RequestSort("submittedAt", false))).build());
        assertIds(w, List.of("r2", "r4"), 6, w.query().sorts(prefectureThenNewest).page(1, 2).build());
        assertIds(w, List.of("r5", "r6"), 6, w.query().sorts(prefectureThenNewest).page(2, 2).build());
        assertIds(w, List.of(), 6, w.query().sorts(prefectureThenNewest).page(3, 2).build());

        InvalidInputException unknown = assertThrows(InvalidInputException.class, () -> requests.search(
                w.query().sorts(List.of(new RequestSort("institution.phone", false))).build()));
        assertEquals("「institution.phone」は使用できないコードです。", unknown.getMessage());
        assertEquals(List.of(new RequestSort("submittedAt", false), new RequestSort("handlingDate", true)),
                RequestSort.parse("submittedAt, -handlingDate"));
    }

    @Test
    void aPrefectureReviewerSeesOnlyTheirPrefectureAndOthersAreRefused() throws Exception {
        Seeded w = seed();
        Login.as(w.user("pref-tokyo"), PASSWORD);
        assertIds(w, List.of("r1", "r2", "r3", "r4"), 4, w.query().build());
        assertIds(w, List.of(), 0, w.query().prefecture("27").build());
        assertEquals(4, exports.checkedCount(w.query().build()));
        assertEquals(4, exports.page(w.query().build(), 0).size());
        Login.as(w.user("pref-osaka"), PASSWORD);
        assertIds(w, List.of("r5", "r6"), 2, w.query().build());
        assertEquals(List.of(), exports.page(w.query().prefecture("13").build(), 0));

        Login.as(w.user("staff"), PASSWORD); // staff reach their own institution in the search, and no export
        assertIds(w, List.of("r1", "r2"), 2, w.query().build());
        assertThrows(EJBAccessException.class, () -> exports.checkedCount(w.query().build()));
        assertThrows(EJBAccessException.class, () -> exports.page(w.query().build(), 0));
        assertThrows(EJBAccessException.class, () -> dashboards.figures());
        Login.as(w.user("batch"), PASSWORD);
        assertThrows(EJBAccessException.class, () -> requests.search(w.query().build()));
        assertThrows(EJBAccessException.class, () -> exports.checkedCount(w.query().build()));
        assertThrows(EJBAccessException.class, () -> dashboards.figures());
    }

    // ---------------------------------------------------------------------------------------------------------
    // Exports

    @Test
    void theExportHasTheTablesRowsInTheTablesOrderAndNothingMore() throws Exception {
        Seeded w = seed();
        Login.as(w.user("national"), PASSWORD);
        RequestQuery query = w.query().sorts(List.of(new RequestSort("prefecture", true),
                new RequestSort("submittedAt", false))).build();
        List<ExportRow> rows = exports.page(query, 0);
        List<String> tableTitles = requests.search(query).items().stream().map(SupplyRequest::getTitle).toList();
        assertEquals(tableTitles, rows.stream().map(ExportRow::title).toList());
        assertEquals(6, exports.checkedCount(query));
        assertEquals(List.of(), exports.page(query, 1), "one page of 500 holds them all");

        ExportRow r6 = rows.get(0);
        assertEquals("2021/2/1_試験大阪病院" + w.run() + "_緊急配布要請", r6.title());
        assertEquals(LocalDateTime.of(2021, 2, 1, 11, 0), r6.submittedAt());
        assertEquals(LocalDate.of(2021, 2, 1), r6.handlingDate());
        assertEquals(w.code(3), r6.institutionCode());
        assertEquals("病院", r6.type());
        assertEquals("大阪府", r6.prefecture());
        assertEquals("①サージカルマスク、③アイソレーションガウン", r6.items());
        assertEquals("受付完了", r6.status());
        assertEquals("都道府県確認済み", r6.stage());
        ExportRow r1 = rows.stream().filter(r -> r.submittedAt() != null && r.submittedAt().getYear() > 2021)
                .findFirst().orElseThrow();
        assertEquals("都道府県確認待ち", r1.stage());
        assertEquals("都道府県・国確認中", r1.status());
        for (ExportRow row : rows) {
            assertFalse(row.toString().contains("03-1234") || row.toString().contains("@example.jp"),
                    "no phone or mail: " + row);
        }
    }

    // ---------------------------------------------------------------------------------------------------------
    // Dashboard

    @Test
    void theDashboardCountsInTheDatabaseWithinTheReviewersReach() throws Exception {
        Login.as(nationalOfFreshAccounts(), PASSWORD);
        DashboardFigures nationBefore = dashboards.figures();
        Seeded w = seed();
        Login.as(w.user("national"), PASSWORD);
        DashboardFigures nation = dashboards.figures();
        assertEquals(2, delta(nationBefore, nation, "13", "UNDER_REVIEW"));
        assertEquals(1, delta(nationBefore, nation, "13", "NOT_SUBMITTED"));
        assertEquals(1, delta(nationBefore, nation, "13", "ACCEPTED"));
        assertEquals(1, delta(nationBefore, nation, "27", "UNDER_REVIEW"));
        assertEquals(1, delta(nationBefore, nation, "27", "ACCEPTED"));
        assertEquals(1, perDay(nation, LocalDate.now(clock)) - perDay(nationBefore, LocalDate.now(clock)),
                "r1 was submitted today; the others in 2021, outside the chart");
        // requests past the check per item: masks r1 r2 r5 r6, gowns r4 r6; approved 100 + 10 masks, 30 + 50 gowns
        assertEquals(List.of(4L, 0L, 2L, 0L, 1L), itemDelta(nationBefore, nation, DashboardFigures.Item::requests));
        assertEquals(List.of(110L, 0L, 80L, 0L, 0L), itemDelta(nationBefore, nation, DashboardFigures.Item::approved));
        assertEquals(List.of(80L, 0L, 30L, 0L, 0L), itemDelta(nationBefore, nation,
                DashboardFigures.Item::distributed), "shipped only: the planned gowns of r6 are not yet distributed");

        Login.as(w.user("pref-osaka"), PASSWORD);
        DashboardFigures osaka = dashboards.figures();
        assertTrue(osaka.byPrefectureAndStatus().stream().allMatch(row -> row.prefectureCode().equals("27")),
                osaka.byPrefectureAndStatus().toString());
        assertTrue(osaka.items().get(0).requests() < nation.items().get(0).requests());
    }

    // ---------------------------------------------------------------------------------------------------------
    // Open data

    @Test
    void openDataCountsAcceptedRequestsAndShippedQuantitiesPerDayPrefectureAndItem() throws Exception {
        Seeded w = seed();
        LocalDate accepted = w.acceptedOn();
        Map<String, OpenDataRow> rows = openData.compute().stream()
                .filter(row -> row.date().equals(accepted) || row.date().equals(accepted.plusDays(1)))
                .collect(Collectors.toMap(row -> row.date() + " " + row.prefectureCode() + " " + row.itemCode(),
                        row -> row));
        assertEquals(5, rows.size(), rows.keySet().toString());
        assertRow(rows.get(accepted + " 13 ISOLATION_GOWN"), "東京都", "アイソレーションガウン", 1, 30, 0);
        assertRow(rows.get(accepted + " 27 SURGICAL_MASK"), "大阪府", "サージカルマスク", 1, 100, 0);
        assertRow(rows.get(accepted + " 27 ISOLATION_GOWN"), "大阪府", "アイソレーションガウン", 1, 50, 0);
        assertRow(rows.get(accepted.plusDays(1) + " 13 ISOLATION_GOWN"), "東京都", "アイソレーションガウン", 0, 0, 30);
        assertRow(rows.get(accepted.plusDays(1) + " 27 SURGICAL_MASK"), "大阪府", "サージカルマスク", 0, 0, 80);
        String all = openData.compute().toString();
        assertFalse(all.contains(w.run()), "no institution name or code of the world appears");
        assertFalse(all.contains("試験"), "no institution name at all");

        OpenData.Snapshot first = openData.snapshot();
        assertSame(first, openData.snapshot(), "read again within the refresh period: the same snapshot");
        assertTrue(first.etag().matches("\"[0-9a-f]{32}\""), first.etag());
        assertEquals(first.rows().size(), ((Number) em.createNativeQuery("select count(*) from open_data_snapshot")
                .getSingleResult()).intValue(), "stored for the cluster's other nodes (issue 16)");
    }

    private static void assertRow(OpenDataRow row, String prefecture, String item, long accepted, long approved,
                                  long distributed) {
        assertEquals(List.of(prefecture, item, accepted, approved, distributed), row == null ? null : List.of(
                row.prefectureName(), row.itemName(), row.acceptedRequests(), row.approvedQuantity(),
                row.distributedQuantity()));
    }

    // ---------------------------------------------------------------------------------------------------------
    // Assertions and figures

    private void assertIds(Seeded w, List<String> expected, long total, RequestQuery query) {
        var page = requests.search(query);
        assertEquals(expected, page.items().stream().map(r -> w.name(r.getId())).toList(), query.toString());
        assertEquals(total, page.total(), query.toString());
        assertEquals(total, requests.count(query), "count agrees with the page's total");
    }

    private static long delta(DashboardFigures before, DashboardFigures after, String prefecture, String status) {
        return count(after, prefecture, status) - count(before, prefecture, status);
    }

    private static long count(DashboardFigures figures, String prefecture, String status) {
        return figures.byPrefectureAndStatus().stream()
                .filter(row -> row.prefectureCode().equals(prefecture) && row.status().equals(status))
                .mapToLong(DashboardFigures.PrefectureStatus::requests).sum();
    }

    private static long perDay(DashboardFigures figures, LocalDate day) {
        return figures.perDay().stream().filter(d -> d.date().equals(day))
                .mapToLong(DashboardFigures.Day::requests).sum();
    }

    private static List<Long> itemDelta(DashboardFigures before, DashboardFigures after,
                                        java.util.function.ToLongFunction<DashboardFigures.Item> value) {
        return java.util.stream.IntStream.range(0, after.items().size())
                .mapToObj(i -> value.applyAsLong(after.items().get(i)) - value.applyAsLong(before.items().get(i)))
                .toList();
    }

    // ---------------------------------------------------------------------------------------------------------
    // The seeded world

    /** A filter builder over one world: the text filter keeps every query inside it. */
    static final class Query {
        private final String text;
        private RequestStatus status;
        private String prefecture;
        private String item;
        private InstitutionType type;
        private LocalDate handlingFrom;
        private LocalDate handlingTo;
        private List<RequestSort> sorts = List.of(new RequestSort("createdAt", false));
        private int page;
        private int size = 20;

        Query(String text) {
            this.text = text;
        }

        Query status(RequestStatus value) {
            status = value;
            return this;
        }

        Query prefecture(String value) {
            prefecture = value;
            return this;
        }

        Query item(String value) {
            item = value;
            return this;
        }

        Query type(InstitutionType value) {
            type = value;
            return this;
        }

        Query handling(LocalDate from, LocalDate to) {
            handlingFrom = from;
            handlingTo = to;
            return this;
        }

        Query sorts(List<RequestSort> value) {
            sorts = value;
            return this;
        }

        Query page(int value, int pageSize) {
            page = value;
            size = pageSize;
            return this;
        }

        RequestQuery build() {
            return new RequestQuery(status, prefecture, null, item, null, null, page, size, type, handlingFrom,
                    handlingTo, text, sorts);
        }
    }

    record Seeded(String run, long base, LocalDate acceptedOn) {

        /** Institution codes 9 + run + 001..003: the run's prefix, unique in the database. */
        String code(int n) {
            return "9" + run + String.format("%02d", n);
        }

        String user(String role) {
            return role + "-" + run;
        }

        long id(String request) {
            return base + Integer.parseInt(request.substring(1));
        }

        String name(long id) {
            return "r" + (id - base);
        }

        Query query() {
            return new Query("9" + run);
        }
    }

    /**
     * Tokyo hospital (r1 under review submitted today, r2 confirmed), Tokyo clinic (r3 not submitted, r4
     * accepted), Osaka hospital (r5 under review, r6 confirmed and accepted). r4 and r6 are accepted on one
     * day of the world; their approvals and the shipped distributions the day after feed the open data.
     */
    private Seeded seed() throws Exception {
        String run = String.format("%07d", ThreadLocalRandom.current().nextInt(10_000_000));
        long base = 900_000_000L + ThreadLocalRandom.current().nextLong(50_000_000L) * 10;
        LocalDate acceptedOn = LocalDate.of(2001, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(7000));
        Seeded w = new Seeded(run, base, acceptedOn);
        LocalDateTime today = LocalDateTime.now(clock).withNano(0);
        tx.begin();
        institution(base + 1, w.code(1), "試験東京病院" + run, "HOSPITAL", "13");
        institution(base + 2, w.code(2), "試験東京診療所" + run, "CLINIC", "13");
        institution(base + 3, w.code(3), "試験大阪病院" + run, "HOSPITAL", "27");
        request(w, "r1", 1, "UNDER_REVIEW", today.toLocalDate().atTime(0, 1), today.toLocalDate(), false,
                "SURGICAL_MASK");
        request(w, "r2", 1, "UNDER_REVIEW", LocalDateTime.of(2021, 2, 2, 14, 0), LocalDate.of(2021, 2, 3), true,
                "SURGICAL_MASK", "NON_STERILE_GLOVES");
        request(w, "r3", 2, "NOT_SUBMITTED", null, null, false, "FACE_SHIELD");
        request(w, "r4", 2, "ACCEPTED", LocalDateTime.of(2021, 2, 1, 10, 0), LocalDate.of(2021, 2, 1), true,
                "ISOLATION_GOWN");
        request(w, "r5", 3, "UNDER_REVIEW", LocalDateTime.of(2021, 2, 2, 8, 0), LocalDate.of(2021, 2, 2), false,
                "SURGICAL_MASK");
        request(w, "r6", 3, "ACCEPTED", LocalDateTime.of(2021, 2, 1, 11, 0), LocalDate.of(2021, 2, 1), true,
                "SURGICAL_MASK", "ISOLATION_GOWN");
        accepted(w, "r4", 1);
        accepted(w, "r6", 2);
        approval(w, "r2", "SURGICAL_MASK", 10);
        approval(w, "r2", "NON_STERILE_GLOVES", 0);
        approval(w, "r4", "ISOLATION_GOWN", 30);
        approval(w, "r6", "SURGICAL_MASK", 100);
        approval(w, "r6", "ISOLATION_GOWN", 50);
        distribution(w, 21, "r4", "ISOLATION_GOWN", 30, acceptedOn.plusDays(1));
        distribution(w, 22, "r6", "SURGICAL_MASK", 80, acceptedOn.plusDays(1));
        distribution(w, 23, "r6", "ISOLATION_GOWN", 50, null);
        account(w.user("national"), Role.NATIONAL, null, null);
        account(w.user("pref-tokyo"), Role.PREFECTURE, null, "13");
        account(w.user("pref-osaka"), Role.PREFECTURE, null, "27");
        account(w.user("staff"), Role.STAFF, base + 1, null);
        account(w.user("batch"), Role.BATCH_ADMIN, null, null);
        tx.commit();
        return w;
    }

    /** A national reviewer outside any world, for figures read before a world exists. */
    private String nationalOfFreshAccounts() throws Exception {
        String username = "national-before-" + ThreadLocalRandom.current().nextInt(10_000_000);
        tx.begin();
        account(username, Role.NATIONAL, null, null);
        tx.commit();
        return username;
    }

    private void institution(long id, String code, String name, String type, String prefecture) {
        sql("insert into institution (id, version, code, name, type, prefecture_code, phone, aggregator_id)"
                + " values (?1, 1, ?2, ?3, ?4, ?5, '03-1234-5678', null)", id, code, name, type, prefecture);
    }

    private void request(Seeded w, String name, int institution, String status, LocalDateTime submittedAt,
                         LocalDate handlingDate, boolean confirmed, String... items) {
        long id = w.id(name);
        LocalDateTime created = LocalDateTime.of(2021, 1, 20, 9, 0).plusMinutes(id - w.base());
        String createdTitle = submittedAt == null ? "2021/2/3" : submittedAt.getYear() + "/"
                + submittedAt.getMonthValue() + "/" + submittedAt.getDayOfMonth();
        String institutionName = switch (institution) {
            case 1 -> "試験東京病院";
            case 2 -> "試験東京診療所";
            default -> "試験大阪病院";
        } + w.run();
        sql("insert into supply_request (id, version, institution_id, title, created_at, status, conditions_confirmed,"
                        + " n95_conditions_confirmed, request_comment, content_revision, submitted_revision,"
                        + " submitted_at, handling_date, checked_at, prefecture_confirmed_at, prefecture_confirmed_by)"
                        + " values (?1, 1, ?2, ?3, ?4, ?5, true, false, '電話は03-1234-5678', 0, ?6, cast(?7 as timestamp),"
                        + " cast(?8 as date), cast(?7 as timestamp), cast(?9 as timestamp), ?10)",
                id, w.base() + institution, createdTitle + "_" + institutionName + "_緊急配布要請", created, status,
                submittedAt == null ? -1 : 0, submittedAt, handlingDate, confirmed ? created.plusDays(20) : null,
                confirmed ? "pref" : null);
        for (int i = 0; i < items.length; i++) {
            sql("insert into supply_request_item (request_id, position, item_code) values (?1, ?2, ?3)", id, i, items[i]);
        }
    }

    private void accepted(Seeded w, String name, int minute) {
        sql("insert into status_change (id, request_id, changed_at, actor, from_status, to_status, reason)"
                        + " values (?1, ?2, ?3, 'national', 'UNDER_REVIEW', 'ACCEPTED', '国受付')",
                w.id(name) + 1000, w.id(name), w.acceptedOn().atTime(15, minute));
    }

    private void approval(Seeded w, String name, String item, int quantity) {
        sql("insert into request_approval (request_id, item_code, quantity) values (?1, ?2, ?3)", w.id(name), item,
                quantity);
    }

    private void distribution(Seeded w, int n, String name, String item, int quantity, LocalDate shipped) {
        sql("insert into distribution (id, version, request_id, item_code, quantity, planned_date, shipped_date,"
                        + " received_at, received_by, recorded_at, recorded_by)"
                        + " values (?1, 1, ?2, ?3, ?4, ?5, cast(?6 as date), null, null, ?7, 'national')",
                w.base() + n, w.id(name), item, quantity, w.acceptedOn(), shipped, w.acceptedOn().atTime(16, 0));
    }

    private void account(String username, Role role, Long institutionId, String prefecture) {
        fixtures.account(username, role, institutionId == null ? null : em.find(Institution.class, institutionId),
                prefecture);
    }

    /** A null is bound as text by EclipseLink: nullable columns are cast in the SQL so PostgreSQL accepts it. */
    private void sql(String statement, Object... values) {
        var query = em.createNativeQuery(statement);
        Map<Integer, Object> bound = new HashMap<>();
        for (int i = 0; i < values.length; i++) {
            bound.put(i + 1, values[i]);
        }
        bound.forEach(query::setParameter);
        query.executeUpdate();
    }
}
