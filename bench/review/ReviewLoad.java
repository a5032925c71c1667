import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Issue 8: the reviewers' table through the portal (GET /api/v1/requests as the national reviewer: the service and
 * JPQL of the table page, count included) against the equivalent plain SQL over JDBC (the page's 20 rows with
 * institution, prefecture and items, plus the count the paginator shows), round-robin over four queries so that
 * background load hits all alike. Portal time is loopback send → last byte; SQL time is both statements.
 * Usage: java -cp postgresql.jar bench/review/ReviewLoad.java BASE_URL JDBC_URL [runs=200]
 */
public class ReviewLoad {

    static final Pattern TOTAL = Pattern.compile("\"total\"\\s*:\\s*(\\d+)");
    /** The page first, then its items: a select-list subquery would run for every row before the sort. */
    static final String ROWS = "select q.*,"
            + " (select string_agg(x.item_code, ',' order by x.position) from supply_request_item x where x.request_id = q.id)"
            + " from (select r.id, r.title, r.created_at, r.submitted_at, r.handling_date, r.status,"
            + " r.prefecture_confirmed_at, i.code, i.name as institution_name, i.type, p.name as prefecture_name"
            + " from supply_request r join institution i on i.id = r.institution_id join prefecture p on p.code = i.prefecture_code";
    static final String COUNT = "select count(*) from supply_request r join institution i on i.id = r.institution_id";

    record Target(String name, String api, String where, String order, int offset) {
    }

    public static void main(String[] args) throws Exception {
        String base = args[0].replaceAll("/$", "");
        String jdbc = args[1];
        int runs = Integer.parseInt(args.length > 2 ? args[2] : "200");
        List<Target> targets = List.of(
                new Target("first page", "/api/v1/requests?size=20", "", " order by r.created_at desc, r.id desc", 0),
                new Target("prefecture 13 + UNDER_REVIEW", "/api/v1/requests?prefecture=13&status=UNDER_REVIEW&size=20",
                        " where i.prefecture_code = '13' and r.status = 'UNDER_REVIEW'",
                        " order by r.created_at desc, r.id desc", 0),
                new Target("sort by 申請日時 (newest)", "/api/v1/requests?sort=-submittedAt&size=20", "",
                        " order by r.submitted_at desc, r.id desc", 0),
                new Target("500th page", "/api/v1/requests?page=499&size=20", "",
                        " order by r.created_at desc, r.id desc", 499 * 20));
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        String auth = "Basic " + Base64.getEncoder().encodeToString("national:SosDemo2021".getBytes(StandardCharsets.UTF_8));
        Map<Target, List<Double>> portal = new LinkedHashMap<>();
        Map<Target, List<Double>> sql = new LinkedHashMap<>();
        try (Connection db = DriverManager.getConnection(jdbc, "postgres", "")) {
            for (Target t : targets) { // the totals must agree, or the SQL is not the equivalent
                long apiTotal = total(get(http, base + t.api(), auth));
                long sqlTotal = count(db, t);
                System.out.printf("%-30s total via portal %,d, via SQL %,d%s%n", t.name(), apiTotal, sqlTotal,
                        apiTotal == sqlTotal ? "" : "  MISMATCH");
                portal.put(t, new ArrayList<>());
                sql.put(t, new ArrayList<>());
            }
            for (int i = 0; i < 30; i++) { // warm-up
                for (Target t : targets) {
                    get(http, base + t.api(), auth);
                    page(db, t);
                }
            }
            for (int i = 0; i < runs; i++) {
                for (Target t : targets) {
                    long start = System.nanoTime();
                    get(http, base + t.api(), auth);
                    portal.get(t).add((System.nanoTime() - start) / 1e6);
                    start = System.nanoTime();
                    page(db, t);
                    sql.get(t).add((System.nanoTime() - start) / 1e6);
                }
            }
        }
        System.out.printf("%n%-30s %10s %10s %10s %10s %8s  %s%n", "query (" + runs + " runs each)", "portal p50",
                "portal p95", "SQL p50", "SQL p95", "p95 ×SQL", "goal ≤150 ms and ≤4×");
        for (Target t : targets) {
            double p95 = percentile(portal.get(t), 95);
            double s95 = percentile(sql.get(t), 95);
            System.out.printf("%-30s %7.1f ms %7.1f ms %7.1f ms %7.1f ms %7.1f×  %s%n", t.name(),
                    percentile(portal.get(t), 50), p95, percentile(sql.get(t), 50), s95, p95 / s95,
                    p95 <= 150 && p95 <= 4 * s95 ? "met" : "NOT met");
        }
    }

    static String get(HttpClient http, String url, String auth) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", auth)
                .header("Accept", "application/json").build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(url + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    static long total(String body) {
        Matcher m = TOTAL.matcher(body);
        if (!m.find()) {
            throw new IllegalStateException("no total in " + body);
        }
        return Long.parseLong(m.group(1));
    }

    static long count(Connection db, Target t) throws Exception {
        try (PreparedStatement count = db.prepareStatement(COUNT + t.where()); ResultSet rs = count.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    static void page(Connection db, Target t) throws Exception {
        try (PreparedStatement rows = db.prepareStatement(ROWS + t.where() + t.order() + " limit 20 offset " + t.offset()
                + ") q" + t.order().replace("r.", "q."));
             ResultSet rs = rows.executeQuery()) {
            while (rs.next()) {
                rs.getString(2);
            }
        }
        count(db, t);
    }

    static double percentile(List<Double> values, int p) {
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return sorted[Math.max(0, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }
}
