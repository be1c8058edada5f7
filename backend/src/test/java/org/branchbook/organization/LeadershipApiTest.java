package org.branchbook.organization;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.branchbook.ApiTest;
import org.junit.jupiter.api.Test;

/** Leadership terms (班子) and 换届 over HTTP. */
@QuarkusTest
class LeadershipApiTest extends ApiTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    static Map<String, Object> term(String startsOn, String endsOn, List<Map<String, String>> seats) {
        Map<String, Object> body = new java.util.HashMap<>();
        body.put("startsOn", startsOn);
        if (endsOn != null) {
            body.put("endsOn", endsOn);
        }
        body.put("seats", seats);
        return body;
    }

    static Map<String, String> seat(String position, String name) {
        return Map.of("position", position, "personName", name);
    }

    private static String path(String org) {
        return "/api/v1/organizations/" + org + "/leadership";
    }

    @Test
    void startsTermsAndKeepsThePast() {
        String street = Orgs.street();
        String community = Orgs.create("PARTY_COMMITTEE", street, Map.of("category", "COMMUNITY"));
        api().get(path(community)).then().statusCode(200)
                .body("current", nullValue()).body("past", hasSize(0)).body("election.status", equalTo("NO_TERM"));

        // a community body's term defaults to 5 years
        api().body(term("2021-03-01", null, List.of(seat("SECRETARY", "王建国"), seat("DEPUTY_SECRETARY", "李红"))))
                .post(path(community) + "/terms").then().statusCode(201)
                .header("ETag", "\"0\"").body("endsOn", equalTo("2026-03-01"));
        String second = api().body(Map.of("startsOn", "2026-03-05", "documentNumber", "X街党工〔2026〕8号",
                        "seats", List.of(seat("SECRETARY", "赵敏"), seat("ORGANIZATION_COMMITTEE_MEMBER", "钱进"))))
                .post(path(community) + "/terms").then().statusCode(201)
                .body("endsOn", equalTo("2031-03-05")).extract().path("id");

        api().get(path(community)).then().statusCode(200)
                .body("current.id", equalTo(second))
                .body("current.seats.personName", contains("赵敏", "钱进"))
                .body("past", hasSize(1))
                .body("past[0].closedOn", equalTo("2026-03-05"))
                .body("past[0].seats.personName", contains("王建国", "李红"))
                .body("election.status", equalTo("NOT_DUE"));
        api().get("/api/v1/organizations/" + community + "/history").then()
                .body("items.kind", contains("TERM_STARTED", "TERM_STARTED", "CREATED"));

        // a branch that is not a community body: 3 years
        String branch = Orgs.create("BRANCH", community);
        api().body(term("2025-01-10", null, List.of(seat("SECRETARY", "孙立")))).post(path(branch) + "/terms").then()
                .statusCode(201).body("endsOn", equalTo("2028-01-10"));
    }

    @Test
    void reportsElectionsDueAndOverdue() {
        String street = Orgs.street();
        String overdue = Orgs.create("BRANCH", street);
        api().body(term(TODAY.minusYears(3).toString(), TODAY.minusDays(1).toString(), List.of(seat("SECRETARY", "甲"))))
                .post(path(overdue) + "/terms").then().statusCode(201);
        api().get(path(overdue)).then().body("election.status", equalTo("OVERDUE"))
                .body("election.daysLeft", equalTo(-1));

        String soon = Orgs.create("BRANCH", street);
        api().body(term(TODAY.minusYears(3).toString(), TODAY.plusDays(20).toString(), List.of(seat("SECRETARY", "乙"))))
                .post(path(soon) + "/terms").then().statusCode(201);
        api().get(path(soon)).then().body("election.status", equalTo("DUE_VERY_SOON"))
                .body("election.daysLeft", equalTo(20));
    }

    @Test
    void refusesBadTermsAndChangesNothing() {
        String street = Orgs.street();
        String branch = Orgs.create("BRANCH", street);
        api().body(term("2024-01-01", null, List.of(seat("SECRETARY", "甲")))).post(path(branch) + "/terms").then()
                .statusCode(201);
        String group = Orgs.create("PARTY_GROUP", branch);
        Map<String, String> before = fingerprint();

        api().body(term("2025-01-01", "2024-12-31", List.of(seat("SECRETARY", "甲")))).post(path(branch) + "/terms")
                .then().statusCode(422).body("errors[0].field", equalTo("endsOn"));
        api().body(term("2025-01-01", null, List.of(seat("SECRETARY", "甲"), seat("SECRETARY", "乙"))))
                .post(path(branch) + "/terms").then().statusCode(422).body("type", equalTo("urn:branchbook:problem:one-secretary"));
        api().body(term("2023-06-01", null, List.of(seat("SECRETARY", "丙")))).post(path(branch) + "/terms")
                .then().statusCode(422).body("errors[0].field", equalTo("startsOn"));
        raw().body(term("2025-01-01", null, List.of(Map.of("position", "SECRETARY", "personName", " "))))
                .post(path(branch) + "/terms").then().statusCode(400)
                .body("errors[0].field", equalTo("seats[0].personName"));
        raw().body(term("2025-01-01", null, List.of(Map.of("position", "CHAIRMAN", "personName", "丁"))))
                .post(path(branch) + "/terms").then().statusCode(400)
                .body("errors[0].field", equalTo("seats[0].position"));
        raw().body(Map.of("seats", List.of())).post(path(branch) + "/terms").then().statusCode(400)
                .body("errors[0].field", equalTo("startsOn"));
        api().body(term("2025-01-01", null, List.of(seat("SECRETARY", "组长")))).post(path(group) + "/terms")
                .then().statusCode(422);
        api().body(term(TODAY.plusDays(1).toString(), null, List.of(seat("SECRETARY", "甲")))).post(path(branch) + "/terms")
                .then().statusCode(422).body("type", equalTo("urn:branchbook:problem:term-in-future"));
        api().body(term("2019-06-01", "2019-07-01", List.of(seat("SECRETARY", "甲")))).post(path(branch) + "/terms")
                .then().statusCode(422).body("type", equalTo("urn:branchbook:problem:before-establishment"));
        raw().body(term("1800-01-01", null, List.of(seat("SECRETARY", "甲")))).post(path(branch) + "/terms")
                .then().statusCode(400).body("errors[0].field", equalTo("startsOn"));
        api().body(term("2025-01-01", null, List.of())).post(path(java.util.UUID.randomUUID().toString()) + "/terms")
                .then().statusCode(404);
        assertEquals(before, fingerprint());
    }

    @Test
    void correctingTheStartOfATermKeepsTheOrderOfTerms() {
        String street = Orgs.street();
        String branch = Orgs.create("BRANCH", street);
        api().body(term("2021-01-01", null, List.of(seat("SECRETARY", "甲")))).post(path(branch) + "/terms").then().statusCode(201);
        String second = api().body(term("2024-01-01", null, List.of(seat("SECRETARY", "乙")))).post(path(branch) + "/terms")
                .then().statusCode(201).extract().path("id");
        Map<String, String> before = fingerprint();
        api().header("If-Match", "\"0\"").body(term("2020-06-01", null, List.of(seat("SECRETARY", "乙"))))
                .put(path(branch) + "/terms/" + second).then().statusCode(422).body("errors[0].field", equalTo("startsOn"));
        assertEquals(before, fingerprint());
        // moving the start moves the end of the previous term with it
        api().header("If-Match", "\"0\"").body(term("2024-02-01", null, List.of(seat("SECRETARY", "乙"))))
                .put(path(branch) + "/terms/" + second).then().statusCode(200);
        api().get(path(branch)).then().body("past[0].closedOn", equalTo("2024-02-01"));
        api().queryParam("objectId", branch).queryParam("action", "leadership.update-term").get("/api/v1/audit-events").then()
                .body("items[0].changes.previousTermClosedOn.before", equalTo("2024-01-01"))
                .body("items[0].changes.previousTermClosedOn.after", equalTo("2024-02-01"));
    }

    @Test
    void correctsATermWithIfMatch() {
        String street = Orgs.street();
        String branch = Orgs.create("BRANCH", street);
        String termId = api().body(term("2024-01-01", null, List.of(seat("SECRETARY", "甲"))))
                .post(path(branch) + "/terms").then().statusCode(201).extract().path("id");
        Map<String, Object> fix = term("2024-01-02", "2027-01-02",
                List.of(seat("SECRETARY", "甲"), seat("DEPUTY_SECRETARY", "乙")));
        api().header("If-Match", "\"0\"").body(fix).put(path(branch) + "/terms/" + termId).then().statusCode(200)
                .header("ETag", "\"1\"").body("seats", hasSize(2)).body("startsOn", equalTo("2024-01-02"));

        Map<String, String> before = fingerprint();
        api().header("If-Match", "\"0\"").body(term("2024-01-03", null, List.of())).put(path(branch) + "/terms/" + termId)
                .then().statusCode(412);
        raw().body(fix).put(path(branch) + "/terms/" + termId).then().statusCode(428);
        api().header("If-Match", "\"1\"").body(fix).put(path(street) + "/terms/" + termId).then().statusCode(404);
        assertEquals(before, fingerprint());
        api().get(path(branch)).then().body("current.seats.personName", contains("甲", "乙"))
                .body("current.version", equalTo(1));
        // changing only the people is a change too
        api().header("If-Match", "\"1\"").body(term("2024-01-02", "2027-01-02", List.of(seat("SECRETARY", "丙"))))
                .put(path(branch) + "/terms/" + termId).then().statusCode(200).header("ETag", "\"2\"");
        api().get(path(branch)).then().body("current.seats.personName", contains("丙")).body("current.version", equalTo(2));
    }
}
