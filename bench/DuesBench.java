import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The dues benchmark (run by bench/dues.sh): a base for every member (SQL), then the year's standards and the
 * register aggregate through the API against the same computations in hand-written SQL.
 *
 * Usage: java -cp postgresql.jar bench/DuesBench.java API_BASE TOKEN JDBC_URL STREET_ID BRANCH_CODES_FILE
 */
public class DuesBench {

    public static void main(String[] args) throws Exception {
        String api = args[0];
        String token = args[1];
        String street = args[3];
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        int year = today.getYear();
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        try (Connection c = DriverManager.getConnection(args[2], "postgres", "postgres"); Statement s = c.createStatement()) {
            int members = count(s, "select count(*) from member");
            // a base for everyone from January (the table gives the amount on compute), a tenth of them retirees
            s.executeUpdate("insert into dues_standard (id, member_id, from_month, category, base_fen, computed_fen,"
                    + " monthly_fen, adjustment, recorded_at, recorded_by) select gen_random_uuid(), id, make_date(" + year
                    + ", 1, 1), case when random() < 0.1 then 'RETIRED' else 'IN_WORK' end, 150000 + (random() * 1500000)::bigint,"
                    + " 0, 0, 'NONE', now(), 'bench' from member");
            s.execute("analyze dues_standard");
            System.out.printf("members: %d, year %d%n", members, year);

            long t0 = System.nanoTime();
            String computed = post(http, api + "/dues/standards/compute", token,
                    "{\"organizationId\":\"" + street + "\",\"year\":" + year + "}");
            double standardsApi = (System.nanoTime() - t0) / 1e9;
            if (!computed.contains("\"changed\":" + members)) {
                throw new IllegalStateException("compute did not compute every standard: " + computed);
            }
            c.setAutoCommit(false);
            long t1 = System.nanoTime();
            s.executeUpdate("update dues_standard set computed_fen = (base_fen * case"
                    + " when category = 'IN_WORK' and base_fen <= 300000 then 50 when category = 'IN_WORK' and base_fen <= 500000 then 100"
                    + " when category = 'IN_WORK' and base_fen <= 1000000 then 150 when category = 'IN_WORK' then 200"
                    + " when base_fen <= 500000 then 50 else 100 end + 5000) / 10000, monthly_fen = computed_fen,"
                    + " version = version + 1 where from_month = make_date(" + year + ", 1, 1)");
            double standardsSql = (System.nanoTime() - t1) / 1e9;
            c.rollback();
            c.setAutoCommit(true);
            System.out.printf("standards: api %.2f s, sql %.2f s%n", standardsApi, standardsSql);

            // payments: nine in ten members paid every month from January to last month, one payment each
            int last = today.getMonthValue() - 1;
            if (last >= 1) {
                s.executeUpdate("create temp table paying as select m.id as member_id, m.organization_id, gen_random_uuid() as pid,"
                        + " s.monthly_fen from member m join dues_standard s on s.member_id = m.id where random() < 0.9");
                s.executeUpdate("insert into dues_payment (id, member_id, organization_id, kind, from_month, to_month, amount_fen,"
                        + " paid_on, method, recorded_at, recorded_by) select pid, member_id, organization_id, 'REGULAR', make_date("
                        + year + ", 1, 1), make_date(" + year + ", " + last + ", 1), monthly_fen * " + last + ", current_date, 'CASH',"
                        + " now(), 'bench' from paying");
                s.executeUpdate("insert into dues_payment_month (payment_id, member_id, month, amount_fen, covers) select pid,"
                        + " member_id, make_date(" + year + ", g, 1), monthly_fen, 1 from paying, generate_series(1, " + last + ") g");
                s.execute("analyze dues_payment; analyze dues_payment_month");
            }
            get(http, api + "/dues/summary?year=" + year, token); // warm-up
            long t2 = System.nanoTime();
            String summary = get(http, api + "/dues/summary?year=" + year, token);
            double registerApi = (System.nanoTime() - t2) / 1e9;
            long t3 = System.nanoTime();
            try (ResultSet rs = s.executeQuery("""
                    with months as (select make_date(%d, g, 1) as month from generate_series(1, 12) g)
                    select mo.month,
                           sum((select st.monthly_fen from dues_standard st where st.member_id = m.id and st.from_month <= mo.month
                                order by st.from_month desc limit 1)) as due,
                           sum((select sum(p.amount_fen) from dues_payment_month p where p.member_id = m.id and p.month = mo.month)) as paid
                    from member m cross join months mo where m.status in ('PROBATIONARY', 'FULL') group by mo.month order by mo.month
                    """.formatted(year))) {
                while (rs.next()) {
                    // read every row
                    rs.getLong(2);
                }
            }
            double registerSql = (System.nanoTime() - t3) / 1e9;
            System.out.printf("register (street summary, %d members × 12 months + arrears): api %.2f s, sql %.2f s (%d bytes)%n",
                    members, registerApi, registerSql, summary.length());
            double apiTotal = standardsApi + registerApi;
            double sqlTotal = standardsSql + registerSql;
            System.out.printf("api_s=%.2f sql_s=%.2f ratio=%.1f%n", apiTotal, sqlTotal, apiTotal / sqlTotal);
        }
    }

    static int count(Statement s, String sql) throws Exception {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        }
    }

    static String post(HttpClient http, String url, String token, String json) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException(url + " → " + r.statusCode() + " " + r.body());
        }
        return r.body();
    }

    static String get(HttpClient http, String url, String token) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token)
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException(url + " → " + r.statusCode() + " " + r.body());
        }
        return r.body();
    }
}
