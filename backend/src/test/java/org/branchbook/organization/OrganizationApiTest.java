package org.branchbook.organization;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.branchbook.ApiTest;
import org.junit.jupiter.api.Test;

/** The organization tree over HTTP: create, read, list, tree, update, move, type change, archive, history. */
@QuarkusTest
class OrganizationApiTest extends ApiTest {

    private static final String ORGS = "/api/v1/organizations";

    @Test
    void createsTheTreeAndReadsItBack() {
        String street = Orgs.street();
        String code = Orgs.code("C");
        String community = api().header("Idempotency-Key", Orgs.code("k"))
                .body(Map.of("code", code, "name", "幸福里社区党委", "type", "PARTY_COMMITTEE", "parentId", street,
                        "category", "COMMUNITY", "residentCount", 4200, "establishedOn", "2015-07-01"))
                .post(ORGS)
                .then().statusCode(201)
                .header("Location", containsString(ORGS + "/"))
                .header("ETag", "\"0\"")
                .body("code", equalTo(code))
                .body("type", equalTo("PARTY_COMMITTEE"))
                .body("category", equalTo("COMMUNITY"))
                .body("parentId", equalTo(street))
                .body("depth", equalTo(1))
                .body("residentCount", equalTo(4200))
                .body("archived", equalTo(false))
                .extract().path("id");
        String branch = Orgs.create("BRANCH", community);
        org.branchbook.member.Members.fill(branch, 12, 2);

        api().get(ORGS + "/" + branch).then().statusCode(200)
                .header("ETag", "\"0\"")
                .body("category", equalTo("COMMUNITY")) // inherited from the parent
                .body("depth", equalTo(2))
                .body("ancestors.id", contains(street, community))
                .body("memberCounts.full", equalTo(12))
                .body("memberCounts.total", equalTo(14));
        // counts add up the subtree
        api().get(ORGS + "/" + street).then().statusCode(200)
                .body("memberCounts.full", equalTo(12))
                .body("childCount", equalTo(1))
                .body("ancestors", empty());
        api().get(ORGS + "/" + branch + "/history").then().statusCode(200)
                .body("items.kind", contains("CREATED"));
    }

    @Test
    void listsWithFiltersAndKeysetPages() {
        String street = Orgs.street();
        String community = Orgs.create("PARTY_COMMITTEE", street, Map.of("name", "翠竹社区党委"));
        String a = Orgs.create("BRANCH", community, Map.of("name", "翠竹第一党支部"));
        String b = Orgs.create("BRANCH", community, Map.of("name", "翠竹第二党支部"));
        String group = Orgs.create("PARTY_GROUP", a);

        api().queryParam("subtreeOf", street).get(ORGS).then().statusCode(200)
                .body("items", hasSize(5)).body("nextCursor", nullValue());
        api().queryParam("parentId", community).queryParam("type", "BRANCH").get(ORGS).then().statusCode(200)
                .body("items.id", org.hamcrest.Matchers.containsInAnyOrder(a, b));
        api().queryParam("subtreeOf", street).queryParam("q", "第二").get(ORGS).then().statusCode(200)
                .body("items.id", contains(b));
        api().queryParam("subtreeOf", street).queryParam("q", "%").get(ORGS).then().statusCode(200)
                .body("items", empty());

        // keyset pages of 2 cover the subtree exactly once, in code order
        List<String> seen = new java.util.ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            var spec = api().queryParam("subtreeOf", street).queryParam("limit", 2);
            if (cursor != null) {
                spec.queryParam("cursor", cursor);
            }
            var page = spec.get(ORGS).then().statusCode(200).extract();
            seen.addAll(page.path("items.code"));
            cursor = page.path("nextCursor");
            pages++;
        } while (cursor != null);
        assertEquals(3, pages);
        assertEquals(5, seen.size());
        assertEquals(seen.stream().sorted().toList(), seen);
        assertEquals(5, new java.util.HashSet<>(seen).size());

        api().queryParam("subtreeOf", street).queryParam("type", "PARTY_GROUP").get(ORGS).then()
                .body("items.id", contains(group));
    }

    @Test
    void rejectsBadListParametersWithProblems() {
        raw().queryParam("limit", 0).get(ORGS).then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("limit"));
        raw().queryParam("limit", 501).get(ORGS).then().statusCode(400);
        raw().queryParam("limit", "abc").get(ORGS).then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("limit"));
        raw().queryParam("cursor", "not-a-cursor!").get(ORGS).then().statusCode(400)
                .body("errors[0].field", equalTo("cursor"));
        raw().queryParam("type", "BRANCHES").get(ORGS).then().statusCode(400)
                .body("errors[0].field", equalTo("type"));
        raw().queryParam("q", "a\u0000b").get(ORGS).then().statusCode(400).body("errors[0].field", equalTo("q"));
        raw().queryParam("cursor", "AA").get(ORGS).then().statusCode(400).body("errors[0].field", equalTo("cursor"));
        raw().queryParam("subtreeOf", "123").get(ORGS).then().statusCode(400)
                .body("errors[0].field", equalTo("subtreeOf"));
        api().queryParam("subtreeOf", java.util.UUID.randomUUID().toString()).get(ORGS).then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void returnsTheTreeInOneRequest() {
        String street = Orgs.street();
        String community = Orgs.create("PARTY_COMMITTEE", street);
        String branch = Orgs.create("BRANCH", community);
        Orgs.create("PARTY_GROUP", branch);
        String other = Orgs.create("GENERAL_BRANCH", street);
        archive(Orgs.create("BRANCH", other));

        api().queryParam("rootId", street).get(ORGS + "/tree").then().statusCode(200)
                .body("size", equalTo(5))
                .body("roots", hasSize(1))
                .body("roots[0].id", equalTo(street))
                .body("roots[0].children", hasSize(2))
                .body("roots[0].children.find { it.id == '" + community + "' }.children[0].id", equalTo(branch))
                .body("roots[0].children.find { it.id == '" + community + "' }.children[0].children[0].type",
                        equalTo("PARTY_GROUP"));
        api().queryParam("rootId", street).queryParam("includeArchived", true).get(ORGS + "/tree").then()
                .statusCode(200).body("size", equalTo(6));
        api().get(ORGS + "/tree").then().statusCode(200).body("roots.id", hasItem(street));
    }

    @Test
    void rejectedCreatesChangeNothing() {
        String street = Orgs.street();
        String community = Orgs.create("PARTY_COMMITTEE", street);
        String branch = Orgs.create("BRANCH", community);
        String group = Orgs.create("PARTY_GROUP", branch);
        String taken = api().get(ORGS + "/" + branch).then().extract().path("code");
        String archived = Orgs.create("BRANCH", community);
        archive(archived);
        Map<String, String> before = fingerprint();

        // missing fields
        raw().body(Map.of()).post(ORGS).then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("urn:branchbook:problem:validation"))
                .body("errors.field", org.hamcrest.Matchers.containsInAnyOrder("code", "name", "type"));
        // wrong types
        raw().contentType("application/json").body("{\"code\":\"X1\",\"name\":123,\"type\":\"BRANCH\",\"parentId\":\"" + community + "\"}")
                .post(ORGS).then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("name"));
        raw().contentType("application/json").body("{\"code\":\"X1\",\"name\":\"n\",\"type\":\"BRANCH\",\"parentId\":\"" + community + "\",\"residentCount\":\"many\"}")
                .post(ORGS).then().statusCode(400).body("errors[0].field", equalTo("residentCount"));
        raw().contentType("application/json").body("{\"code\":\"X1\",\"name\":\"n\",\"type\":\"BRANCH\",\"parentId\":\"" + community + "\",\"establishedOn\":\"2026-02-30\"}")
                .post(ORGS).then().statusCode(400).body("errors[0].field", equalTo("establishedOn"));
        // unknown enum code, unknown field, malformed JSON, wrong media type
        raw().contentType("application/json").body("{\"code\":\"X1\",\"name\":\"n\",\"type\":\"BRANCHES\"}")
                .post(ORGS).then().statusCode(400).body("errors[0].field", equalTo("type"))
                .body("errors[0].message", containsString("BRANCH"));
        raw().contentType("application/json").body("{\"code\":\"X1\",\"name\":\"n\",\"type\":\"BRANCH\",\"parentID\":\"x\"}")
                .post(ORGS).then().statusCode(400).body("errors[0].field", equalTo("parentID"));
        raw().contentType("application/json").body("{\"code\":").post(ORGS).then().statusCode(400)
                .contentType("application/problem+json").body("type", equalTo("urn:branchbook:problem:malformed-json"));
        raw().contentType("text/plain").body("code=X1").post(ORGS).then().statusCode(415)
                .contentType("application/problem+json");
        // bad code and negative count
        raw().body(Map.of("code", "有 空格", "name", "n", "type", "BRANCH", "parentId", community, "residentCount", -1))
                .post(ORGS).then().statusCode(400)
                .body("errors.field", org.hamcrest.Matchers.containsInAnyOrder("code", "residentCount"));
        // unknown parent, archived parent, missing parent, a root with a parent, a type under the wrong parent
        api().body(Map.of("code", "X1", "name", "n", "type", "BRANCH", "parentId", java.util.UUID.randomUUID().toString()))
                .post(ORGS).then().statusCode(422).body("errors[0].field", equalTo("parentId"))
                .body("errors[0].message", equalTo("上级组织不存在"));
        api().body(Map.of("code", "X1", "name", "n", "type", "PARTY_GROUP", "parentId", archived))
                .post(ORGS).then().statusCode(422).body("errors[0].message", equalTo("上级组织已撤销"));
        api().body(Map.of("code", "X1", "name", "n", "type", "BRANCH"))
                .post(ORGS).then().statusCode(422).body("type", equalTo("urn:branchbook:problem:parent-required"));
        api().body(Map.of("code", "X1", "name", "n", "type", "STREET_WORKING_COMMITTEE", "parentId", street))
                .post(ORGS).then().statusCode(422).body("errors[0].field", equalTo("parentId"));
        api().body(Map.of("code", "X1", "name", "n", "type", "BRANCH", "parentId", group))
                .post(ORGS).then().statusCode(422).body("type", equalTo("urn:branchbook:problem:type-not-allowed"))
                .body("detail", equalTo("党支部不能设在党小组之下"));
        api().body(Map.of("code", "X1", "name", "n", "type", "PARTY_GROUP", "parentId", community))
                .post(ORGS).then().statusCode(422);
        // text PostgreSQL cannot store, and dates out of any plausible range
        raw().body("{\"code\":\"X1\",\"name\":\"a\\u0000b\",\"type\":\"BRANCH\",\"parentId\":\"" + community + "\"}")
                .post(ORGS).then().statusCode(400).body("errors[0].field", equalTo("name"));
        raw().body(Map.of("code", "X1", "name", "n", "type", "BRANCH", "parentId", community, "establishedOn", "1800-01-01"))
                .post(ORGS).then().statusCode(400).body("errors[0].field", equalTo("establishedOn"));
        raw().body(Map.of("code", "X1", "name", "n", "type", "BRANCH", "parentId", community, "establishedOn", "+9999999-01-01"))
                .post(ORGS).then().statusCode(400).contentType("application/problem+json");
        raw().body(Map.of("code", "X1", "name", "n", "type", "BRANCH", "parentId", "zzz"))
                .post(ORGS).then().statusCode(400).body("errors[0].field", equalTo("parentId"));
        // a body over the size limit
        raw().body("{\"name\":\"" + "长".repeat(4_000_000) + "\"}").post(ORGS).then().statusCode(413)
                .contentType("application/problem+json").body("type", equalTo("urn:branchbook:problem:too-large"));
        // duplicate code
        api().body(Map.of("code", taken, "name", "n", "type", "BRANCH", "parentId", community))
                .post(ORGS).then().statusCode(409).body("type", equalTo("urn:branchbook:problem:duplicate-code"))
                .body("errors[0].field", equalTo("code"));

        assertEquals(before, fingerprint());
    }

    @Test
    void updatesWithIfMatchAndRefusesStaleOrMissingOnes() {
        String street = Orgs.street();
        String branch = Orgs.create("BRANCH", street);
        Map<String, Object> update = Map.of("code", Orgs.code("U"), "name", "改名后的党支部", "category", "NON_PUBLIC",
                "address", "幸福路1号");

        String etag = Orgs.etag(branch);
        assertEquals("\"0\"", etag);
        api().header("If-Match", etag).body(update).put(ORGS + "/" + branch).then().statusCode(200)
                .header("ETag", not(equalTo(etag)))
                .body("name", equalTo("改名后的党支部")).body("category", equalTo("NON_PUBLIC"))
                .body("address", equalTo("幸福路1号")).body("version", equalTo(1));

        Map<String, String> before = fingerprint();
        api().header("If-Match", etag).body(Map.of("code", "Z9", "name", "陈旧的修改", "category", "COMMUNITY"))
                .put(ORGS + "/" + branch).then().statusCode(412).contentType("application/problem+json")
                .body("type", equalTo("urn:branchbook:problem:stale-etag"));
        raw().body(update).put(ORGS + "/" + branch).then().statusCode(428)
                .body("type", equalTo("urn:branchbook:problem:if-match-required"));
        raw().header("If-Match", Orgs.etag(branch)).body(Map.of("name", "缺少字段")).put(ORGS + "/" + branch).then()
                .statusCode(400).body("errors.field", hasItem("code"));
        String otherCode = api().get(ORGS + "/" + street).then().extract().path("code");
        api().header("If-Match", Orgs.etag(branch)).body(Map.of("code", otherCode, "name", "n", "category", "COMMUNITY"))
                .put(ORGS + "/" + branch).then().statusCode(409).body("errors[0].field", equalTo("code"));
        api().header("If-Match", "\"0\"").body(update).put(ORGS + "/" + java.util.UUID.randomUUID()).then().statusCode(404);
        assertEquals(before, fingerprint());
        api().get(ORGS + "/" + branch).then().body("name", equalTo("改名后的党支部"));
        // an unquoted version is accepted as the same ETag
        api().header("If-Match", "1").body(update).put(ORGS + "/" + branch).then().statusCode(200).body("version", equalTo(2));
    }

    @Test
    void movesASubtreeAndRecordsIt() {
        String street = Orgs.street();
        String from = Orgs.create("PARTY_COMMITTEE", street);
        String to = Orgs.create("PARTY_COMMITTEE", street);
        String branch = Orgs.create("BRANCH", from);
        String group = Orgs.create("PARTY_GROUP", branch);

        api().body(Map.of("parentId", to, "effectiveOn", "2026-10-01", "documentNumber", "X街党工〔2026〕12号", "reason", "社区调整"))
                .post(ORGS + "/" + branch + "/move").then().statusCode(200)
                .body("parentId", equalTo(to)).body("depth", equalTo(2));
        // the subtree moved with it
        api().queryParam("subtreeOf", to).get(ORGS).then().body("items.id", org.hamcrest.Matchers.containsInAnyOrder(to, branch, group));
        api().queryParam("subtreeOf", from).get(ORGS).then().body("items.id", contains(from));
        api().get(ORGS + "/" + group).then().body("ancestors.id", contains(street, to, branch)).body("depth", equalTo(3));
        api().get(ORGS + "/" + branch + "/history").then().statusCode(200)
                .body("items[0].kind", equalTo("MOVED"))
                .body("items[0].effectiveOn", equalTo("2026-10-01"))
                .body("items[0].documentNumber", equalTo("X街党工〔2026〕12号"))
                .body("items[0].fromParent.id", equalTo(from))
                .body("items[0].toParent.id", equalTo(to));
    }

    @Test
    void historyListsCreationLastEvenWhenOtherEventsAreBackdated() {
        String street = Orgs.street();
        String target = Orgs.create("PARTY_COMMITTEE", street);
        String branch = api().body(Map.of("code", Orgs.code("H"), "name", "无成立日期的支部", "type", "BRANCH", "parentId", street))
                .post(ORGS).then().statusCode(201).extract().path("id");
        move(branch, target).statusCode(200); // effective 2026-10-01, before the recorded creation
        api().get(ORGS + "/" + branch + "/history").then().body("items.kind", contains("MOVED", "CREATED"));
    }

    @Test
    void aMoveInvalidatesTheETagsOfTheWholeSubtree() {
        String street = Orgs.street();
        String from = Orgs.create("PARTY_COMMITTEE", street);
        String to = Orgs.create("PARTY_COMMITTEE", street);
        String branch = Orgs.create("BRANCH", from);
        String group = Orgs.create("PARTY_GROUP", branch);
        String staleGroupTag = Orgs.etag(group);
        move(branch, to).statusCode(200);
        // an edit based on a read from before the move must not write back the old position
        api().header("If-Match", staleGroupTag).body(Map.of("code", Orgs.code("G"), "name", "第一党小组", "category", "COMMUNITY")).put(ORGS + "/" + group).then().statusCode(412);
        api().header("If-Match", Orgs.etag(group)).body(Map.of("code", Orgs.code("G"), "name", "第一党小组", "category", "COMMUNITY")).put(ORGS + "/" + group).then().statusCode(200);
        api().queryParam("subtreeOf", to).get(ORGS).then().body("items.id", org.hamcrest.Matchers.hasItem(group));
    }

    @Test
    void concurrentEditsToTheSameCodeGive409NotAServerError() throws Exception {
        String street = Orgs.street();
        for (int round = 0; round < 5; round++) {
            String a = Orgs.create("BRANCH", street);
            String b = Orgs.create("BRANCH", street);
            String code = Orgs.code("SAME");
            var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
            try {
                var start = new java.util.concurrent.CountDownLatch(1);
                java.util.function.Function<String, java.util.concurrent.Callable<Integer>> edit = id -> () -> {
                    String tag = Orgs.etag(id);
                    start.await();
                    return api().header("If-Match", tag).body(Map.of("code", code, "name", "n", "category", "COMMUNITY")).put(ORGS + "/" + id)
                            .then().extract().statusCode();
                };
                var first = pool.submit(edit.apply(a));
                var second = pool.submit(edit.apply(b));
                start.countDown();
                assertEquals(List.of(200, 409), java.util.stream.Stream.of(first.get(), second.get()).sorted().toList());
            } finally {
                pool.shutdownNow();
            }
        }
    }

    @Test
    void refusesMovesThatBreakTheTree() {
        String street = Orgs.street();
        String committee = Orgs.create("PARTY_COMMITTEE", street);
        String inner = Orgs.create("PARTY_COMMITTEE", committee);
        String branch = Orgs.create("BRANCH", inner);
        String group = Orgs.create("PARTY_GROUP", branch);
        Map<String, String> before = fingerprint();

        move(committee, inner).statusCode(422).body("type", equalTo("urn:branchbook:problem:cycle"))
                .body("errors[0].field", equalTo("parentId"));
        move(committee, committee).statusCode(422).body("type", equalTo("urn:branchbook:problem:cycle"));
        move(branch, group).statusCode(422);
        move(branch, inner).statusCode(422).body("type", equalTo("urn:branchbook:problem:same-parent"));
        move(street, committee).statusCode(422);
        move(branch, java.util.UUID.randomUUID().toString()).statusCode(422);
        raw().body(Map.of("parentId", street)).post(ORGS + "/" + branch + "/move").then().statusCode(400)
                .body("errors[0].field", equalTo("effectiveOn"));
        api().header("If-Match", "\"99\"").body(Map.of("parentId", street, "effectiveOn", "2026-10-01"))
                .post(ORGS + "/" + branch + "/move").then().statusCode(412);
        // the fixtures were established on 2020-01-01
        api().body(Map.of("parentId", street, "effectiveOn", "2019-12-31")).post(ORGS + "/" + branch + "/move").then()
                .statusCode(422).body("type", equalTo("urn:branchbook:problem:before-establishment"))
                .body("errors[0].field", equalTo("effectiveOn"));
        assertEquals(before, fingerprint());
    }

    @Test
    void concurrentCrossMovesCannotBuildACycle() throws Exception {
        String street = Orgs.street();
        String a = Orgs.create("PARTY_COMMITTEE", street);
        String b = Orgs.create("PARTY_COMMITTEE", street);
        var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            var start = new java.util.concurrent.CountDownLatch(1);
            var aUnderB = pool.submit(() -> { start.await(); return move(a, b).extract().statusCode(); });
            var bUnderA = pool.submit(() -> { start.await(); return move(b, a).extract().statusCode(); });
            start.countDown();
            List<Integer> statuses = java.util.stream.Stream.of(aUnderB.get(), bUnderA.get()).sorted().toList();
            assertEquals(List.of(200, 422), statuses);
        } finally {
            pool.shutdownNow();
        }
        // exactly one is now under the other, and the tree still has one root
        api().queryParam("rootId", street).get(ORGS + "/tree").then().body("size", equalTo(3))
                .body("roots[0].children", hasSize(1)).body("roots[0].children[0].children", hasSize(1));
    }

    @Test
    void changesTypeWhenTheTreeAllowsIt() {
        String street = Orgs.street();
        String branch = Orgs.create("BRANCH", street);
        String group = Orgs.create("PARTY_GROUP", branch);
        Map<String, String> before = fingerprint();
        api().body(Map.of("type", "GENERAL_BRANCH", "effectiveOn", "2026-09-01"))
                .post(ORGS + "/" + branch + "/change-type").then().statusCode(422)
                .body("detail", containsString("党小组"));
        api().body(Map.of("type", "BRANCH", "effectiveOn", "2026-09-01"))
                .post(ORGS + "/" + branch + "/change-type").then().statusCode(422)
                .body("type", equalTo("urn:branchbook:problem:same-type"));
        api().body(Map.of("type", "STREET_WORKING_COMMITTEE", "effectiveOn", "2026-09-01"))
                .post(ORGS + "/" + branch + "/change-type").then().statusCode(422);
        assertEquals(before, fingerprint());

        archive(group);
        api().body(Map.of("type", "GENERAL_BRANCH", "effectiveOn", "2026-09-01", "documentNumber", "X街党工〔2026〕20号"))
                .post(ORGS + "/" + branch + "/change-type").then().statusCode(200)
                .body("type", equalTo("GENERAL_BRANCH"));
        api().get(ORGS + "/" + branch + "/history").then()
                .body("items[0].kind", equalTo("TYPE_CHANGED"))
                .body("items[0].fromType", equalTo("BRANCH")).body("items[0].toType", equalTo("GENERAL_BRANCH"));
    }

    @Test
    void archivesOnlyLeavesAndNeverDeletes() {
        String street = Orgs.street();
        String community = Orgs.create("PARTY_COMMITTEE", street);
        String branch = Orgs.create("BRANCH", community);
        String member = org.branchbook.member.Members.create(org.branchbook.member.Members.fullMember(branch));
        Map<String, String> before = fingerprint();
        api().body(Map.of("effectiveOn", "2026-11-01", "reason", "合并")).post(ORGS + "/" + community + "/archive")
                .then().statusCode(409).body("type", equalTo("urn:branchbook:problem:has-active-children"))
                .body("detail", containsString("1个"));
        raw().body(Map.of("effectiveOn", "2026-11-01")).post(ORGS + "/" + branch + "/archive")
                .then().statusCode(400).body("errors[0].field", equalTo("reason"));
        // a branch with members cannot go until they are placed elsewhere
        api().body(Map.of("effectiveOn", "2026-11-01", "reason", "单位注销")).post(ORGS + "/" + branch + "/archive")
                .then().statusCode(409).body("type", equalTo("urn:branchbook:problem:has-members"));
        assertEquals(before, fingerprint());
        String other = Orgs.create("BRANCH", street);
        api().body(Map.of("organizationId", other, "effectiveOn", org.branchbook.member.Members.today().toString(), "reason", "支部撤并"))
                .post("/api/v1/members/" + member + "/move").then().statusCode(200);
        api().get(ORGS + "/" + branch).then().body("memberCounts.full", equalTo(0));

        api().body(Map.of("effectiveOn", "2026-11-01", "reason", "单位注销", "documentNumber", "X街党工〔2026〕30号"))
                .post(ORGS + "/" + branch + "/archive").then().statusCode(200)
                .body("archived", equalTo(true)).body("archivedOn", equalTo("2026-11-01"));
        api().get(ORGS + "/" + branch).then().statusCode(200).body("archived", equalTo(true));
        api().get(ORGS + "/" + community).then().body("memberCounts.full", equalTo(0));
        api().get(ORGS + "/" + other).then().body("memberCounts.full", equalTo(1));
        api().queryParam("parentId", community).get(ORGS).then().body("items", empty());
        api().queryParam("parentId", community).queryParam("archived", "ONLY").get(ORGS).then()
                .body("items.id", contains(branch));
        api().body(Map.of("effectiveOn", "2026-11-02", "reason", "again")).post(ORGS + "/" + branch + "/archive")
                .then().statusCode(409);
        api().header("If-Match", Orgs.etag(branch)).body(Map.of("code", Orgs.code("A"), "name", "n", "category", "COMMUNITY")).put(ORGS + "/" + branch).then().statusCode(409);
        api().get(ORGS + "/" + branch + "/history").then().body("items[0].kind", equalTo("ARCHIVED"))
                .body("items[0].reason", equalTo("单位注销"));
        // now the community can go
        api().body(Map.of("effectiveOn", "2026-11-01", "reason", "合并")).post(ORGS + "/" + community + "/archive")
                .then().statusCode(200);
    }

    @Test
    void idempotencyKeyCreatesOnce() {
        String street = Orgs.street();
        String key = Orgs.code("idem");
        Map<String, Object> body = Map.of("code", Orgs.code("I"), "name", "幂等党支部", "type", "BRANCH", "parentId", street);
        String first = api().header("Idempotency-Key", key).body(body).post(ORGS).then().statusCode(201)
                .extract().path("id");
        String second = api().header("Idempotency-Key", key).body(body).post(ORGS).then().statusCode(201)
                .header("Location", notNullValue()).extract().path("id");
        assertEquals(first, second);
        api().queryParam("parentId", street).get(ORGS).then().body("items", hasSize(1));

        Map<String, String> before = fingerprint();
        api().header("Idempotency-Key", key).body(Map.of("code", Orgs.code("I"), "name", "另一个", "type", "BRANCH", "parentId", street))
                .post(ORGS).then().statusCode(422).body("type", equalTo("urn:branchbook:problem:idempotency-key-reused"));
        assertEquals(before, fingerprint());
        // a failed create frees its key
        String key2 = Orgs.code("idem");
        raw().header("Idempotency-Key", key2).body(Map.of("code", "BAD CODE", "name", "n", "type", "BRANCH", "parentId", street))
                .post(ORGS).then().statusCode(400);
        String third = api().header("Idempotency-Key", key2).body(Map.of("code", Orgs.code("I"), "name", "n", "type", "BRANCH", "parentId", street))
                .post(ORGS).then().statusCode(201).extract().path("id");
        assertNotEquals(first, third);
    }

    @Test
    void unknownOrganizationsAre404Problems() {
        Orgs.street();
        String missing = java.util.UUID.randomUUID().toString();
        for (String path : List.of("", "/history", "/warnings", "/subtree-warnings", "/leadership")) {
            api().get(ORGS + "/" + missing + path).then().statusCode(404)
                    .contentType("application/problem+json").body("status", equalTo(404))
                    .body("requestId", notNullValue());
        }
        raw().get(ORGS + "/not-a-uuid").then().statusCode(404).contentType("application/problem+json");
        raw().get("/api/v1/no-such-thing").then().statusCode(404).contentType("application/problem+json");
        raw().header("X-Request-Id", "trace-123").get(ORGS + "/" + missing).then().statusCode(404)
                .header("X-Request-Id", "trace-123").body("requestId", equalTo("trace-123"))
                .body("instance", startsWith(ORGS));
        raw().delete(ORGS + "/" + missing).then().statusCode(405).contentType("application/problem+json");
    }

    private static io.restassured.response.ValidatableResponse move(String id, String parentId) {
        return api().body(Map.of("parentId", parentId, "effectiveOn", "2026-10-01")).post(ORGS + "/" + id + "/move").then();
    }

    private static void archive(String id) {
        api().body(Map.of("effectiveOn", "2026-10-01", "reason", "测试撤销")).post(ORGS + "/" + id + "/archive")
                .then().statusCode(200);
    }
}
