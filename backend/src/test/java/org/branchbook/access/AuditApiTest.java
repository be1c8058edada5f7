package org.branchbook.access;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.quarkus.test.junit.QuarkusTest;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;
import org.branchbook.ApiTest;
import org.junit.jupiter.api.Test;

/** The audit trail: one row per successful write with before and after, scoped reads, append-only. */
@QuarkusTest
class AuditApiTest extends ApiTest {

    private static final String AUDIT = "/api/v1/audit-events";

    @Test
    void everyWriteIsAuditedWithWhoAndWhatChanged() {
        AccessFixtures.Street street = AccessFixtures.get().street("审计街道");
        actAs(street.adminToken());
        String branch = api().body(Map.of("code", "AU-" + UUID.randomUUID().toString().substring(0, 8), "name", "审计支部",
                "type", "BRANCH", "parentId", street.id().toString())).post("/api/v1/organizations")
                .then().statusCode(201).extract().path("id");
        api().header("If-Match", "\"0\"").body(Map.of("code", "AU-" + UUID.randomUUID().toString().substring(0, 8),
                "name", "审计支部（改）", "category", "STREET", "residentCount", 4))
                .put("/api/v1/organizations/" + branch).then().statusCode(200);

        api().body(Map.of("startsOn", "2025-01-01", "seats", java.util.List.of(Map.of("position", "SECRETARY", "personName", "甲"))))
                .post("/api/v1/organizations/" + branch + "/leadership/terms").then().statusCode(201);

        api().queryParam("objectId", branch).get(AUDIT).then().statusCode(200)
                .body("items.action", contains("leadership.start-term", "organization.update", "organization.create"))
                .body("items[0].changes.seats.after[0]", equalTo("书记:甲"))
                .body("items[1].actorType", equalTo("TOKEN"))
                .body("items[1].changes.name.before", equalTo("审计支部"))
                .body("items[1].changes.name.after", equalTo("审计支部（改）"))
                .body("items[1].changes.residentCount.after", equalTo(4))
                .body("items[2].changes.type.after", equalTo("BRANCH"));
        api().queryParam("action", "organization.create").queryParam("limit", 1).get(AUDIT).then().statusCode(200)
                .body("items[0].objectId", equalTo(branch));
    }

    @Test
    void signInsAndFailuresAreAudited() {
        AccessFixtures.Street street = AccessFixtures.get().street("审计街道");
        AccessMatrixTest.signIn(street.adminUsername(), AccessFixtures.PASSWORD);
        given().contentType("application/json").header("X-Forwarded-For", "10.6.0." + (int) (Math.random() * 200))
                .body(Map.of("username", street.adminUsername(), "password", "wrong-password")).post("/api/v1/session")
                .then().statusCode(401);
        actAs(street.adminToken());
        api().queryParam("actorId", street.adminId().toString()).get(AUDIT).then().statusCode(200)
                .body("items.action", hasItem("session.sign-in"));
        api().queryParam("action", "session.sign-in-failed").get(AUDIT).then().statusCode(200)
                .body("items.actorName", hasItem(street.adminUsername()));
        // a failure for a username nobody has is seen by the people at a root
        String ghost = "ghost-" + UUID.randomUUID();
        given().contentType("application/json").header("X-Forwarded-For", "10.6.1." + (int) (Math.random() * 200))
                .body(Map.of("username", ghost, "password", "whatever-1")).post("/api/v1/session").then().statusCode(401);
        api().queryParam("action", "session.sign-in-failed").queryParam("limit", 500).get(AUDIT).then().statusCode(200)
                .body("items.actorName", hasItem(ghost));
    }

    @Test
    void onlyAuditorsAndStreetAdminsReadTheTrailOfTheirOwnSubtree() {
        AccessFixtures f = AccessFixtures.get();
        AccessFixtures.Street street = f.street("审计街道");
        AccessFixtures.Street other = f.street("另一街道");
        Account auditor = f.account(Role.AUDITOR, street.id());
        Account viewer = f.account(Role.ORG_VIEWER, street.id());
        actAs(f.token(auditor.id, street.id(), true, 5, false));
        api().queryParam("objectId", street.id().toString()).get(AUDIT).then().statusCode(200)
                .body("items.action", hasItem("organization.create"));
        actAs(f.token(viewer.id, street.id(), true, 5, false));
        api().get(AUDIT).then().statusCode(403);
        actAs(other.adminToken());
        api().queryParam("objectId", street.id().toString()).get(AUDIT).then().statusCode(200).body("items", empty());
        api().get(AUDIT).then().body("items.objectId", not(hasItem(street.id().toString())));
    }

    @Test
    void theTrailCannotBeChangedOrDeleted() throws SQLException {
        AccessFixtures.get().street("审计街道");
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            assertThrows(SQLException.class, () -> s.executeUpdate("update audit_event set action = 'x'"));
            assertThrows(SQLException.class, () -> s.executeUpdate("delete from audit_event"));
            assertThrows(SQLException.class, () -> s.executeUpdate("truncate audit_event"));
        }
    }
}
