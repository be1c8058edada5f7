package org.branchbook.meeting;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.branchbook.ApiTest;
import org.branchbook.access.AccessFixtures;
import org.branchbook.member.Members;
import org.junit.jupiter.api.Test;

/** The 组织生活记实簿 over HTTP: planning and recording, attendance and quorum, compliance, attachments, scope. */
@QuarkusTest
class MeetingApiTest extends ApiTest {

    private static final String M = "/api/v1/meetings";
    private static final ZoneOffset CST = ZoneOffset.ofHours(8);

    private String token;
    private String street;
    private String branch;
    private final List<String> members = new ArrayList<>();

    private void setUp(int people) {
        AccessFixtures.Street s = AccessFixtures.get().street("会议街道");
        token = s.adminToken();
        actAs(token);
        street = s.id().toString();
        String community = org("PARTY_COMMITTEE", street);
        branch = org("BRANCH", community);
        for (int i = 0; i < people; i++) {
            Map<String, Object> body = Members.fullMember(branch);
            body.put("name", "会员" + "甲乙丙丁戊己".charAt(i));
            body.put("registeredOn", Members.today().minusYears(1).toString());
            members.add(Members.create(body));
        }
    }

    private static String org(String type, String parent) {
        return api().body(Map.of("code", unique("HY"), "name", "会议" + type, "type", type, "parentId", parent,
                "establishedOn", "2000-01-01")).post("/api/v1/organizations").then().statusCode(201).extract().path("id");
    }

    /** Today at 09:00 in Shanghai, or earlier when it is still before that. */
    private static OffsetDateTime earlierToday() {
        OffsetDateTime now = OffsetDateTime.now(CST);
        OffsetDateTime nine = now.withHour(0).withMinute(1).withSecond(0).withNano(0);
        return nine.isAfter(now) ? now.minusMinutes(1) : nine;
    }

    private Map<String, Object> meeting(List<String> types, String state, OffsetDateTime at) {
        Map<String, Object> body = new HashMap<>();
        body.put("organizationId", branch);
        body.put("types", types);
        body.put("state", state);
        body.put("startsAt", java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(at));
        body.put("topic", "学习贯彻会议精神");
        body.put("place", "党群服务中心");
        return body;
    }

    private List<Map<String, Object>> attendance(String... statuses) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (int i = 0; i < statuses.length; i++) {
            Map<String, Object> a = new HashMap<>(Map.of("memberId", members.get(i), "status", statuses[i]));
            if (!statuses[i].equals("PRESENT")) {
                a.put("reason", "出差");
            }
            out.add(a);
        }
        return out;
    }

    @Test
    void aPlannedMeetingExpectsTheMembersAndIsRecordedAsHeldWithAttendance() {
        setUp(3);
        OffsetDateTime at = earlierToday();
        Map<String, Object> plan = meeting(List.of("BRANCH_GENERAL_MEETING"), "PLANNED", at);
        String id = api().body(plan).post(M).then().statusCode(201)
                .header("ETag", "\"0\"")
                .body("state", equalTo("PLANNED"))
                .body("attendees.memberId", containsInAnyOrder(members.toArray()))
                .body("attendees.status", contains("EXPECTED", "EXPECTED", "EXPECTED"))
                .body("attendees.voting", contains(true, true, true))
                .body("counts", org.hamcrest.Matchers.empty())
                .extract().path("id");
        api().queryParam("organizationId", street).queryParam("from", at.toLocalDate().toString()).get(M).then()
                .statusCode(200).body("items.id", hasItem(id));
        // recording it: every expected member present, on leave or absent, with reasons
        Map<String, Object> held = new HashMap<>(plan);
        held.put("state", "HELD");
        held.put("minutes", "传达学习\n讨论");
        held.put("attendees", attendance("PRESENT", "PRESENT", "EXPECTED"));
        Map<String, String> before = fingerprint();
        api().header("If-Match", "\"0\"").body(held).put(M + "/" + id).then().statusCode(422)
                .body("errors[0].field", equalTo("attendees[2].status"));
        List<Map<String, Object>> noReason = attendance("PRESENT", "PRESENT", "ABSENT");
        noReason.get(2).remove("reason");
        held.put("attendees", noReason);
        api().header("If-Match", "\"0\"").body(held).put(M + "/" + id).then().statusCode(422)
                .body("errors[0].field", equalTo("attendees[2].reason"));
        assertEquals(before, fingerprint());
        held.put("attendees", attendance("PRESENT", "PRESENT", "LEAVE"));
        held.put("vote", "RESOLUTION");
        api().header("If-Match", "\"0\"").body(held).put(M + "/" + id).then().statusCode(200)
                .body("state", equalTo("HELD"))
                .body("attendance.expected", equalTo(3)).body("attendance.present", equalTo(2))
                .body("attendance.leave", equalTo(1))
                .body("quorum.met", equalTo(true)).body("quorum.eligible", equalTo(3))
                .body("counts", contains("GENERAL_MEETING"))
                .body("minutes", equalTo("传达学习\n讨论"));
        // stale ETag: 412; a held meeting cannot go back to planned or be cancelled
        api().header("If-Match", "\"0\"").body(held).put(M + "/" + id).then().statusCode(412);
        api().body(Map.of("reason", "x")).post(M + "/" + id + "/cancel").then().statusCode(409);
    }

    @Test
    void aVoteWithoutQuorumIsRefusedAndAHeldMeetingCannotBeInTheFuture() {
        setUp(3);
        Map<String, Object> body = meeting(List.of("BRANCH_GENERAL_MEETING"), "HELD", earlierToday());
        body.put("vote", "RESOLUTION");
        body.put("attendees", attendance("PRESENT", "LEAVE", "ABSENT")); // 1 of 3: not more than half
        Map<String, String> before = fingerprint();
        api().body(body).post(M).then().statusCode(422).body("type", equalTo("urn:branchbook:problem:quorum-not-met"))
                .body("detail", containsString("实到 1 人"));
        body.put("vote", "ELECTION");
        body.put("attendees", attendance("PRESENT", "PRESENT", "ABSENT")); // 2 of 3 < 4/5
        api().body(body).post(M).then().statusCode(422);
        Map<String, Object> future = meeting(List.of("THEMED_PARTY_DAY"), "HELD", OffsetDateTime.now(CST).plusHours(2));
        api().body(future).post(M).then().statusCode(422).body("errors[0].field", equalTo("startsAt"));
        assertEquals(before, fingerprint());
        body.put("vote", "NONE");
        api().body(body).post(M).then().statusCode(201).body("quorum.needed", org.hamcrest.Matchers.nullValue());
    }

    @Test
    void aCommitteeMeetingExpectsTheCommitteeAndNeedsMoreThanHalfOfIt() {
        setUp(4);
        // the term names three of the four members as 支委
        api().body(Map.of("startsOn", Members.today().minusYears(1).toString(), "seats", List.of(
                Map.of("position", "SECRETARY", "personName", "会员甲"),
                Map.of("position", "ORGANIZATION_COMMITTEE_MEMBER", "personName", "会员乙"),
                Map.of("position", "PUBLICITY_COMMITTEE_MEMBER", "personName", "会员丙"))))
                .post("/api/v1/organizations/" + branch + "/leadership/terms").then().statusCode(201);
        api().queryParam("organizationId", branch).queryParam("types", "BRANCH_COMMITTEE_MEETING").get(M + "/expected-attendees")
                .then().statusCode(200).body("items.name", containsInAnyOrder("会员甲", "会员乙", "会员丙"))
                .body("items.committee", contains(true, true, true));
        Map<String, Object> body = meeting(List.of("BRANCH_COMMITTEE_MEETING"), "HELD", earlierToday());
        List<Map<String, Object>> seats = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            seats.add(new HashMap<>(Map.of("memberId", members.get(i), "committee", true, "status", i == 0 ? "PRESENT" : "LEAVE",
                    "reason", "事假")));
        }
        body.put("attendees", seats);
        api().body(body).post(M).then().statusCode(201).body("quorum.met", equalTo(false)).body("quorum.eligible", equalTo(3));
        seats.get(1).put("status", "PRESENT");
        api().body(body).post(M).then().statusCode(201).body("quorum.met", equalTo(true))
                .body("counts", contains("COMMITTEE_MEETING"));
        int year = Members.today().getYear();
        api().queryParam("year", year).get("/api/v1/organizations/" + branch + "/meeting-compliance").then().statusCode(200)
                .body("hasCommittee", equalTo(true))
                .body("items.find { it.requirement == 'COMMITTEE_MEETING' && it.period == '" + Members.today().toString().substring(0, 7)
                        + "' }.status", equalTo("MET"));
    }

    @Test
    void complianceCountsAThemedDayWithALectureForBothAndSkipsWhatDoesNotApply() {
        setUp(2);
        String month = Members.today().toString().substring(0, 7);
        api().get("/api/v1/organizations/" + branch + "/meeting-compliance").then().statusCode(200)
                .body("hasCommittee", equalTo(false)).body("groups", equalTo(0))
                .body("items.requirement", not(hasItem("COMMITTEE_MEETING")))
                .body("items.requirement", not(hasItem("GROUP_MEETING")))
                .body("items.find { it.requirement == 'THEMED_PARTY_DAY' && it.period == '" + month + "' }.status", equalTo("OPEN"));
        Map<String, Object> body = meeting(List.of("THEMED_PARTY_DAY", "PARTY_LECTURE"), "HELD", earlierToday());
        body.put("lecturer", "会员甲");
        body.put("secretaryLectured", true);
        body.put("attendees", attendance("PRESENT", "PRESENT"));
        api().body(body).post(M).then().statusCode(201)
                .body("counts", containsInAnyOrder("THEMED_PARTY_DAY", "PARTY_LECTURE", "SECRETARY_LECTURE"));
        String quarter = Members.today().getYear() + "-Q" + ((Members.today().getMonthValue() - 1) / 3 + 1);
        api().get("/api/v1/organizations/" + branch + "/meeting-compliance").then()
                .body("items.find { it.requirement == 'THEMED_PARTY_DAY' && it.period == '" + month + "' }.status", equalTo("MET"))
                .body("items.find { it.requirement == 'PARTY_LECTURE' && it.period == '" + quarter + "' }.status", equalTo("MET"))
                .body("items.find { it.requirement == 'SECRETARY_LECTURE' }.status", equalTo("MET"));
        // a 党小组 brings the monthly 党小组会
        org("PARTY_GROUP", branch);
        api().get("/api/v1/organizations/" + branch + "/meeting-compliance").then().body("groups", equalTo(1))
                .body("items.requirement", hasItem("GROUP_MEETING"));
        api().get("/api/v1/organizations/" + street + "/meeting-compliance/subtree").then().statusCode(200)
                .body("rows.organization.id", hasItem(branch))
                .body("rows.find { it.organization.id == '" + branch + "' }.cells.size()", equalTo(12));
        api().queryParam("organizationId", street).get(M + "/reminders").then().statusCode(200)
                .body("rows.organization.id", hasItem(branch));
    }

    @Test
    void attendanceIsCountedPerMemberAndLowAttendanceIsFlagged() {
        setUp(2);
        for (int i = 0; i < 3; i++) {
            Map<String, Object> body = meeting(List.of("THEMED_PARTY_DAY"), "HELD", earlierToday().minusDays(i));
            body.put("attendees", attendance("PRESENT", i == 0 ? "PRESENT" : "ABSENT"));
            api().body(body).post(M).then().statusCode(201);
        }
        api().queryParam("organizationId", branch).queryParam("from", Members.today().minusDays(5).toString())
                .get(M + "/attendance").then().statusCode(200)
                .body("members.find { it.memberId == '" + members.get(0) + "' }.present", equalTo(3))
                .body("members.find { it.memberId == '" + members.get(0) + "' }.belowThreshold", equalTo(false))
                .body("members.find { it.memberId == '" + members.get(1) + "' }.expected", equalTo(3))
                .body("members.find { it.memberId == '" + members.get(1) + "' }.absent", equalTo(2))
                .body("members.find { it.memberId == '" + members.get(1) + "' }.belowThreshold", equalTo(true))
                .body("members.find { it.memberId == '" + members.get(1) + "' }.inactive", equalTo(false))
                .body("organizations.find { it.organization.id == '" + branch + "' }.expected", equalTo(6))
                .body("organizations.find { it.organization.id == '" + branch + "' }.present", equalTo(4));
        api().accept("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet").queryParam("organizationId", branch)
                .get(M + "/attendance/export").then().statusCode(200);
    }

    @Test
    void minutesAreStoredAsGivenAndPrintedAsText() {
        setUp(1);
        String script = "<script>alert(1)</script><img src=x onerror=alert(2)>";
        Map<String, Object> body = meeting(List.of("BRANCH_GENERAL_MEETING"), "HELD", earlierToday());
        body.put("minutes", script);
        body.put("attendees", attendance("PRESENT"));
        String id = api().body(body).post(M).then().statusCode(201).body("minutes", equalTo(script)).extract().path("id");
        String page = api().accept("text/html").queryParam("organizationId", branch).queryParam("year", Members.today().getYear())
                .get(M + "/book").then().statusCode(200).header("Content-Security-Policy", containsString("default-src 'none'"))
                .extract().asString();
        assertFalse(page.contains("<script>alert"), page);
        assertTrue(page.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), page);
        api().get(M + "/" + id).then().body("minutes", equalTo(script));
    }

    @Test
    void attachmentsAreImagesOrPdfsWithinTheLimitAndOnlyInScope() {
        setUp(1);
        Map<String, Object> body = meeting(List.of("THEMED_PARTY_DAY"), "PLANNED", OffsetDateTime.now(CST).plusDays(3));
        String id = api().body(body).post(M).then().statusCode(201).extract().path("id");
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        String file = given().header("Authorization", "Bearer " + token).contentType("image/png").body(png)
                .queryParam("fileName", "签到表.png").post(M + "/" + id + "/attachments").then().statusCode(201)
                .body("contentType", equalTo("image/png")).body("sizeBytes", equalTo(png.length)).extract().path("id");
        byte[] back = given().header("Authorization", "Bearer " + token).get(M + "/" + id + "/attachments/" + file).then()
                .statusCode(200).header("X-Content-Type-Options", "nosniff").header("Content-Type", "image/png")
                .header("Content-Disposition", containsString("attachment")).extract().asByteArray();
        assertArrayEquals(png, back);
        // a page claiming to be a picture is refused by its content
        given().header("Authorization", "Bearer " + token).contentType("image/png")
                .body("<html><script>alert(1)</script></html>".getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .post(M + "/" + id + "/attachments").then().statusCode(415);
        byte[] big = new byte[70 * 1024];
        big[0] = '%';
        big[1] = 'P';
        big[2] = 'D';
        big[3] = 'F';
        big[4] = '-';
        given().header("Authorization", "Bearer " + token).contentType("application/pdf").body(big)
                .post(M + "/" + id + "/attachments").then().statusCode(413);
        api().get(M + "/" + id).then().body("attachments.fileName", contains("签到表.png"));
        // another street sees neither the meeting nor its files
        String other = AccessFixtures.get().street("别的街道").adminToken();
        given().header("Authorization", "Bearer " + other).get(M + "/" + id).then().statusCode(404);
        given().header("Authorization", "Bearer " + other).get(M + "/" + id + "/attachments/" + file).then().statusCode(404);
        given().header("Authorization", "Bearer " + other).get(M).then().statusCode(200).body("items.id", not(hasItem(id)));
        given().header("Authorization", "Bearer " + token).delete(M + "/" + id + "/attachments/" + file).then().statusCode(204);
        api().get(M + "/" + id).then().body("attachments", org.hamcrest.Matchers.empty());
        api().body(Map.of("reason", "改期")).post(M + "/" + id + "/cancel").then().statusCode(200)
                .body("state", equalTo("CANCELLED")).body("cancelReason", equalTo("改期"));
    }

    @Test
    void aGroupMeetingNeedsAGroupOfTheBranch() {
        setUp(1);
        String group = org("PARTY_GROUP", branch);
        Map<String, Object> body = meeting(List.of("PARTY_GROUP_MEETING"), "PLANNED", OffsetDateTime.now(CST).plusDays(1));
        api().body(body).post(M).then().statusCode(422).body("errors[0].field", equalTo("groupId"));
        body.put("groupId", street);
        api().body(body).post(M).then().statusCode(422).body("errors[0].field", equalTo("groupId"));
        body.put("groupId", group);
        api().body(body).post(M).then().statusCode(201).body("group.id", equalTo(group));
        LocalDate.now();
    }
}
