package org.branchbook.access;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.branchbook.ApiTest;
import org.junit.jupiter.api.Test;

/** Account and token management by admins, within their subtree. */
@QuarkusTest
class AccountApiTest extends ApiTest {

    private static RequestSpecification as(AccessMatrixTest.Session s) {
        return given().filter(contractFilter()).contentType(ContentType.JSON).cookie(Authentication.SESSION_COOKIE, s.cookie())
                .header(Authentication.CSRF_HEADER, s.csrf());
    }

    @Test
    void streetAdminsManageAccountsOfTheirSubtree() {
        AccessFixtures.Street street = AccessFixtures.get().street("账号街道");
        AccessFixtures.Street other = AccessFixtures.get().street("别的街道");
        AccessMatrixTest.Session admin = AccessMatrixTest.signIn(street.adminUsername(), AccessFixtures.PASSWORD);
        String username = "u-" + UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> body = Map.of("username", username, "displayName", "张三", "role", "ORG_ADMIN",
                "organizationId", street.id().toString(), "password", "first-password-1");
        String id = as(admin).body(body).post("/api/v1/accounts").then().statusCode(201)
                .body("role", equalTo("ORG_ADMIN")).body("organization.id", equalTo(street.id().toString()))
                .extract().path("id");
        Map<String, String> before = fingerprint();
        as(admin).body(body).post("/api/v1/accounts").then().statusCode(409).body("errors[0].field", equalTo("username"));
        as(admin).body(Map.of("username", "x-" + username, "displayName", "李四", "role", "ORG_ADMIN",
                "organizationId", other.id().toString(), "password", "first-password-1"))
                .post("/api/v1/accounts").then().statusCode(422).body("errors[0].field", equalTo("organizationId"));
        as(admin).header("If-Match", "\"0\"").body(Map.of("username", street.adminUsername(), "displayName", "我",
                "role", "ORG_VIEWER", "organizationId", street.id().toString()))
                .put("/api/v1/accounts/" + street.adminId()).then().statusCode(422);
        assertEquals(before, fingerprint());

        AccessMatrixTest.Session user = AccessMatrixTest.signIn(username, "first-password-1");
        String usersToken = AccessFixtures.get().token(UUID.fromString(id), street.id(), true, 5, false);
        given().header("Authorization", "Bearer " + usersToken).get("/api/v1/organizations/" + street.id()).then().statusCode(200);
        as(admin).header("If-Match", "\"0\"").body(Map.of("username", username, "displayName", "张三", "role", "ORG_VIEWER",
                "organizationId", street.id().toString(), "password", "reset-password-2"))
                .put("/api/v1/accounts/" + id).then().statusCode(200).body("role", equalTo("ORG_VIEWER"));
        given().cookie(Authentication.SESSION_COOKIE, user.cookie()).get("/api/v1/session").then().statusCode(401);
        given().header("Authorization", "Bearer " + usersToken).get("/api/v1/organizations/" + street.id()).then().statusCode(401);
        AccessMatrixTest.signIn(username, "reset-password-2");

        // an admin cannot change its own reveal permission (test street admins have it), nor reset its own
        // password without the current one
        String ownTag = as(admin).get("/api/v1/accounts/" + street.adminId()).then().extract().header("ETag");
        as(admin).header("If-Match", ownTag).body(Map.of("username", street.adminUsername(), "displayName", "我",
                "role", "STREET_ADMIN", "organizationId", street.id().toString(), "canRevealSensitive", false))
                .put("/api/v1/accounts/" + street.adminId()).then().statusCode(422)
                .body("errors[0].field", equalTo("canRevealSensitive"));
        as(admin).header("If-Match", ownTag).body(Map.of("username", street.adminUsername(), "displayName", "我",
                "role", "STREET_ADMIN", "organizationId", street.id().toString(), "canRevealSensitive", true,
                "password", "hijacked-pass-1"))
                .put("/api/v1/accounts/" + street.adminId()).then().statusCode(422)
                .body("errors[0].field", equalTo("password"));

        AccessMatrixTest.Session otherAdmin = AccessMatrixTest.signIn(other.adminUsername(), AccessFixtures.PASSWORD);
        as(otherAdmin).get("/api/v1/accounts/" + id).then().statusCode(404);
        as(otherAdmin).get("/api/v1/accounts").then().statusCode(200).body("items.id", not(hasItem(id)));
    }

    @Test
    void tokensAreShownOnceScopedAndRevocableAtOnce() {
        AccessFixtures.Street street = AccessFixtures.get().street("令牌街道");
        AccessMatrixTest.Session admin = AccessMatrixTest.signIn(street.adminUsername(), AccessFixtures.PASSWORD);
        var created = as(admin).body(Map.of("name", "区平台", "readOnly", false,
                "expiresOn", LocalDate.now().plusDays(10).toString())).post("/api/v1/api-tokens").then().statusCode(201)
                .body("token.active", equalTo(true)).extract();
        String secret = created.path("secret");
        String tokenId = created.path("token.id");
        as(admin).get("/api/v1/api-tokens").then().statusCode(200)
                .body("items.find { it.id == '" + tokenId + "' }.prefix", equalTo(secret.substring(0, 10)))
                .body(not(org.hamcrest.Matchers.containsString(secret)));
        given().header("Authorization", "Bearer " + secret).get("/api/v1/organizations/" + street.id()).then().statusCode(200);
        as(admin).body(Map.of("name", "太久", "readOnly", true, "expiresOn", LocalDate.now().plusYears(2).toString()))
                .post("/api/v1/api-tokens").then().statusCode(422).body("errors[0].field", equalTo("expiresOn"));
        // a token stops working, and says so, when its creator is disabled
        AccessFixtures f = AccessFixtures.get();
        Account creator = f.account(Role.ORG_ADMIN, street.id());
        String other = f.token(creator.id, street.id(), true, 5, false);
        given().header("Authorization", "Bearer " + other).get("/api/v1/organizations/" + street.id()).then().statusCode(200);
        String creatorTag = as(admin).get("/api/v1/accounts/" + creator.id).then().extract().header("ETag");
        as(admin).header("If-Match", creatorTag).body(Map.of("username", creator.username, "displayName", "停用者",
                "role", "ORG_ADMIN", "organizationId", street.id().toString(), "disabled", true))
                .put("/api/v1/accounts/" + creator.id).then().statusCode(200).body("disabled", equalTo(true));
        given().header("Authorization", "Bearer " + other).get("/api/v1/organizations/" + street.id()).then().statusCode(401);
        as(admin).get("/api/v1/api-tokens").then()
                .body("items.find { it.createdByName == '停用者' }.active", equalTo(false));

        // nor beyond its creator's subtree once the creator has moved
        String community = given().header("Authorization", "Bearer " + street.adminToken()).contentType(ContentType.JSON)
                .body(Map.of("code", "TK-" + UUID.randomUUID().toString().substring(0, 8), "name", "社区", "type", "PARTY_COMMITTEE",
                        "parentId", street.id().toString())).post("/api/v1/organizations").then().statusCode(201).extract().path("id");
        Account mover = f.account(Role.ORG_ADMIN, street.id());
        String moversToken = f.token(mover.id, street.id(), false, 5, false);
        given().header("Authorization", "Bearer " + moversToken).get("/api/v1/organizations/" + street.id()).then().statusCode(200);
        String moverTag = as(admin).get("/api/v1/accounts/" + mover.id).then().extract().header("ETag");
        as(admin).header("If-Match", moverTag).body(Map.of("username", mover.username, "displayName", "调走的人",
                "role", "ORG_ADMIN", "organizationId", community)).put("/api/v1/accounts/" + mover.id).then().statusCode(200);
        given().header("Authorization", "Bearer " + moversToken).get("/api/v1/organizations/" + street.id()).then().statusCode(401);

        as(admin).post("/api/v1/api-tokens/" + tokenId + "/revoke").then().statusCode(200).body("active", equalTo(false));
        given().header("Authorization", "Bearer " + secret).get("/api/v1/organizations/" + street.id()).then().statusCode(401);
    }
}
