package org.branchbook.access;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Map;
import java.util.UUID;
import org.branchbook.ApiTest;
import org.junit.jupiter.api.Test;

/** Signing in: cookies, CSRF, expiry, brute-force throttling, password changes, signing out. */
@QuarkusTest
class SessionApiTest extends ApiTest {

    private static final String SESSION = "/api/v1/session";

    private static Response signIn(String username, String password, String source) {
        return given().contentType(ContentType.JSON).header("X-Forwarded-For", source)
                .body(Map.of("username", username, "password", password)).post(SESSION);
    }

    private static String source() {
        return "10.7." + (int) (Math.random() * 250) + "." + (int) (1 + Math.random() * 250);
    }

    @Test
    void signsInWithAnHttpOnlySameSiteCookieAndReadsTheSession() {
        AccessFixtures.Street street = AccessFixtures.get().street("会话街道");
        Response r = signIn(street.adminUsername(), AccessFixtures.PASSWORD, source());
        assertEquals(200, r.statusCode());
        String setCookie = r.getHeader("Set-Cookie");
        assertTrue(setCookie.contains("HttpOnly"), setCookie);
        assertTrue(setCookie.toLowerCase().contains("samesite=lax"), setCookie);
        String cookie = r.getCookie(Authentication.SESSION_COOKIE);
        given().cookie(Authentication.SESSION_COOKIE, cookie).get(SESSION).then().statusCode(200)
                .body("username", equalTo(street.adminUsername())).body("role", equalTo("STREET_ADMIN"))
                .body("organization.id", equalTo(street.id().toString())).body("csrfToken", notNullValue());
        // the session reads the same subtree as the account's token
        given().cookie(Authentication.SESSION_COOKIE, cookie).get("/api/v1/organizations/" + street.id()).then().statusCode(200);
    }

    @Test
    void wrongPasswordAndUnknownUserGetTheSameAnswer() {
        AccessFixtures.Street street = AccessFixtures.get().street("会话街道");
        Response wrong = signIn(street.adminUsername(), "not-the-password", source());
        Response unknown = signIn("nobody-" + UUID.randomUUID(), "not-the-password", source());
        assertEquals(401, wrong.statusCode());
        assertEquals(401, unknown.statusCode());
        assertEquals(wrong.path("detail").toString(), unknown.path("detail").toString());
        assertEquals(wrong.path("type").toString(), unknown.path("type").toString());
    }

    @Test
    void fiveFailuresForAnAccountLockItForAWhile() {
        AccessFixtures.Street street = AccessFixtures.get().street("会话街道");
        for (int i = 0; i < 5; i++) {
            assertEquals(401, signIn(street.adminUsername(), "wrong-" + i, source()).statusCode());
        }
        // even the right password, from another address, waits
        Response locked = signIn(street.adminUsername(), AccessFixtures.PASSWORD, source());
        assertEquals(429, locked.statusCode());
        assertEquals("application/problem+json", locked.contentType().split(";")[0]);
        assertTrue(Integer.parseInt(locked.getHeader("Retry-After")) > 0);
    }

    @Test
    void parallelGuessesCannotSlipPastTheLimit() throws Exception {
        AccessFixtures.Street street = AccessFixtures.get().street("会话街道");
        var pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        try {
            java.util.List<java.util.concurrent.Future<Integer>> answers = new java.util.ArrayList<>();
            for (int i = 0; i < 16; i++) {
                int n = i;
                answers.add(pool.submit(() -> signIn(street.adminUsername(), "guess-" + n, source()).statusCode()));
            }
            long tried = 0;
            for (var a : answers) {
                int status = a.get();
                assertTrue(status == 401 || status == 429, "status " + status);
                tried += status == 401 ? 1 : 0;
            }
            assertEquals(5, tried, "guesses actually checked");
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void fiveFailuresFromASourceLockThatSource() {
        AccessFixtures.Street street = AccessFixtures.get().street("会话街道");
        String attacker = source();
        for (int i = 0; i < 5; i++) {
            assertEquals(401, signIn("guess-" + UUID.randomUUID(), "x", attacker).statusCode());
        }
        assertEquals(429, signIn(street.adminUsername(), AccessFixtures.PASSWORD, attacker).statusCode());
        assertEquals(200, signIn(street.adminUsername(), AccessFixtures.PASSWORD, source()).statusCode());
    }

    @Test
    void cookieWritesNeedTheCsrfToken() {
        AccessFixtures.Street street = AccessFixtures.get().street("会话街道");
        Response r = signIn(street.adminUsername(), AccessFixtures.PASSWORD, source());
        String cookie = r.getCookie(Authentication.SESSION_COOKIE);
        String csrf = r.path("csrfToken");
        Map<String, Object> body = Map.of("code", "CS-" + UUID.randomUUID().toString().substring(0, 8), "name", "CSRF支部",
                "type", "BRANCH", "parentId", street.id().toString());
        Map<String, String> before = fingerprint();
        given().cookie(Authentication.SESSION_COOKIE, cookie).contentType(ContentType.JSON).body(body)
                .post("/api/v1/organizations").then().statusCode(403).body("type", equalTo("urn:branchbook:problem:csrf"));
        given().cookie(Authentication.SESSION_COOKIE, cookie).header(Authentication.CSRF_HEADER, "forged")
                .contentType(ContentType.JSON).body(body).post("/api/v1/organizations").then().statusCode(403);
        assertEquals(before, fingerprint());
        given().cookie(Authentication.SESSION_COOKIE, cookie).header(Authentication.CSRF_HEADER, csrf)
                .contentType(ContentType.JSON).body(body).post("/api/v1/organizations").then().statusCode(201);
    }

    @Test
    void idleAndAbsoluteExpiryEndTheSession() throws SQLException {
        AccessFixtures.Street street = AccessFixtures.get().street("会话街道");
        String idle = signIn(street.adminUsername(), AccessFixtures.PASSWORD, source()).getCookie(Authentication.SESSION_COOKIE);
        String old = signIn(street.adminUsername(), AccessFixtures.PASSWORD, source()).getCookie(Authentication.SESSION_COOKIE);
        sql("update user_session set last_seen_at = now() - interval '31 minutes' where id_hash = ?", Secrets.sha256(idle));
        sql("update user_session set expires_at = now() - interval '1 second' where id_hash = ?", Secrets.sha256(old));
        given().cookie(Authentication.SESSION_COOKIE, idle).get(SESSION).then().statusCode(401)
                .body("type", equalTo("urn:branchbook:problem:unauthenticated"));
        given().cookie(Authentication.SESSION_COOKIE, old).get(SESSION).then().statusCode(401);
    }

    @Test
    void signOutEndsTheSessionAndPasswordChangesEndTheOthers() {
        AccessFixtures.Street street = AccessFixtures.get().street("会话街道");
        Response first = signIn(street.adminUsername(), AccessFixtures.PASSWORD, source());
        Response second = signIn(street.adminUsername(), AccessFixtures.PASSWORD, source());
        String c1 = first.getCookie(Authentication.SESSION_COOKIE);
        String c2 = second.getCookie(Authentication.SESSION_COOKIE);

        given().cookie(Authentication.SESSION_COOKIE, c1).header(Authentication.CSRF_HEADER, (String) first.path("csrfToken"))
                .contentType(ContentType.JSON).body(Map.of("currentPassword", "wrong-password", "newPassword", "brand-new-password"))
                .post(SESSION + "/password").then().statusCode(422).body("errors[0].field", equalTo("currentPassword"));
        given().cookie(Authentication.SESSION_COOKIE, c1).header(Authentication.CSRF_HEADER, (String) first.path("csrfToken"))
                .contentType(ContentType.JSON).body(Map.of("currentPassword", AccessFixtures.PASSWORD, "newPassword", "short"))
                .post(SESSION + "/password").then().statusCode(400);
        given().cookie(Authentication.SESSION_COOKIE, c1).header(Authentication.CSRF_HEADER, (String) first.path("csrfToken"))
                .contentType(ContentType.JSON).body(Map.of("currentPassword", AccessFixtures.PASSWORD, "newPassword", "brand-new-password"))
                .post(SESSION + "/password").then().statusCode(204);
        given().cookie(Authentication.SESSION_COOKIE, c2).get(SESSION).then().statusCode(401);
        given().cookie(Authentication.SESSION_COOKIE, c1).get(SESSION).then().statusCode(200);
        assertEquals(401, signIn(street.adminUsername(), AccessFixtures.PASSWORD, source()).statusCode());
        assertEquals(200, signIn(street.adminUsername(), "brand-new-password", source()).statusCode());

        given().cookie(Authentication.SESSION_COOKIE, c1).header(Authentication.CSRF_HEADER, (String) first.path("csrfToken"))
                .delete(SESSION).then().statusCode(204);
        given().cookie(Authentication.SESSION_COOKIE, c1).get(SESSION).then().statusCode(401);
    }

    @Test
    void readOnlyRolesCannotWrite() {
        AccessFixtures f = AccessFixtures.get();
        AccessFixtures.Street street = f.street("会话街道");
        Account viewer = f.account(Role.ORG_VIEWER, street.id());
        Response r = signIn(viewer.username, AccessFixtures.PASSWORD, source());
        given().cookie(Authentication.SESSION_COOKIE, r.getCookie(Authentication.SESSION_COOKIE))
                .header(Authentication.CSRF_HEADER, (String) r.path("csrfToken")).contentType(ContentType.JSON)
                .body(Map.of("code", "RO-1", "name", "只读", "type", "BRANCH", "parentId", street.id().toString()))
                .post("/api/v1/organizations").then().statusCode(403).body("type", equalTo("urn:branchbook:problem:forbidden"));
        given().cookie(Authentication.SESSION_COOKIE, r.getCookie(Authentication.SESSION_COOKIE))
                .get("/api/v1/organizations/" + street.id()).then().statusCode(200);
    }

    private void sql(String statement, String param) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(statement)) {
            s.setString(1, param);
            assertEquals(1, s.executeUpdate());
        }
    }
}
