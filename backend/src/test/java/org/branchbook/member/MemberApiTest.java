package org.branchbook.member;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.branchbook.ApiTest;
import org.branchbook.access.AccessFixtures;
import org.branchbook.access.Role;
import org.junit.jupiter.api.Test;

/** The roster over HTTP: registering, masking and reveal, edits, moves, lifecycle actions, finding, scope. */
@QuarkusTest
class MemberApiTest extends ApiTest {

    private static final String M = Members.PATH + "/";
    private static final String ORGS = "/api/v1/organizations";

    private static String street() {
        AccessFixtures.Street s = AccessFixtures.get().street("党员街道");
        actAs(s.adminToken());
        return s.id().toString();
    }

    private static String org(String type, String parent) {
        return api().body(Map.of("code", unique("M"), "name", "测试" + type, "type", type, "parentId", parent,
                "establishedOn", "2000-01-01")).post(ORGS).then().statusCode(201).extract().path("id");
    }

    @Test
    void registersAMemberAndMasksTheSensitiveFields() {
        String branch = org("BRANCH", street());
        LocalDate birth = LocalDate.of(1975, 5, 20);
        String id = Members.idNumber(birth);
        Map<String, Object> body = Members.fullMember(branch);
        body.put("idNumber", id.toLowerCase());
        body.put("name", " 李红 ");
        body.put("ethnicity", "回");
        body.put("categories", List.of("RETIRED", "IN_HARDSHIP"));
        body.put("mobile", Map.of("direction", "OUTFLOW", "place", "广东省深圳市", "contact", "微信"));
        String member = api().body(body).post(Members.PATH).then().statusCode(201)
                .header("Location", containsString("/api/v1/members/"))
                .header("ETag", "\"0\"")
                .body("name", equalTo("李红"))
                .body("idNumber", equalTo(id.substring(0, 6) + "********" + id.substring(14)))
                .body("phone", equalTo("138****8000"))
                .body("revealed", equalTo(false))
                .body("birthDate", nullValue()) // with the masked 身份证号 it would give the number away
                .body("gender", equalTo((id.charAt(16) - '0') % 2 == 1 ? "MALE" : "FEMALE"))
                .body("ethnicity", equalTo("回族"))
                .body("status", equalTo("FULL"))
                .body("registration", equalTo("REGISTERED"))
                .body("categories", contains("RETIRED", "IN_HARDSHIP"))
                .body("mobile.direction", equalTo("OUTFLOW"))
                .body("organization.id", equalTo(branch))
                .extract().path("id");
        api().get(M + member).then().statusCode(200).body("idNumber", not(equalTo(id)))
                .body(not(containsString(id)));
        api().get(M + member + "/history").then().statusCode(200)
                .body("memberships[0].organization.id", equalTo(branch))
                .body("memberships[0].toOn", nullValue())
                .body("memberships[0].reason", equalTo("登记入册"))
                .body("events", empty());
        // the branch's numbers now come from the roster
        api().get(ORGS + "/" + branch).then().body("memberCounts.full", equalTo(1));
        // the audit trail never holds the full number
        api().queryParam("objectId", member).get("/api/v1/audit-events").then().statusCode(200)
                .body("items[0].action", equalTo("member.create"))
                .body(not(containsString(id)));
    }

    @Test
    void revealIsExplicitPermittedAndAudited() {
        AccessFixtures f = AccessFixtures.get();
        AccessFixtures.Street s = f.street("揭示街道");
        actAs(s.adminToken());
        String branch = org("BRANCH", s.id().toString());
        Map<String, Object> body = Members.fullMember(branch);
        String id = (String) body.get("idNumber");
        String member = Members.create(body);

        api().queryParam("reveal", "true").get(M + member).then().statusCode(200)
                .body("idNumber", equalTo(id)).body("phone", equalTo("13800138000")).body("revealed", equalTo(true))
                .body("birthDate", equalTo(org.branchbook.member.IdNumber.parse(id, Members.today()).orElseThrow()
                        .birthDate().toString()));
        api().queryParam("reveal", "true").queryParam("organizationId", branch).get(Members.PATH).then().statusCode(200)
                .body("items[0].idNumber", equalTo(id));
        api().queryParam("action", "member.reveal").get("/api/v1/audit-events").then().statusCode(200)
                .body("items.size()", equalTo(2))
                .body("items.actorName", hasItem(containsString("令牌")));

        // a token reveals only when its creator granted it that (the fixtures' tokens are granted)
        var signedIn = io.restassured.RestAssured.given().contentType("application/json")
                .header("X-Forwarded-For", "10.7." + (int) (Math.random() * 250) + ".1")
                .body(Map.of("username", s.adminUsername(), "password", AccessFixtures.PASSWORD))
                .post("/api/v1/session").then().statusCode(200).extract();
        String plain = io.restassured.RestAssured.given().contentType("application/json")
                .cookie(org.branchbook.access.Authentication.SESSION_COOKIE,
                        signedIn.cookie(org.branchbook.access.Authentication.SESSION_COOKIE))
                .header(org.branchbook.access.Authentication.CSRF_HEADER, (String) signedIn.path("csrfToken"))
                .body(Map.of("name", "不可揭示", "readOnly", true, "expiresOn", Members.today().plusDays(5).toString()))
                .post("/api/v1/api-tokens").then().statusCode(201).body("token.canRevealSensitive", equalTo(false))
                .extract().path("secret");
        io.restassured.RestAssured.given().header("Authorization", "Bearer " + plain).queryParam("reveal", "true")
                .get(M + member).then().statusCode(403);

        // a viewer without the permission is refused, and nothing is recorded
        var viewer = f.account(Role.ORG_VIEWER, s.id());
        actAs(f.token(viewer.id, s.id(), true, 5, false));
        Map<String, String> before = fingerprint();
        api().queryParam("reveal", "true").get(M + member).then().statusCode(403)
                .body("type", equalTo("urn:branchbook:problem:forbidden"));
        api().get(M + member).then().statusCode(200).body("idNumber", not(equalTo(id)));
        // without the permission a search may use only the digits the masks show (or a whole number)
        api().queryParam("q", id.substring(14)).get(Members.PATH).then().statusCode(200).body("items.id", hasItem(member));
        api().queryParam("q", id).get(Members.PATH).then().statusCode(200).body("items.id", hasItem(member));
        raw().queryParam("q", id.substring(12)).get(Members.PATH).then().statusCode(400)
                .body("errors[0].field", equalTo("q"));
        raw().queryParam("q", "38001").get(Members.PATH).then().statusCode(400);
        assertEquals(before, fingerprint());
    }

    @Test
    void refusesInvalidRecordsWithFieldErrorsAndWritesNothing() {
        String branch = org("BRANCH", street());
        String group = org("PARTY_GROUP", branch);
        String committee = org("PARTY_COMMITTEE", api().get(ORGS + "/" + branch).then().extract().path("parentId"));
        Map<String, Object> first = Members.fullMember(branch);
        String existing = (String) first.get("idNumber");
        Members.create(first);
        String otherGroup = org("PARTY_GROUP", org("BRANCH", committee));
        Map<String, String> before = fingerprint();

        Map<String, Object> badId = Members.fullMember(branch);
        badId.put("idNumber", "110105198003151230");
        api().body(badId).post(Members.PATH).then().statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("urn:branchbook:problem:invalid-member"))
                .body("errors[0].field", equalTo("idNumber")).body("errors[0].message", containsString("校验位"));
        Map<String, Object> several = Members.fullMember(branch);
        several.put("fullOn", null);
        several.put("phone", "not a phone");
        api().body(several).post(Members.PATH).then().statusCode(422)
                .body("errors.field", org.hamcrest.Matchers.containsInAnyOrder("fullOn", "phone"));
        Map<String, Object> duplicate = Members.fullMember(branch);
        duplicate.put("idNumber", existing);
        api().body(duplicate).post(Members.PATH).then().statusCode(409)
                .body("type", equalTo("urn:branchbook:problem:duplicate-id-number"));
        Map<String, Object> notBranch = Members.fullMember(committee);
        api().body(notBranch).post(Members.PATH).then().statusCode(422)
                .body("type", equalTo("urn:branchbook:problem:not-a-branch"));
        Map<String, Object> wrongGroup = Members.fullMember(branch);
        wrongGroup.put("groupId", otherGroup);
        api().body(wrongGroup).post(Members.PATH).then().statusCode(422)
                .body("type", equalTo("urn:branchbook:problem:not-a-group-of-branch"));
        Map<String, Object> unknownOrg = Members.fullMember(UUID.randomUUID().toString());
        api().body(unknownOrg).post(Members.PATH).then().statusCode(422).body("errors[0].field", equalTo("organizationId"));
        raw().body(Map.of("name", "乙")).post(Members.PATH).then().statusCode(400)
                .body("errors.field", hasItem("status"));
        raw().contentType("application/json").body("{\"name\":\"乙\",\"status\":\"ALIVE\"}").post(Members.PATH).then()
                .statusCode(400).body("errors[0].field", equalTo("status"));
        Map<String, Object> badDate = Members.fullMember(branch);
        badDate.put("joinedOn", "2010-02-30");
        raw().body(badDate).post(Members.PATH).then().statusCode(400).body("errors[0].field", equalTo("joinedOn"));
        assertEquals(before, fingerprint());
        Map<String, Object> inGroup = Members.fullMember(branch);
        inGroup.put("groupId", group);
        api().body(inGroup).post(Members.PATH).then().statusCode(201).body("group.id", equalTo(group));
    }

    @Test
    void editsNeedIfMatchAndKeepTheMaskedFieldsWhenOmitted() {
        String branch = org("BRANCH", street());
        String group = org("PARTY_GROUP", branch);
        Map<String, Object> body = Members.fullMember(branch);
        String id = (String) body.get("idNumber");
        String member = Members.create(body);
        Map<String, Object> edit = new java.util.HashMap<>(Map.of("name", "王五", "joinedOn", body.get("joinedOn"),
                "fullOn", body.get("fullOn"), "address", "幸福路8号", "groupId", group, "education", "BACHELOR"));
        raw().body(edit).put(M + member).then().statusCode(428);
        api().header("If-Match", "\"0\"").body(edit).put(M + member).then().statusCode(200)
                .header("ETag", "\"1\"").body("name", equalTo("王五")).body("address", equalTo("幸福路8号"))
                .body("group.id", equalTo(group)).body("phone", equalTo("138****8000"));
        api().queryParam("reveal", "true").get(M + member).then().body("idNumber", equalTo(id));
        Map<String, String> before = fingerprint();
        api().header("If-Match", "\"0\"").body(edit).put(M + member).then().statusCode(412);
        edit.put("fullOn", null);
        api().header("If-Match", "\"1\"").body(edit).put(M + member).then().statusCode(422)
                .body("errors[0].field", equalTo("fullOn"));
        assertEquals(before, fingerprint());
        edit.put("fullOn", body.get("fullOn"));
        edit.put("phone", "");
        api().header("If-Match", "\"1\"").body(edit).put(M + member).then().statusCode(200).body("phone", nullValue());
        api().get(M + member + "/history").then().body("memberships.reason", contains("调整党小组", "登记入册"));
    }

    @Test
    void movesBetweenBranchesKeepingTheHistory() {
        String street = street();
        String from = org("BRANCH", street);
        String to = org("BRANCH", street);
        String member = Members.create(Members.fullMember(from));
        String today = Members.today().toString();
        api().body(Map.of("organizationId", to, "effectiveOn", today, "reason", "居住地变动")).post(M + member + "/move")
                .then().statusCode(200).body("organization.id", equalTo(to));
        api().get(M + member + "/history").then()
                .body("memberships.organization.id", contains(to, from))
                .body("memberships[1].toOn", equalTo(today))
                .body("memberships[0].reason", equalTo("居住地变动"));
        api().get(ORGS + "/" + from).then().body("memberCounts.full", equalTo(0));
        api().get(ORGS + "/" + to).then().body("memberCounts.full", equalTo(1));
        api().body(Map.of("organizationId", to, "effectiveOn", today, "reason", "再次")).post(M + member + "/move")
                .then().statusCode(422).body("type", equalTo("urn:branchbook:problem:same-branch"));
    }

    @Test
    void lifecycleActionsCheckTheirPreconditionsAndLeaveHistory() {
        String branch = org("BRANCH", street());
        LocalDate today = Members.today();
        String due = Members.create(Members.probationaryMember(branch, today.minusYears(1).minusDays(3)));
        String early = Members.create(Members.probationaryMember(branch, today.minusMonths(2)));
        String full = Members.create(Members.fullMember(branch));

        Map<String, String> before = fingerprint();
        api().body(Map.of("effectiveOn", today.toString())).post(M + early + "/confirm").then().statusCode(422)
                .body("type", equalTo("urn:branchbook:problem:probation-not-over"));
        api().body(Map.of("effectiveOn", today.toString())).post(M + full + "/confirm").then().statusCode(409)
                .body("type", equalTo("urn:branchbook:problem:wrong-status"));
        api().body(Map.of("effectiveOn", today.plusDays(1).toString())).post(M + due + "/confirm").then().statusCode(422)
                .body("type", equalTo("urn:branchbook:problem:date-in-future"));
        api().body(Map.of("effectiveOn", today.toString(), "reason", "x")).post(M + full + "/leave").then().statusCode(422)
                .body("type", equalTo("urn:branchbook:problem:leave-kind-required"));
        raw().body(Map.of("effectiveOn", today.toString())).post(M + full + "/leave").then().statusCode(400)
                .body("errors[0].field", equalTo("reason"));
        api().body(Map.of("effectiveOn", today.toString(), "reason", "x")).post(M + full + "/restore").then().statusCode(409);
        assertEquals(before, fingerprint());

        api().body(Map.of("effectiveOn", today.toString(), "documentNumber", "支委〔2026〕1号")).post(M + due + "/confirm")
                .then().statusCode(200).body("status", equalTo("FULL"))
                .body("fullOn", equalTo(today.minusDays(3).toString()));
        api().body(Map.of("effectiveOn", today.toString(), "months", 6, "reason", "需继续考察")).post(M + early + "/extend-probation")
                .then().statusCode(200).body("probationExtended", equalTo(true))
                .body("probationEndsOn", equalTo(today.minusMonths(2).plusYears(1).plusMonths(6).toString()));
        api().body(Map.of("effectiveOn", today.toString(), "months", 3, "reason", "再延长")).post(M + early + "/extend-probation")
                .then().statusCode(409).body("type", equalTo("urn:branchbook:problem:already-extended"));
        api().body(Map.of("effectiveOn", today.toString(), "kind", "STRUCK_OFF", "reason", "经教育仍无转变"))
                .post(M + full + "/leave").then().statusCode(200).body("status", equalTo("LEFT"))
                .body("leftKind", equalTo("STRUCK_OFF"));
        // a member who left is no longer listed or counted, unless asked for
        api().queryParam("organizationId", branch).get(Members.PATH).then()
                .body("items.id", not(hasItem(full)));
        api().queryParam("organizationId", branch).queryParam("status", "LEFT").get(Members.PATH).then()
                .body("items.id", contains(full));
        api().get(ORGS + "/" + branch).then().body("memberCounts.total", equalTo(2));
        api().body(Map.of("effectiveOn", today.toString(), "reason", "申诉后撤销除名", "documentNumber", "党工委〔2026〕9号"))
                .post(M + full + "/restore").then().statusCode(200).body("status", equalTo("FULL"));
        api().get(M + full + "/history").then()
                .body("events.kind", contains("RESTORED", "LEFT"))
                .body("events[1].leftKind", equalTo("STRUCK_OFF"))
                .body("memberships.size()", equalTo(2))
                .body("memberships[1].toOn", equalTo(today.toString()));
        api().body(Map.of("effectiveOn", today.toString(), "reason", "病故")).post(M + due + "/record-death")
                .then().statusCode(200).body("status", equalTo("DECEASED"));
        api().body(Map.of("effectiveOn", today.toString(), "reason", "x")).post(M + early + "/cancel-probation")
                .then().statusCode(200).body("status", equalTo("DISQUALIFIED"));
        api().get(ORGS + "/" + branch).then().body("memberCounts.total", equalTo(1));
        // off the roster: no 党小组 changes; and no way back into a branch that has since been archived
        String group = org("PARTY_GROUP", branch);
        api().header("If-Match", "*").body(Map.of("name", "甲", "joinedOn", today.minusYears(10).toString(),
                "fullOn", today.minusYears(9).toString(), "groupId", group)).put(M + full).then().statusCode(200);
        Map<String, Object> leftEdit = new java.util.HashMap<>(Map.of("name", "甲", "joinedOn", today.minusYears(10).toString()));
        api().body(Map.of("effectiveOn", today.toString(), "kind", "LAPSED", "reason", "再次")).post(M + full + "/leave")
                .then().statusCode(200);
        api().header("If-Match", "*").body(leftEdit).put(M + full).then().statusCode(409)
                .body("type", equalTo("urn:branchbook:problem:inactive-member"));
    }

    @Test
    void findsByFiltersAndTextWithStablePages() {
        String street = street();
        String a = org("BRANCH", street);
        String b = org("BRANCH", street);
        LocalDate today = Members.today();
        String old = Members.idNumber(today.minusYears(85));
        Map<String, Object> veteran = Members.fullMember(a);
        veteran.put("name", "白发老人");
        veteran.put("idNumber", old);
        veteran.put("joinedOn", today.minusYears(60).toString());
        veteran.put("fullOn", today.minusYears(59).toString());
        veteran.put("categories", List.of("VETERAN", "BEDRIDDEN"));
        veteran.put("phone", "13912345678");
        String vet = Members.create(veteran);
        Map<String, Object> young = Members.probationaryMember(b, today.minusMonths(1));
        young.put("idNumber", Members.idNumber(today.minusYears(25)));
        young.put("name", "青年");
        young.put("registration", "REPORTING");
        String yng = Members.create(young);
        for (int i = 0; i < 5; i++) {
            Members.create(Members.fullMember(a));
        }

        api().queryParam("organizationId", street).queryParam("limit", 500).get(Members.PATH).then().statusCode(200)
                .body("items.size()", equalTo(7));
        api().queryParam("organizationId", street).queryParam("category", "VETERAN").get(Members.PATH).then()
                .body("items.id", contains(vet));
        api().queryParam("organizationId", street).queryParam("ageMin", 80).get(Members.PATH).then()
                .body("items.id", contains(vet));
        api().queryParam("organizationId", street).queryParam("ageMax", 25).get(Members.PATH).then()
                .body("items.id", contains(yng));
        api().queryParam("organizationId", street).queryParam("registration", "REPORTING").get(Members.PATH).then()
                .body("items.id", contains(yng));
        api().queryParam("organizationId", street).queryParam("status", "PROBATIONARY").get(Members.PATH).then()
                .body("items.id", contains(yng));
        api().queryParam("organizationId", street).queryParam("joinedTo", today.minusYears(50).toString())
                .get(Members.PATH).then().body("items.id", contains(vet));
        api().queryParam("organizationId", street).queryParam("q", "老人").get(Members.PATH).then()
                .body("items.id", contains(vet));
        api().queryParam("organizationId", street).queryParam("q", old.substring(14)).get(Members.PATH).then()
                .body("items.id", hasItem(vet));
        api().queryParam("organizationId", street).queryParam("q", "912345").get(Members.PATH).then()
                .body("items.id", contains(vet));
        api().queryParam("organizationId", b).get(Members.PATH).then().body("items.id", contains(yng));

        // pages of 2 in every order cover everyone exactly once
        for (String sort : List.of("NAME", "JOINED_ON", "JOINED_ON_DESC", "BIRTH_DATE", "BIRTH_DATE_DESC")) {
            java.util.Set<String> seen = new java.util.HashSet<>();
            String cursor = null;
            int pages = 0;
            do {
                var spec = api().queryParam("organizationId", street).queryParam("sort", sort).queryParam("limit", 2);
                if (cursor != null) {
                    spec.queryParam("cursor", cursor);
                }
                var page = spec.get(Members.PATH).then().statusCode(200).extract();
                List<String> ids = page.path("items.id");
                ids.forEach(id -> assertEquals(true, seen.add(id), sort + " repeats " + id));
                cursor = page.path("nextCursor");
                pages++;
            } while (cursor != null);
            assertEquals(7, seen.size(), sort);
            assertEquals(4, pages, sort);
        }
        api().queryParam("organizationId", street).queryParam("sort", "JOINED_ON").queryParam("limit", 1).get(Members.PATH)
                .then().body("items[0].id", equalTo(vet));
        // bad parameters are 400s naming the parameter
        raw().queryParam("status", "ALIVE").get(Members.PATH).then().statusCode(400).body("errors[0].field", equalTo("status"));
        raw().queryParam("ageMin", "old").get(Members.PATH).then().statusCode(400).body("errors[0].field", equalTo("ageMin"));
        raw().queryParam("joinedFrom", "2020-13-01").get(Members.PATH).then().statusCode(400).body("errors[0].field", equalTo("joinedFrom"));
        raw().queryParam("sort", "NAME").queryParam("cursor", "bm9wZQ").get(Members.PATH).then().statusCode(400)
                .body("errors[0].field", equalTo("cursor"));
        api().queryParam("organizationId", UUID.randomUUID().toString()).get(Members.PATH).then().statusCode(404);
    }

    @Test
    void membersOfAnotherStreetAreInvisibleAndUntouchable() {
        String mine = org("BRANCH", street());
        String member = Members.create(Members.fullMember(mine));
        String theirs = org("BRANCH", street());
        Map<String, String> before = fingerprint();
        api().get(M + member).then().statusCode(404);
        api().get(M + member + "/history").then().statusCode(404);
        api().header("If-Match", "\"0\"").body(Map.of("name", "x", "joinedOn", "2010-01-01")).put(M + member).then().statusCode(404);
        api().body(Map.of("effectiveOn", Members.today().toString(), "reason", "x")).post(M + member + "/record-death")
                .then().statusCode(404);
        api().body(Map.of("organizationId", theirs, "effectiveOn", Members.today().toString(), "reason", "x"))
                .post(M + member + "/move").then().statusCode(404);
        api().queryParam("limit", 500).get(Members.PATH).then().statusCode(200).body("items.id", not(hasItem(member)));
        api().body(Members.fullMember(mine)).post(Members.PATH).then().statusCode(422)
                .body("errors[0].field", equalTo("organizationId"));
        assertEquals(before, fingerprint());
        api().queryParam("organizationId", theirs).get(Members.PATH).then().body("items", empty());
    }

    @Test
    void createIsIdempotentWithAKey() {
        String branch = org("BRANCH", street());
        Map<String, Object> body = Members.fullMember(branch);
        String key = UUID.randomUUID().toString();
        String first = api().header("Idempotency-Key", key).body(body).post(Members.PATH).then().statusCode(201)
                .extract().path("id");
        api().header("Idempotency-Key", key).body(body).post(Members.PATH).then().statusCode(201)
                .header("Idempotent-Replayed", "true").body("id", equalTo(first));
        api().queryParam("organizationId", branch).get(Members.PATH).then().body("items.size()", equalTo(1))
                .body("nextCursor", nullValue()).body("items[0].version", notNullValue());
    }

    @Test
    void concurrentWritersGetConflictsNotServerErrors() throws Exception {
        String branch = org("BRANCH", street());
        var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 3; round++) {
                Map<String, Object> body = Members.fullMember(branch);
                var start = new java.util.concurrent.CountDownLatch(1);
                java.util.concurrent.Callable<Integer> create = () -> {
                    start.await();
                    return api().body(body).post(Members.PATH).then().extract().statusCode();
                };
                var a = pool.submit(create);
                var b = pool.submit(create);
                start.countDown();
                assertEquals(List.of(201, 409), java.util.stream.Stream.of(a.get(), b.get()).sorted().toList());
            }
            // two 转正 of the same member at once: one wins, the other finds a full member
            String due = Members.create(Members.probationaryMember(branch, Members.today().minusYears(1).minusDays(1)));
            var start = new java.util.concurrent.CountDownLatch(1);
            java.util.concurrent.Callable<Integer> confirm = () -> {
                start.await();
                return api().body(Map.of("effectiveOn", Members.today().toString())).post(M + due + "/confirm")
                        .then().extract().statusCode();
            };
            var a = pool.submit(confirm);
            var b = pool.submit(confirm);
            start.countDown();
            assertEquals(List.of(200, 409), java.util.stream.Stream.of(a.get(), b.get()).sorted().toList());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void organizationChangesKeepMembersInBranches() {
        String street = street();
        String branch = org("BRANCH", street);
        String group = org("PARTY_GROUP", branch);
        String other = org("BRANCH", street);
        Map<String, Object> body = Members.fullMember(branch);
        body.put("groupId", group);
        String member = Members.create(body);
        String today = Members.today().toString();
        Map<String, String> before = fingerprint();
        api().body(Map.of("type", "GENERAL_BRANCH", "effectiveOn", today)).post(ORGS + "/" + branch + "/change-type")
                .then().statusCode(409).body("type", equalTo("urn:branchbook:problem:has-members"));
        api().body(Map.of("parentId", other, "effectiveOn", today)).post(ORGS + "/" + group + "/move")
                .then().statusCode(409).body("type", equalTo("urn:branchbook:problem:has-members"));
        assertEquals(before, fingerprint());
        // a member who left cannot come back into a branch archived meanwhile
        api().body(Map.of("effectiveOn", today, "kind", "LAPSED", "reason", "x")).post(M + member + "/leave")
                .then().statusCode(200);
        api().body(Map.of("effectiveOn", today, "reason", "撤销")).post(ORGS + "/" + group + "/archive").then().statusCode(200);
        api().body(Map.of("effectiveOn", today, "reason", "申诉")).post(M + member + "/restore").then().statusCode(409)
                .body("type", equalTo("urn:branchbook:problem:archived-placement"));
    }
}
