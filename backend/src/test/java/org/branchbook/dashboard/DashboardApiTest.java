package org.branchbook.dashboard;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.branchbook.ApiTest;
import org.branchbook.access.AccessFixtures;
import org.branchbook.access.Role;
import org.branchbook.member.Members;
import org.junit.jupiter.api.Test;

/**
 * The street dashboard over HTTP: every kind of gap appears when its condition holds and goes once it is fixed
 * through the API (so the facts are kept up to date on writes), figures match counts made independently, scope.
 */
@QuarkusTest
class DashboardApiTest extends ApiTest {

    private static final String D = "/api/v1/dashboard";
    private static final ZoneOffset CST = ZoneOffset.ofHours(8);

    private String street;
    private String community;

    /** A street of its own with a community 党委 in shape (a term), so gaps below are the test's own. */
    private void setUp() {
        AccessFixtures.Street s = AccessFixtures.get().street("总览街道");
        actAs(s.adminToken());
        street = s.id().toString();
        term(street, Members.today().minusYears(1), null);
        community = org("PARTY_COMMITTEE", street);
        term(community, Members.today().minusYears(1), null);
    }

    private static String org(String type, String parent) {
        return api().body(Map.of("code", unique("ZL"), "name", "总览" + type, "type", type, "parentId", parent,
                "establishedOn", "2000-01-01")).post("/api/v1/organizations").then().statusCode(201).extract().path("id");
    }

    /** A branch with {@code full} members 入党 ten years ago, registered a year ago, and a secretary. */
    private String branch(int full) {
        String branch = branchWithoutTerm(full);
        term(branch, Members.today().minusYears(1), null);
        return branch;
    }

    private String branchWithoutTerm(int full) {
        String branch = org("BRANCH", community);
        for (int i = 0; i < full; i++) {
            Map<String, Object> m = Members.fullMember(branch);
            m.put("registeredOn", Members.today().minusYears(1).toString());
            Members.create(m);
        }
        return branch;
    }

    private static void term(String org, LocalDate startsOn, LocalDate endsOn) {
        Map<String, Object> body = new HashMap<>();
        body.put("startsOn", startsOn.toString());
        if (endsOn != null) {
            body.put("endsOn", endsOn.toString());
        }
        body.put("seats", List.of(Map.of("position", "SECRETARY", "personName", "书记甲")));
        api().body(body).post("/api/v1/organizations/" + org + "/leadership/terms").then().statusCode(201);
    }

    /** The gaps of one organization as the street's list shows them. */
    private List<Map<String, Object>> gapsOf(String org) {
        List<Map<String, Object>> items = api().queryParam("organizationId", street).queryParam("limit", 500)
                .get(D + "/gaps").then().statusCode(200).extract().path("items");
        List<Map<String, Object>> out = new ArrayList<>();
        for (Map<String, Object> g : items) {
            @SuppressWarnings("unchecked")
            Map<String, Object> o = (Map<String, Object>) g.get("organization");
            if (org.equals(o.get("id"))) {
                out.add(g);
            }
        }
        return out;
    }

    private Map<String, Object> gap(String org, String kind) {
        return gapsOf(org).stream().filter(g -> kind.equals(g.get("kind"))).findFirst().orElse(null);
    }

    private static String meetingTime(LocalDate day) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(day.atTime(9, 0).atOffset(CST));
    }

    @Test
    void anOutOfShapeBranchAndMissingLeadershipAreGapsUntilFixed() {
        setUp();
        String branch = org("BRANCH", community);
        Members.fill(branch, 2, 0);
        Map<String, Object> shape = gap(branch, "ORG_SHAPE");
        assertNotNull(shape, "fewer than 3 full members");
        assertEquals("TOO_FEW_FULL_MEMBERS", shape.get("code"));
        assertEquals("URGENT", shape.get("severity"));
        assertEquals("NO_LEADERSHIP", gap(branch, "LEADERSHIP").get("code"));
        // the list is most urgent first
        List<String> severities = api().queryParam("organizationId", street).get(D + "/gaps").then().extract().path("items.severity");
        List<String> sorted = new ArrayList<>(severities);
        sorted.sort(java.util.Comparator.comparing(GapSeverity::valueOf));
        assertEquals(sorted, severities);

        Members.fill(branch, 1, 0);
        term(branch, Members.today().minusMonths(1), null);
        assertEquals(null, gap(branch, "ORG_SHAPE"));
        assertEquals(null, gap(branch, "LEADERSHIP"));
    }

    @Test
    void aTermOverdueOrEndingWithinAMonthIsAGapUntilTheNextTermStarts() {
        setUp();
        String overdue = branchWithoutTerm(3);
        String ending = branchWithoutTerm(3);
        term(overdue, Members.today().minusYears(3).minusMonths(2), Members.today().minusMonths(2));
        term(ending, Members.today().minusYears(3).plusDays(10), Members.today().plusDays(10));
        Map<String, Object> late = gap(overdue, "ELECTION_OVERDUE");
        assertNotNull(late);
        assertEquals("URGENT", late.get("severity"));
        assertEquals(Members.today().minusMonths(2).toString(), late.get("since"));
        assertNotNull(gap(ending, "ELECTION_DUE"));
        api().queryParam("organizationId", street).get(D + "/overview").then().statusCode(200)
                .body("terms.overdue", equalTo(1)).body("terms.dueWithinMonth", equalTo(1));

        term(overdue, Members.today().minusDays(1), null);
        assertEquals(null, gap(overdue, "ELECTION_OVERDUE"));
        api().queryParam("organizationId", street).get(D + "/overview").then().body("terms.overdue", equalTo(0));
    }

    @Test
    void probationPastItsEndIsAGapUntilTheMemberIsConfirmed() {
        setUp();
        String branch = branch(3);
        String due = Members.create(Members.probationaryMember(branch, Members.today().minusYears(1).minusMonths(1)));
        Map<String, Object> g = gap(branch, "PROBATION_OVERDUE");
        assertNotNull(g);
        assertEquals(1, g.get("count"));
        api().queryParam("organizationId", branch).get(D + "/overview").then()
                .body("members.probationary", equalTo(1)).body("members.probationDue", equalTo(1))
                .body("members.probationOverdue", equalTo(1));

        api().body(Map.of("effectiveOn", Members.today().toString())).post(Members.PATH + "/" + due + "/confirm")
                .then().statusCode(200);
        assertEquals(null, gap(branch, "PROBATION_OVERDUE"));
        api().queryParam("organizationId", branch).get(D + "/overview").then()
                .body("members.probationary", equalTo(0)).body("members.full", equalTo(4));
    }

    @Test
    void duesArrearsAndSixMonthsUnpaidAreGapsUntilPaid() {
        setUp();
        String branch = branch(3);
        YearMonth current = YearMonth.from(Members.today());
        String six = Members.create(Members.fullMember(branch));
        String three = Members.create(Members.fullMember(branch));
        long monthly = api().body(Map.of("memberId", six, "fromMonth", current.minusMonths(6).toString(), "category", "IN_WORK",
                "baseFen", 400_000L)).post("/api/v1/dues/bases").then().statusCode(200).extract().<Integer>path("monthlyFen");
        api().body(Map.of("memberId", three, "fromMonth", current.minusMonths(3).toString(), "category", "IN_WORK",
                "baseFen", 400_000L)).post("/api/v1/dues/bases").then().statusCode(200);
        Map<String, Object> flagged = gap(branch, "DUES_FLAGGED");
        assertNotNull(flagged);
        assertEquals(1, flagged.get("count"));
        assertEquals(current.minusMonths(6).atDay(1).toString(), flagged.get("since"));
        assertEquals(1, gap(branch, "DUES_ARREARS").get("count"));
        // the year's collection rate as the register counts it: nothing paid yet
        String year = String.valueOf(current.getYear());
        api().queryParam("organizationId", branch).queryParam("period", year).get(D + "/overview").then()
                .body("dues.paidFen", equalTo(0)).body("dues.flaggedMembers", equalTo(1)).body("dues.arrearsMembers", equalTo(1));

        api().body(payment(six, current.minusMonths(6), current.minusMonths(1), monthly * 6)).post("/api/v1/dues/payments")
                .then().statusCode(201);
        assertEquals(null, gap(branch, "DUES_FLAGGED"));
        api().body(payment(three, current.minusMonths(3), current.minusMonths(1), monthly * 3)).post("/api/v1/dues/payments")
                .then().statusCode(201);
        assertEquals(null, gap(branch, "DUES_ARREARS"));
        JsonPath register = api().queryParam("organizationId", branch).queryParam("year", current.getYear())
                .get("/api/v1/dues/register").then().statusCode(200).extract().jsonPath();
        api().queryParam("organizationId", branch).queryParam("period", year).get(D + "/overview").then()
                .body("dues.paidFen", equalTo(register.getInt("paidFen")))
                .body("dues.dueFen", equalTo(register.getInt("dueFen")));
    }

    private static Map<String, Object> payment(String member, YearMonth from, YearMonth to, long amountFen) {
        return new HashMap<>(Map.of("memberId", member, "fromMonth", from.toString(), "toMonth", to.toString(),
                "amountFen", amountFen, "paidOn", Members.today().toString(), "method", "WECHAT", "collectedBy", "组织委员"));
    }

    @Test
    void missedMeetingsOfTheLastClosedMonthAndInactiveMembersAreGapsUntilRecorded() {
        setUp();
        String branch = branch(3);
        Map<String, Object> missed = gap(branch, "MEETINGS_MISSED");
        assertNotNull(missed);
        YearMonth last = YearMonth.from(Members.today()).minusMonths(1);
        assertTrue(((String) missed.get("detail")).contains(last + " 未落实") && ((String) missed.get("detail")).contains("主题党日"),
                missed.get("detail").toString());
        assertEquals(3, gap(branch, "MEMBERS_INACTIVE").get("count"));
        List<String> people = api().queryParam("organizationId", branch).get(Members.PATH).then().statusCode(200)
                .extract().path("items.id");
        // last month's 主题党日, everyone present
        Map<String, Object> body = new HashMap<>();
        body.put("organizationId", branch);
        body.put("types", List.of("THEMED_PARTY_DAY"));
        body.put("state", "HELD");
        body.put("startsAt", meetingTime(last.atDay(15)));
        body.put("topic", "主题党日活动");
        body.put("attendees", people.stream().map(id -> Map.of("memberId", id, "status", "PRESENT")).toList());
        api().body(body).post("/api/v1/meetings").then().statusCode(201);

        Map<String, Object> after = gap(branch, "MEETINGS_MISSED");
        assertTrue(after == null || !((String) after.get("detail")).contains("主题党日"), String.valueOf(after));
        assertEquals(null, gap(branch, "MEMBERS_INACTIVE"));
        // the heat map of the street shows the community's row, the community's shows the branch with last month met
        api().queryParam("organizationId", community).queryParam("period", last.toString()).get(D + "/meetings").then()
                .statusCode(200).body("rows.find { it.organization.id == '" + branch + "' }.cells[" + (last.getMonthValue() - 1)
                        + "].held", equalTo(1));
    }

    @Test
    void aMemberAwaySixMonthsWithoutATransferIsAGapUntilOneIsRequested() {
        setUp();
        String branch = branch(3);
        Map<String, Object> away = Members.fullMember(branch);
        away.put("name", "外出党员");
        away.put("mobile", Map.of("direction", "OUTFLOW", "place", "广东省深圳市", "since", Members.today().minusMonths(7).toString()));
        String member = Members.create(away);
        Map<String, Object> g = gap(branch, "TRANSFER_OVERDUE");
        assertNotNull(g);
        assertEquals("AWAY_WITHOUT_TRANSFER", g.get("code"));
        assertEquals(member, g.get("memberId"));
        api().queryParam("organizationId", street).get(D + "/overview").then().body("transfers.overdue", equalTo(1))
                .body("members.outflow", equalTo(1));

        api().body(Map.of("scope", "OUTGOING", "memberId", member, "toName", "中共深圳市某社区委员会", "toRegion", "广东省深圳市",
                "inCity", false, "reason", "外出务工", "duesPaidTo", YearMonth.from(Members.today()).minusMonths(1).toString()))
                .post("/api/v1/transfers").then().statusCode(201);
        assertEquals(null, gap(branch, "TRANSFER_OVERDUE"));
        api().queryParam("organizationId", street).get(D + "/overview").then().body("transfers.open", equalTo(1))
                .body("transfers.overdue", equalTo(0));
    }

    @Test
    void figuresEqualCountsMadeIndependentlyAndTheBreakdownAddsUp() throws Exception {
        setUp();
        String a = branch(4);
        String b = branch(3);
        Members.create(Members.probationaryMember(b, Members.today().minusMonths(2)));
        Map<String, Object> held = new HashMap<>();
        held.put("organizationId", a);
        held.put("types", List.of("BRANCH_GENERAL_MEETING"));
        held.put("state", "HELD");
        held.put("startsAt", meetingTime(Members.today().withDayOfMonth(1)));
        held.put("topic", "党员大会");
        api().body(held).post("/api/v1/meetings").then().statusCode(201);
        String month = YearMonth.from(Members.today()).toString();
        JsonPath o = api().queryParam("organizationId", street).queryParam("period", month).get(D + "/overview").then()
                .statusCode(200).extract().jsonPath();
        String path = scalar("select path from organization where id = '" + street + "'");
        assertEquals(count("select count(*) from organization where path like '" + path + "%' and archived_at is null"),
                o.getInt("organizations.total"));
        assertEquals(count("select count(*) from member m join organization x on x.id = m.organization_id where x.path like '"
                + path + "%' and m.status = 'FULL' and m.registration = 'REGISTERED'"), o.getInt("members.full"));
        assertEquals(count("select count(*) from member m join organization x on x.id = m.organization_id where x.path like '"
                + path + "%' and m.status = 'PROBATIONARY'"), o.getInt("members.probationary"));
        assertEquals(count("select count(*) from meeting m join organization x on x.id = m.organization_id where x.path like '"
                + path + "%' and m.state = 'HELD' and m.starts_at >= date_trunc('month', now() at time zone 'Asia/Shanghai')"
                + " at time zone 'Asia/Shanghai'"), o.getInt("meetings.held"));
        assertEquals(8, o.getInt("members.total"));
        // the compliance endpoints and the dashboard agree on what is missing this year
        JsonPath breakdown = api().queryParam("organizationId", community).queryParam("period", month).get(D + "/breakdown")
                .then().statusCode(200).extract().jsonPath();
        assertEquals(List.of(a, b).stream().sorted().toList(),
                breakdown.<String>getList("rows.organization.id").stream().sorted().toList());
        int members = breakdown.<Integer>getList("rows.members").stream().mapToInt(Integer::intValue).sum();
        api().queryParam("organizationId", community).queryParam("period", month).get(D + "/overview").then()
                .body("members.total", equalTo(members));
        // concurrent readers after a write all see the same, up-to-date figures
        Members.create(Members.fullMember(a));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Integer>> futures = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                futures.add(pool.submit(() -> api().queryParam("organizationId", street).get(D + "/overview").then()
                        .statusCode(200).extract().<Integer>path("members.full")));
            }
            for (Future<Integer> f : futures) {
                assertEquals(o.getInt("members.full") + 1, f.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aBranchMovedToAnotherCommunityTakesItsFiguresWithIt() {
        setUp();
        String other = org("PARTY_COMMITTEE", street);
        String branch = branch(3);
        YearMonth current = YearMonth.from(Members.today());
        String member = Members.create(Members.fullMember(branch));
        long monthly = api().body(Map.of("memberId", member, "fromMonth", current.minusMonths(2).toString(), "category", "IN_WORK",
                "baseFen", 400_000L)).post("/api/v1/dues/bases").then().statusCode(200).extract().<Integer>path("monthlyFen");
        String year = String.valueOf(current.getYear());
        api().queryParam("organizationId", community).queryParam("period", year).get(D + "/overview").then()
                .body("members.total", equalTo(4)).body("dues.dueFen", equalTo((int) monthly * 3));
        api().queryParam("organizationId", street).queryParam("period", year).get(D + "/breakdown").then()
                .body("rows.find { it.organization.id == '" + community + "' }.duesDueFen", equalTo((int) monthly * 3))
                .body("rows.find { it.organization.id == '" + other + "' }.duesDueFen", equalTo(0));

        api().body(Map.of("parentId", other, "effectiveOn", Members.today().toString(), "reason", "社区调整"))
                .post("/api/v1/organizations/" + branch + "/move").then().statusCode(200);
        api().queryParam("organizationId", street).queryParam("period", year).get(D + "/breakdown").then()
                .body("rows.find { it.organization.id == '" + community + "' }.duesDueFen", equalTo(0))
                .body("rows.find { it.organization.id == '" + community + "' }.members", equalTo(0))
                .body("rows.find { it.organization.id == '" + other + "' }.duesDueFen", equalTo((int) monthly * 3))
                .body("rows.find { it.organization.id == '" + other + "' }.members", equalTo(4));
        api().queryParam("organizationId", street).queryParam("period", year).get(D + "/overview").then()
                .body("dues.dueFen", equalTo((int) monthly * 3));
        api().queryParam("organizationId", street).queryParam("period", year).get(D + "/dues-trend").then()
                .body("series[0].points[11].dueFen", equalTo((int) monthly));
    }

    @Test
    void aCommunityAdminSeesOnlyTheirSubtreeAndBadParametersAre400() {
        setUp();
        String branch = branch(2);
        String sibling = org("PARTY_COMMITTEE", street);
        UUID admin = AccessFixtures.get().account(Role.ORG_ADMIN, UUID.fromString(community)).id;
        String token = AccessFixtures.get().token(admin, UUID.fromString(community), true, 30, false);
        actAs(token);
        api().get(D + "/overview").then().statusCode(200).body("organization.id", equalTo(community));
        api().queryParam("organizationId", sibling).get(D + "/overview").then().statusCode(404);
        api().queryParam("organizationId", street).get(D + "/gaps").then().statusCode(404);
        List<String> orgs = api().get(D + "/gaps").then().statusCode(200).extract().path("items.organization.id");
        assertFalse(orgs.isEmpty());
        assertTrue(orgs.stream().allMatch(id -> id.equals(community) || id.equals(branch)), orgs.toString());
        for (String bad : List.of("2026-13", "2026-Q5", "26", "1999", String.valueOf(Members.today().getYear() + 1))) {
            raw().queryParam("period", bad).get(D + "/overview")
                    .then().statusCode(400).contentType(startsWith("application/problem+json"))
                    .body("errors[0].field", equalTo("period"));
        }
        raw().queryParam("kind", "NOPE").get(D + "/gaps").then()
                .statusCode(400).contentType(startsWith("application/problem+json"));
        raw().queryParam("limit", 0).get(D + "/gaps").then()
                .statusCode(400);
    }

    @Test
    void theOverviewExportsAsAWorkbookAndPrintsAsAPage() {
        setUp();
        branch(2);
        byte[] xlsx = api().accept("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .queryParam("organizationId", street).get(D + "/export").then().statusCode(200)
                .contentType(startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .extract().asByteArray();
        assertEquals('P', xlsx[0]);
        assertEquals('K', xlsx[1]);
        String html = api().accept("text/html").queryParam("organizationId", street).get(D + "/print").then().statusCode(200)
                .contentType(startsWith("text/html")).header("Content-Security-Policy", startsWith("default-src 'none'"))
                .extract().asString();
        assertTrue(html.contains("待整改事项") && html.contains("总览街道"), html);
        assertTrue(html.contains("组织设置不规范"), "the gap kinds are labelled in Chinese");
    }

    private long count(String sql) throws Exception {
        try (var c = dataSource.getConnection(); var s = c.createStatement(); var r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    private String scalar(String sql) {
        try (var c = dataSource.getConnection(); var s = c.createStatement(); var r = s.executeQuery(sql)) {
            r.next();
            return r.getString(1);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
