package org.branchbook.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.branchbook.ApiTest;
import org.branchbook.access.AccessFixtures;
import org.junit.jupiter.api.Test;

/**
 * On the demo street: the dashboard's figures equal counts made independently, by SQL on the books and by the
 * pages the figures link to (the dues roll-up, the compliance matrix, the shape warnings, the overdue transfers).
 */
@QuarkusTest
class DemoDashboardTest extends ApiTest {

    private static final String D = "/api/v1/dashboard";

    @Test
    void theFiguresOfTheDemoStreetEqualIndependentCounts() throws Exception {
        AccessFixtures.Street demo = AccessFixtures.get().demoStreet();
        actAs(demo.adminToken());
        String street = demo.id().toString();
        int year = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear();
        JsonPath o = api().queryParam("period", String.valueOf(year)).get(D + "/overview").then().statusCode(200)
                .extract().jsonPath();
        assertEquals(street, o.getString("organization.id"));
        assertEquals(0, o.getInt("pendingOrganizations"));
        String in = "x.path like '" + scalar("select path from organization where id = '" + street + "'") + "%'";

        // organizations and members, straight from the tables
        assertEquals(count("select count(*) from organization x where " + in + " and x.archived_at is null"),
                o.getInt("organizations.total"));
        assertEquals(count("select count(*) from organization x where " + in + " and x.type = 'BRANCH' and x.archived_at is null"),
                o.getList("organizations.byType", Map.class).stream().filter(t -> "BRANCH".equals(t.get("type")))
                        .mapToInt(t -> (Integer) t.get("count")).sum());
        String members = "select count(*) from member m join organization x on x.id = m.organization_id where " + in;
        assertEquals(count(members + " and m.status = 'FULL' and m.registration = 'REGISTERED'"), o.getInt("members.full"));
        assertEquals(count(members + " and m.status = 'PROBATIONARY' and m.registration = 'REGISTERED'"),
                o.getInt("members.probationary"));
        assertEquals(count(members + " and m.status in ('FULL', 'PROBATIONARY') and m.registration = 'REGISTERED'"
                + " and 'VETERAN' = any (m.categories)"), o.getList("members.byCategory", Map.class).stream()
                .filter(c -> "VETERAN".equals(c.get("category"))).mapToInt(c -> (Integer) c.get("count")).sum());
        assertEquals(count(members + " and m.status = 'PROBATIONARY' and m.probation_ends_on < current_date"),
                o.getInt("members.probationOverdue"));
        assertEquals(count("select count(*) from meeting t join organization x on x.id = t.organization_id where " + in
                + " and t.state = 'HELD' and t.starts_at >= make_timestamptz(" + year + ", 1, 1, 0, 0, 0, 'Asia/Shanghai')"
                + " and t.starts_at < make_timestamptz(" + (year + 1) + ", 1, 1, 0, 0, 0, 'Asia/Shanghai')"),
                o.getInt("meetings.held"));
        assertEquals(count("select count(*) from transfer t where t.state in ('REQUESTED', 'ISSUED') and exists (select 1 from"
                + " organization x where x.id in (t.from_organization_id, t.to_organization_id, t.approver_organization_id) and "
                + in + ")"), o.getInt("transfers.open"));

        // dues: the subtree row of the roll-up the 党费 pages show
        JsonPath dues = api().queryParam("organizationId", street).queryParam("year", year).get("/api/v1/dues/summary")
                .then().statusCode(200).extract().jsonPath();
        assertEquals(dues.getLong("rows[0].dueFen"), o.getLong("dues.dueFen"));
        assertEquals(dues.getDouble("rows[0].rate"), o.getDouble("dues.rate"), 0.0001);
        assertEquals(dues.getInt("rows[0].warnings"), o.getInt("dues.arrearsMembers"));
        assertEquals(dues.getInt("rows[0].flags"), o.getInt("dues.flaggedMembers"));
        assertTrue(o.getLong("dues.dueFen") > 0, "the demo has dues");

        // 三会一课: the year's missed requirements, as the compliance matrix counts them
        List<Integer> missed = api().queryParam("year", year).get("/api/v1/organizations/" + street + "/meeting-compliance/subtree")
                .then().statusCode(200).extract().path("rows.missing");
        assertEquals(missed.stream().mapToInt(Integer::intValue).sum(), o.getInt("meetings.missing"));

        // gaps: the shape warnings page (less 换届 within six months) and the overdue transfers
        JsonPath shape = api().get("/api/v1/organizations/" + street + "/subtree-warnings").then().statusCode(200)
                .extract().jsonPath();
        long shapeWarnings = shape.getList("items.warnings.code").stream()
                .flatMap(l -> ((List<?>) l).stream()).filter(c -> !"ELECTION_DUE_SOON".equals(c)).count();
        long shapeGaps = o.getList("gaps.byKind", Map.class).stream()
                .filter(k -> List.of("ORG_SHAPE", "LEADERSHIP", "ELECTION_OVERDUE", "ELECTION_DUE").contains(k.get("kind")))
                .mapToInt(k -> (Integer) k.get("count")).sum();
        assertEquals(shapeWarnings, shapeGaps);
        List<Integer> overdue = api().queryParam("organizationId", street).get("/api/v1/transfers/overdue").then()
                .statusCode(200).extract().path("counts.count");
        assertEquals(overdue.stream().mapToInt(Integer::intValue).sum(), o.getInt("transfers.overdue"));
    }

    private long count(String sql) throws Exception {
        try (var c = dataSource.getConnection(); var s = c.createStatement(); var r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    private String scalar(String sql) throws Exception {
        try (var c = dataSource.getConnection(); var s = c.createStatement(); var r = s.executeQuery(sql)) {
            r.next();
            return r.getString(1);
        }
    }
}
