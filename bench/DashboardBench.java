import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The dashboard benchmark (run by bench/dashboard.sh): times each overview endpoint for the whole street through the
 * HTTP API, and the same figures computed by hand-written SQL straight from the books (members, standards, ledger,
 * meetings, transfers, terms), in the same run. Prints p50/p95 of each, and the ratio of the API's total p95 to the
 * SQL's total p95 last.
 *
 * Usage: java -cp postgresql.jar bench/DashboardBench.java API_BASE TOKEN JDBC_URL RUNS [SQL_RUNS]
 */
public class DashboardBench {

    public static void main(String[] args) throws Exception {
        String api = args[0];
        String token = args[1];
        int runs = Integer.parseInt(args[3]);
        // the hand SQL takes seconds at 10×: it may run fewer times than the API
        int sqlRuns = args.length > 4 ? Integer.parseInt(args[4]) : runs;
        YearMonth current = YearMonth.now(ZoneId.of("Asia/Shanghai"));
        String year = String.valueOf(current.getYear());
        HttpClient http = HttpClient.newHttpClient();
        Map<String, String> endpoints = new LinkedHashMap<>();
        endpoints.put("overview", "/dashboard/overview?period=" + year);
        endpoints.put("gaps", "/dashboard/gaps?limit=50");
        endpoints.put("breakdown", "/dashboard/breakdown?period=" + year);
        endpoints.put("meetings", "/dashboard/meetings?period=" + year);
        endpoints.put("dues-trend", "/dashboard/dues-trend?period=" + year);
        try (Connection c = DriverManager.getConnection(args[2], "postgres", "postgres")) {
            String street = scalar(c, "select path from organization where parent_id is null order by created_at limit 1");
            Map<String, List<String>> sql = handSql(street, current);
            double apiTotal = 0;
            double sqlTotal = 0;
            System.out.printf("%-12s %12s %12s   %12s %12s%n", "figures", "api p50 ms", "api p95 ms", "sql p50 ms", "sql p95 ms");
            for (String name : endpoints.keySet()) {
                // warm-up: the first calls compile code paths and fill the database's cache
                for (int i = 0; i < 3; i++) {
                    http.send(HttpRequest.newBuilder(URI.create(api + endpoints.get(name)))
                            .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
                }
                double[] a = new double[runs];
                double[] s = new double[sqlRuns];
                for (int i = 0; i < runs; i++) {
                    long t0 = System.nanoTime();
                    HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(api + endpoints.get(name)))
                            .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
                    a[i] = (System.nanoTime() - t0) / 1e6;
                    if (r.statusCode() != 200) {
                        throw new IllegalStateException(name + ": HTTP " + r.statusCode() + " " + r.body());
                    }
                    if (i >= sqlRuns) {
                        continue;
                    }
                    t0 = System.nanoTime();
                    for (String q : sql.get(name)) {
                        try (PreparedStatement ps = c.prepareStatement(q); ResultSet rs = ps.executeQuery()) {
                            while (rs.next()) {
                                rs.getObject(1);
                            }
                        }
                    }
                    s[i] = (System.nanoTime() - t0) / 1e6;
                }
                System.out.printf("%-12s %12.1f %12.1f   %12.1f %12.1f%n", name, p(a, 50), p(a, 95), p(s, 50), p(s, 95));
                apiTotal += p(a, 95);
                sqlTotal += p(s, 95);
            }
            System.out.printf("api_p95_ms=%.1f sql_p95_ms=%.1f ratio=%.2f%n", apiTotal, sqlTotal, apiTotal / sqlTotal);
        }
    }

    /** The figures of each endpoint, from the books themselves (no dashboard tables). */
    static Map<String, List<String>> handSql(String street, YearMonth current) {
        String in = "o.path like '" + street + "%' and o.archived_at is null";
        String jan = YearMonth.of(current.getYear(), 1).atDay(1).toString();
        String now = current.atDay(1).toString();
        String firstTrend = current.minusMonths(11).atDay(1).toString();
        // due per member and month: the standard in force, from the member's first standard (not before 入党) on
        String due = """
                select %s as grp, g.month, sum(s.monthly_fen) as due
                from member m join organization o on o.id = m.organization_id
                cross join generate_series(date '%s', date '%s', interval '1 month') as g (month)
                join lateral (select x.monthly_fen from dues_standard x where x.member_id = m.id and x.from_month <= g.month
                              order by x.from_month desc limit 1) s on true
                where %s and m.status in ('PROBATIONARY', 'FULL') and g.month >= date_trunc('month', m.joined_on)
                group by 1, 2""";
        String paid = """
                select %s as grp, p.month, sum(p.amount_fen) from dues_payment_month p join member m on m.id = p.member_id
                join organization o on o.id = m.organization_id
                where %s and p.month between date '%s' and date '%s' group by 1, 2""";
        String child = "split_part(substr(o.path, " + (street.length() + 1) + "), '/', 1)";
        Map<String, List<String>> out = new LinkedHashMap<>();
        out.put("overview", List.of(
                "select o.type, count(*) from organization o where " + in + " group by o.type",
                """
                select count(*) filter (where m.status = 'FULL'), count(*) filter (where m.status = 'PROBATIONARY'),
                       count(*) filter (where m.registration = 'REPORTING'), count(*) filter (where m.mobility = 'OUTFLOW'),
                       count(*) filter (where 'RETIRED' = any (m.categories)), count(*) filter (where 'VETERAN' = any (m.categories)),
                       count(*) filter (where m.status = 'PROBATIONARY' and m.probation_ends_on < current_date)
                from member m join organization o on o.id = m.organization_id
                where """ + " " + in + " and m.status in ('PROBATIONARY', 'FULL')",
                String.format(due, "1", jan, now, in),
                String.format(paid, "1", in, jan, now),
                "select count(*) from meeting t join organization o on o.id = t.organization_id where " + in
                        + " and t.state = 'HELD' and t.starts_at >= date '" + jan + "'",
                "select count(*) from transfer t where t.state in ('REQUESTED', 'ISSUED')",
                "select count(*) from leadership_term t join organization o on o.id = t.organization_id where " + in
                        + " and t.closed_on is null and t.ends_on < current_date + 30"));
        out.put("gaps", List.of(
                // members with no organizational life for six months
                """
                select m.organization_id, count(*) from member m join organization o on o.id = m.organization_id
                where """ + " " + in + """
                 and m.status in ('PROBATIONARY', 'FULL') and m.registration = 'REGISTERED'
                  and not exists (select 1 from meeting_attendee a join meeting t on t.id = a.meeting_id
                                  where a.member_id = m.id and a.status = 'PRESENT' and t.state = 'HELD'
                                    and t.starts_at >= now() - interval '6 months')
                group by 1""",
                // members owing three months or more of the last six
                """
                select m.organization_id, count(*) from member m join organization o on o.id = m.organization_id
                cross join lateral (select count(*) as owed from generate_series(date_trunc('month', now()) - interval '6 months',
                        date_trunc('month', now()) - interval '1 month', interval '1 month') g (month)
                    where exists (select 1 from dues_standard s where s.member_id = m.id and s.from_month <= g.month)
                      and not exists (select 1 from dues_payment_month p where p.member_id = m.id and p.month = g.month)) x
                where """ + " " + in + " and m.status in ('PROBATIONARY', 'FULL') and x.owed >= 3 group by 1",
                "select m.organization_id, count(*) from member m join organization o on o.id = m.organization_id where " + in
                        + " and m.status = 'PROBATIONARY' and m.probation_ends_on < current_date group by 1",
                "select t.organization_id from leadership_term t join organization o on o.id = t.organization_id where " + in
                        + " and t.closed_on is null and t.ends_on < current_date + 30",
                "select t.id from transfer t where t.state = 'REQUESTED' and t.requested_on < current_date - 7"));
        out.put("breakdown", List.of(
                "select " + child + ", count(*) filter (where m.status = 'FULL'), count(*) filter (where m.status = 'PROBATIONARY')"
                        + " from member m join organization o on o.id = m.organization_id where " + in
                        + " and m.status in ('PROBATIONARY', 'FULL') group by 1",
                String.format(due, child, jan, now, in),
                String.format(paid, child, in, jan, now)));
        out.put("meetings", List.of(
                "select " + child + ", date_trunc('month', t.starts_at at time zone 'Asia/Shanghai'), count(*)"
                        + " from meeting t join organization o on o.id = t.organization_id where " + in
                        + " and t.state = 'HELD' and t.starts_at >= date '" + jan + "' group by 1, 2"));
        out.put("dues-trend", List.of(String.format(due, child, firstTrend, now, in), String.format(paid, child, in, firstTrend, now)));
        return out;
    }

    static double p(double[] values, int percentile) {
        double[] v = values.clone();
        Arrays.sort(v);
        return v[Math.min(v.length - 1, (int) Math.ceil(percentile / 100.0 * v.length) - 1)];
    }

    static String scalar(Connection c, String sql) throws Exception {
        try (var s = c.createStatement(); var r = s.executeQuery(sql)) {
            r.next();
            return r.getString(1);
        }
    }
}
