package org.branchbook.transfer;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.branchbook.ApiTest;
import org.branchbook.access.Account;
import org.branchbook.access.AccessFixtures;
import org.branchbook.access.Role;
import org.branchbook.member.Members;
import org.junit.jupiter.api.Test;

/** 组织关系转接 over HTTP: every step by the side whose turn it is, scope, letters, concurrency, overdue. */
@QuarkusTest
class TransferApiTest extends ApiTest {

    private static final String T = "/api/v1/transfers";
    private static final String ORGS = "/api/v1/organizations";
    private static final String DUES = YearMonth.from(Members.today().minusMonths(1)).toString();

    /**
     * A street with two 社区党委 (A with branches A1, A2; B with branch B1), a third community D and its
     * branch, and tokens for each side: A's and B's ORG_ADMINs, A1's ORG_ADMIN, A's viewer and D's admin.
     */
    static final class Street {
        String street;
        String streetAdmin;
        String a;
        String a1;
        String a2;
        String b;
        String b1;
        String b1group;
        String d;
        String adminA;
        String adminB;
        String adminA1;
        String viewerA;
        String adminD;
    }

    private Street street() {
        AccessFixtures f = AccessFixtures.get();
        AccessFixtures.Street s = f.street("转接街道");
        Street x = new Street();
        x.street = s.id().toString();
        x.streetAdmin = s.adminToken();
        actAs(x.streetAdmin);
        x.a = org("PARTY_COMMITTEE", x.street);
        x.a1 = org("BRANCH", x.a);
        x.a2 = org("BRANCH", x.a);
        x.b = org("PARTY_COMMITTEE", x.street);
        x.b1 = org("BRANCH", x.b);
        x.b1group = org("PARTY_GROUP", x.b1);
        x.d = org("PARTY_COMMITTEE", x.street);
        org("BRANCH", x.d);
        x.adminA = token(f, Role.ORG_ADMIN, x.a);
        x.adminB = token(f, Role.ORG_ADMIN, x.b);
        x.adminA1 = token(f, Role.ORG_ADMIN, x.a1);
        x.viewerA = token(f, Role.ORG_VIEWER, x.a);
        x.adminD = token(f, Role.ORG_ADMIN, x.d);
        return x;
    }

    private static String token(AccessFixtures f, Role role, String org) {
        Account account = f.account(role, UUID.fromString(org));
        return f.token(account.id, UUID.fromString(org), false, 5, false);
    }

    private static String org(String type, String parent) {
        return api().body(Map.of("code", unique("ZJ"), "name", "转接" + type, "type", type, "parentId", parent,
                "establishedOn", "2000-01-01")).post(ORGS).then().statusCode(201).extract().path("id");
    }

    /** A contract-checked request as the holder of {@code token} (safe to use from several threads). */
    private static RequestSpecification as(String token) {
        return given().filter(contractFilter()).contentType(ContentType.JSON).accept(ContentType.JSON)
                .header("Authorization", "Bearer " + token);
    }

    private static String member(Street x, String branch) {
        actAs(x.streetAdmin);
        return Members.create(Members.fullMember(branch));
    }

    private static Map<String, Object> internal(String member, String to) {
        return new HashMap<>(Map.of("scope", "INTERNAL", "memberId", member, "toOrganizationId", to, "reason", "工作调动",
                "duesPaidTo", DUES));
    }

    private static String request(String token, Map<String, Object> body) {
        return as(token).body(body).post(T).then().statusCode(201).extract().path("id");
    }

    private static Response move(String token, String transfer, String action, Map<String, Object> body) {
        return as(token).body(body).post(T + "/" + transfer + "/" + action);
    }

    private static Map<String, Object> reason(String text) {
        return Map.of("reason", text);
    }

    /** An INCOMING registration body for branch-holding {@code to}, with a letter issued {@code issuedOn}. */
    private static Map<String, Object> incoming(String to, String idNumber, LocalDate issuedOn, Integer validDays) {
        Map<String, Object> member = new HashMap<>(Map.of("name", "外来党员", "idNumber", idNumber, "status", "FULL",
                "joinedOn", Members.today().minusYears(6).toString(), "fullOn", Members.today().minusYears(5).toString()));
        Map<String, Object> letter = new HashMap<>(Map.of("number", unique("外组转"), "issuedOn", issuedOn.toString()));
        if (validDays != null) {
            letter.put("validDays", validDays);
        }
        return new HashMap<>(Map.of("scope", "INCOMING", "toOrganizationId", to, "fromName", "中共某市某区某街道某社区委员会",
                "fromRegion", "江苏省南京市", "reason", "迁居", "duesPaidTo", DUES, "member", member, "letter", letter));
    }

    @Test
    void anInternalTransferGoesFromRequestThroughApprovalToAcceptance() {
        Street x = street();
        String m = member(x, x.a1);
        String t = as(x.adminA1).body(internal(m, x.b)).post(T).then().statusCode(201)
                .header("Location", containsString(T + "/"))
                .body("state", equalTo("REQUESTED"))
                .body("waitingFor", equalTo("APPROVER"))
                .body("approver.id", equalTo(x.a))
                .body("from.organization.id", equalTo(x.a1))
                .body("to.organization.id", equalTo(x.b))
                .body("member.id", equalTo(m))
                .body("member.idNumber", containsString("********"))
                .body("actions", contains("WITHDRAW")) // the branch requests and may withdraw, not approve
                .body("letter", nullValue())
                .extract().path("id");
        // the branch cannot approve its own request; the receiver sees it but it is not their step
        move(x.adminA1, t, "approve", Map.of()).then().statusCode(403);
        as(x.adminB).get(T + "/" + t).then().statusCode(200).body("actions", empty());
        move(x.adminB, t, "approve", Map.of()).then().statusCode(403);
        // a community with neither end cannot see it at all
        as(x.adminD).get(T + "/" + t).then().statusCode(404);
        move(x.adminD, t, "approve", Map.of()).then().statusCode(404);
        as(x.adminA).queryParam("inbox", true).get(T).then().statusCode(200).body("items.id", hasItem(t));
        as(x.adminB).queryParam("inbox", true).get(T).then().statusCode(200).body("items.id", not(hasItem(t)));

        LocalDate today = Members.today();
        String number = move(x.adminA, t, "approve", Map.of("note", "同意")).then().statusCode(200)
                .body("state", equalTo("ISSUED"))
                .body("waitingFor", equalTo("RECEIVER"))
                .body("letter.issuedOn", equalTo(today.toString()))
                .body("letter.validDays", equalTo(10)) // in the same street: in-city
                .body("letter.lastValidOn", equalTo(today.plusDays(9).toString()))
                .body("letter.receiptDueOn", nullValue())
                .body("letter.number", startsWith("ZJ" + today.getYear()))
                .body("letter.duesPaidTo", equalTo(DUES))
                .extract().path("letter.number");
        // during the transfer the member stays in the source branch
        as(x.adminA).get(Members.PATH + "/" + m).then().statusCode(200).body("organization.id", equalTo(x.a1));
        as(x.adminB).queryParam("inbox", true).get(T).then().statusCode(200).body("items.id", hasItem(t));
        as(x.adminB).get(T + "/" + t).then().body("actions", contains("ACCEPT", "RETURN"));

        // the receiver places the member in one of its own branches only
        Map<String, String> before = fingerprint();
        move(x.adminB, t, "accept", Map.of("branchId", x.a2)).then().statusCode(422);
        move(x.adminB, t, "accept", Map.of("branchId", x.b)).then().statusCode(422); // a 党委 is not a branch
        assertEquals(before, fingerprint());
        move(x.adminB, t, "accept", Map.of("branchId", x.b1, "groupId", x.b1group)).then().statusCode(200)
                .body("state", equalTo("COMPLETED"))
                .body("waitingFor", nullValue())
                .body("assignedBranch.id", equalTo(x.b1))
                .body("assignedGroup.id", equalTo(x.b1group))
                .body("completedOn", equalTo(today.toString()))
                .body("steps.move", contains("REQUEST", "APPROVE", "ACCEPT"))
                .body("steps[1].note", equalTo("同意"));
        // the member moved: the receiver sees them in B1, the source no longer does
        as(x.adminB).get(Members.PATH + "/" + m).then().statusCode(200).body("organization.id", equalTo(x.b1))
                .body("group.id", equalTo(x.b1group));
        as(x.adminA).get(Members.PATH + "/" + m).then().statusCode(404);
        as(x.adminB).get(Members.PATH + "/" + m + "/history").then().statusCode(200)
                .body("memberships[0].organization.id", equalTo(x.b1))
                .body("memberships[0].toOn", nullValue())
                .body("memberships[0].reason", containsString(number))
                .body("memberships[1].organization.id", equalTo(x.a1))
                .body("memberships[1].toOn", equalTo(today.toString()));
        as(x.adminB).get(ORGS + "/" + x.b1).then().body("memberCounts.full", equalTo(1));
        as(x.adminA).get(ORGS + "/" + x.a1).then().body("memberCounts.full", equalTo(0));
        // both sides keep seeing the finished transfer, and the member's transfer history lists it
        as(x.adminA).queryParam("memberId", m).get(T).then().statusCode(200).body("items.id", contains(t));
        as(x.adminB).queryParam("memberId", m).get(T).then().statusCode(200).body("items.id", contains(t));
    }

    @Test
    void everyStepIsCheckedAgainstTheStateMachineAndChangesNothingWhenRefused() {
        Street x = street();
        String t = request(x.adminA1, internal(member(x, x.a1), x.b));
        Map<String, String> before = fingerprint();
        move(x.adminB, t, "accept", Map.of("branchId", x.b1)).then().statusCode(409)
                .body("type", equalTo("urn:branchbook:problem:transfer-state"));
        move(x.adminA1, t, "confirm-receipt", Map.of("receivedOn", Members.today().toString())).then().statusCode(409);
        move(x.adminA, t, "reissue", reason("过期")).then().statusCode(409);
        assertEquals(before, fingerprint());
        move(x.adminA, t, "approve", Map.of()).then().statusCode(200);
        move(x.adminA, t, "approve", Map.of()).then().statusCode(409);
        move(x.adminB, t, "return", reason("查无此人")).then().statusCode(200).body("state", equalTo("RETURNED"))
                .body("steps[2].note", equalTo("查无此人"));
        before = fingerprint();
        move(x.adminA1, t, "withdraw", reason("算了")).then().statusCode(409);
        move(x.adminB, t, "accept", Map.of("branchId", x.b1)).then().statusCode(409);
        assertEquals(before, fingerprint());
        // read-only callers take no step and are offered none
        as(x.viewerA).get(T + "/" + t).then().statusCode(200).body("actions", empty());
        String open = request(x.adminA1, internal(member(x, x.a1), x.b));
        as(x.viewerA).get(T + "/" + open).then().body("actions", empty());
        move(x.viewerA, open, "approve", Map.of()).then().statusCode(403);
        // the requester withdraws before acceptance
        move(x.adminA1, open, "withdraw", reason("不转了")).then().statusCode(200).body("state", equalTo("WITHDRAWN"));
    }

    @Test
    void aMemberHasOneOpenTransferAndStaysPutDuringIt() {
        Street x = street();
        actAs(x.streetAdmin);
        Map<String, Object> body = Members.fullMember(x.a1);
        String m = Members.create(body);
        String t = request(x.adminA1, internal(m, x.b));
        String a2code = as(x.adminA).get(ORGS + "/" + x.a2).then().extract().path("code");
        Map<String, String> before = fingerprint();
        // nor can an import move them
        given().header("Authorization", "Bearer " + x.adminA).contentType("text/csv")
                .body(("姓名,身份证号,入党日期,转正日期,党员状态,所在党支部编码\n测试党员," + body.get("idNumber") + ","
                        + body.get("joinedOn") + "," + body.get("fullOn") + ",正式党员," + a2code + "\n")
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .post(Members.PATH + "/import").then().statusCode(422)
                .body("errors[0].message", containsString("转接尚未办结"));
        assertEquals(before.get("member"), fingerprint().get("member"));
        before = fingerprint();
        as(x.adminA1).body(internal(m, x.d)).post(T).then().statusCode(409)
                .body("type", equalTo("urn:branchbook:problem:transfer-open"));
        as(x.adminA).body(Map.of("organizationId", x.a2, "effectiveOn", Members.today().toString(), "reason", "调整"))
                .post(Members.PATH + "/" + m + "/move").then().statusCode(409)
                .body("type", equalTo("urn:branchbook:problem:transfer-open"));
        as(x.adminA).body(Map.of("effectiveOn", Members.today().toString(), "kind", "LAPSED", "reason", "失联"))
                .post(Members.PATH + "/" + m + "/leave").then().statusCode(409);
        assertEquals(before, fingerprint());
        move(x.adminA1, t, "withdraw", reason("先调支部")).then().statusCode(200);
        as(x.adminA).body(Map.of("organizationId", x.a2, "effectiveOn", Members.today().toString(), "reason", "调整"))
                .post(Members.PATH + "/" + m + "/move").then().statusCode(200);
        // after it ended, a new transfer may start
        request(x.adminA, internal(m, x.b));
    }

    @Test
    void anOutgoingMemberLeavesWithTheLetterAndComesBackIfItIsReturned() {
        Street x = street();
        String m = member(x, x.a1);
        Map<String, Object> body = new HashMap<>(Map.of("scope", "OUTGOING", "memberId", m, "toName", "中共深圳市某社区委员会",
                "toRegion", "广东省深圳市", "reason", "随迁", "duesPaidTo", DUES));
        String t = as(x.adminA1).body(body).post(T).then().statusCode(201)
                .body("to.organization", nullValue()).body("to.name", equalTo("中共深圳市某社区委员会"))
                .extract().path("id");
        LocalDate today = Members.today();
        move(x.adminA, t, "approve", Map.of()).then().statusCode(200)
                .body("letter.validDays", equalTo(30)) // elsewhere
                .body("letter.receiptDueOn", equalTo(today.plusDays(29).plusMonths(1).toString()))
                .body("waitingFor", equalTo("SOURCE"))
                .body("member.status", equalTo("TRANSFERRED_OUT"));
        as(x.adminA).get(Members.PATH + "/" + m).then().body("status", equalTo("TRANSFERRED_OUT"));
        as(x.adminA).queryParam("organizationId", x.a1).get(Members.PATH).then().body("items.id", not(hasItem(m)));
        as(x.adminA).get(ORGS + "/" + x.a1).then().body("memberCounts.full", equalTo(0));
        as(x.adminA1).queryParam("inbox", true).get(T).then().body("items.id", hasItem(t));
        // the letter came back unaccepted: the member is back in the branch
        move(x.adminA1, t, "return", reason("对方未接收")).then().statusCode(200).body("state", equalTo("RETURNED"));
        as(x.adminA).get(Members.PATH + "/" + m).then().body("status", equalTo("FULL")).body("organization.id", equalTo(x.a1));
        as(x.adminA).get(ORGS + "/" + x.a1).then().body("memberCounts.full", equalTo(1));

        body.put("inCity", true);
        String again = request(x.adminA1, body);
        move(x.adminA, again, "approve", Map.of("validDays", 15)).then().statusCode(200).body("letter.validDays", equalTo(15));
        move(x.adminA1, again, "confirm-receipt", Map.of("receivedOn", today.plusDays(1).toString())).then().statusCode(422);
        move(x.adminA1, again, "confirm-receipt", Map.of("receivedOn", today.toString(), "note", "回执已归档"))
                .then().statusCode(200).body("state", equalTo("COMPLETED")).body("completedOn", equalTo(today.toString()));
        as(x.adminA).get(Members.PATH + "/" + m).then().body("status", equalTo("TRANSFERRED_OUT"));
        // a member off the roster cannot be transferred again
        as(x.adminA1).body(internal(m, x.b)).post(T).then().statusCode(409);
    }

    @Test
    void anIncomingLetterRegistersTheMemberOnceEvenWhenTheAcceptIsRetried() throws SQLException {
        Street x = street();
        String id = Members.idNumber();
        String t = as(x.adminB).body(incoming(x.b, id, Members.today(), null)).post(T).then().statusCode(201)
                .body("state", equalTo("ISSUED"))
                .body("member.id", nullValue())
                .body("member.idNumber", equalTo(id.substring(0, 6) + "********" + id.substring(14)))
                .body("letter.issuedHere", equalTo(false))
                .body("letter.validDays", equalTo(30))
                .body("actions", contains("ACCEPT", "RETURN", "WITHDRAW", "REISSUE"))
                .extract().path("id");
        // the same 身份证号 cannot arrive twice at once
        as(x.adminB).body(incoming(x.b, id, Members.today(), null)).post(T).then().statusCode(409);
        // A sees nothing of it
        as(x.adminA).get(T + "/" + t).then().statusCode(404);
        String key = UUID.randomUUID().toString();
        Map<String, Object> accept = Map.of("branchId", x.b1);
        String member = as(x.adminB).header("Idempotency-Key", key).body(accept).post(T + "/" + t + "/accept")
                .then().statusCode(200).body("state", equalTo("COMPLETED")).extract().path("member.id");
        as(x.adminB).header("Idempotency-Key", key).body(accept).post(T + "/" + t + "/accept")
                .then().statusCode(200).header("Idempotent-Replayed", "true").body("member.id", equalTo(member));
        assertEquals(1, count("select count(*) from member where id_number = ?", id));
        as(x.adminB).get(Members.PATH + "/" + member).then().statusCode(200)
                .body("status", equalTo("FULL")).body("organization.id", equalTo(x.b1)).body("name", equalTo("外来党员"));
        // a new key is a new request: the transfer is done
        as(x.adminB).header("Idempotency-Key", UUID.randomUUID().toString()).body(accept).post(T + "/" + t + "/accept")
                .then().statusCode(409);
        // a registered member cannot arrive again
        as(x.adminB).body(incoming(x.b, id, Members.today(), null)).post(T).then().statusCode(409)
                .body("type", equalTo("urn:branchbook:problem:duplicate-id-number"));
    }

    @Test
    void aLetterCanBeAcceptedOnItsLastValidDayButNotTheDayAfterAndCanBeReissued() {
        Street x = street();
        LocalDate today = Members.today();
        String lastDay = request(x.adminB, incoming(x.b, Members.idNumber(), today.minusDays(9), 10));
        as(x.adminB).get(T + "/" + lastDay).then().body("letter.lastValidOn", equalTo(today.toString()))
                .body("letter.expired", equalTo(false)).body("overdue", empty());
        move(x.adminB, lastDay, "accept", Map.of("branchId", x.b1)).then().statusCode(200);

        String expired = request(x.adminB, incoming(x.b, Members.idNumber(), today.minusDays(10), 10));
        as(x.adminB).get(T + "/" + expired).then().body("letter.expired", equalTo(true))
                .body("overdue", contains("LETTER_EXPIRED"));
        as(x.adminB).queryParam("overdue", true).get(T).then().body("items.id", hasItem(expired))
                .body("items.id", not(hasItem(lastDay)));
        as(x.adminB).queryParam("organizationId", x.b).get(T + "/overdue").then().statusCode(200)
                .body("items.transferId", hasItem(expired))
                .body("counts.find { it.kind == 'LETTER_EXPIRED' }.count", equalTo(1));
        Map<String, String> before = fingerprint();
        move(x.adminB, expired, "accept", Map.of("branchId", x.b1)).then().statusCode(422)
                .body("type", equalTo("urn:branchbook:problem:letter-expired"))
                .body("detail", containsString("已过期"));
        assertEquals(before, fingerprint());
        // an incoming reissue records the new letter the other side sent
        move(x.adminB, expired, "reissue", reason("原介绍信过期")).then().statusCode(422);
        move(x.adminB, expired, "reissue", Map.of("reason", "原介绍信过期", "number", unique("新"),
                "issuedOn", today.toString())).then().statusCode(200)
                .body("state", equalTo("ISSUED"))
                .body("letters.size()", equalTo(2))
                .body("letters[1].supersededOn", equalTo(today.toString()))
                .body("letters[1].supersedeReason", equalTo("原介绍信过期"))
                .body("letter.expired", equalTo(false));
        move(x.adminB, expired, "accept", Map.of("branchId", x.b1)).then().statusCode(200);
    }

    @Test
    void twoConcurrentAcceptsOrAnAcceptAndAWithdrawalHaveExactlyOneWinner() throws Exception {
        Street x = street();
        for (int round = 0; round < 3; round++) {
            String m = member(x, x.a1);
            String t = request(x.adminA1, internal(m, x.b));
            move(x.adminA, t, "approve", Map.of()).then().statusCode(200);
            List<Integer> statuses = race(
                    () -> move(x.adminB, t, "accept", Map.of("branchId", x.b1)).statusCode(),
                    () -> move(x.adminB, t, "accept", Map.of("branchId", x.b1)).statusCode());
            List<Integer> both = new ArrayList<>(statuses);
            both.sort(null);
            assertEquals(List.of(200, 409), both, "two accepts");
            assertEquals(1, count("select count(*) from membership where member_id = ?::uuid and to_on is null", m));
            assertEquals(1, count("select count(*) from transfer_step where transfer_id = ?::uuid and move = 'ACCEPT'", t));
        }
        for (int round = 0; round < 3; round++) {
            String m = member(x, x.a1);
            String t = request(x.adminA1, internal(m, x.b));
            move(x.adminA, t, "approve", Map.of()).then().statusCode(200);
            List<Integer> statuses = race(
                    () -> move(x.adminB, t, "accept", Map.of("branchId", x.b1)).statusCode(),
                    () -> move(x.adminA1, t, "withdraw", reason("撤回")).statusCode());
            List<Integer> sorted = new ArrayList<>(statuses);
            sorted.sort(null);
            assertEquals(List.of(200, 409), sorted, "accept and withdraw");
            String state = as(x.streetAdmin).get(T + "/" + t).then().extract().path("state");
            String branch = as(x.streetAdmin).get(Members.PATH + "/" + m).then().extract().path("organization.id");
            // the state and the member agree, whoever won
            assertEquals(statuses.get(0) == 200 ? "COMPLETED" : "WITHDRAWN", state);
            assertEquals(statuses.get(0) == 200 ? x.b1 : x.a1, branch);
        }
    }

    /** Runs both at once (released together) and returns their results in order. */
    private static List<Integer> race(Callable<Integer> first, Callable<Integer> second) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Integer>> futures = new ArrayList<>();
            for (Callable<Integer> c : List.of(first, second)) {
                futures.add(pool.submit(() -> {
                    go.await();
                    return c.call();
                }));
            }
            go.countDown();
            List<Integer> out = new ArrayList<>();
            for (Future<Integer> f : futures) {
                out.add(f.get());
            }
            return out;
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void membersAwaySixMonthsWithoutATransferAreOverdue() {
        Street x = street();
        actAs(x.streetAdmin);
        Map<String, Object> away = Members.fullMember(x.a1);
        away.put("mobile", Map.of("direction", "OUTFLOW", "place", "广东省深圳市",
                "since", Members.today().minusMonths(7).toString()));
        String m = Members.create(away);
        Map<String, Object> recent = Members.fullMember(x.a1);
        recent.put("mobile", Map.of("direction", "OUTFLOW", "place", "广东省", "since", Members.today().minusMonths(5).toString()));
        String notYet = Members.create(recent);
        as(x.adminA).get(T + "/overdue").then().statusCode(200)
                .body("items.memberId", hasItem(m))
                .body("items.memberId", not(hasItem(notYet)))
                .body("items.find { it.memberId == '" + m + "' }.kind", equalTo("AWAY_WITHOUT_TRANSFER"))
                .body("items.find { it.memberId == '" + m + "' }.organization.id", equalTo(x.a1))
                .body("items.find { it.memberId == '" + m + "' }.days", equalTo((int) java.time.temporal.ChronoUnit.DAYS
                        .between(Members.today().minusMonths(7).plusMonths(6), Members.today())));
        // per organization: the branch's own list has it, the committee's own (not its subtree) does not
        as(x.adminA).queryParam("organizationId", x.a1).queryParam("subtree", false).get(T + "/overdue").then()
                .body("items.memberId", hasItem(m));
        as(x.adminA).queryParam("organizationId", x.a).queryParam("subtree", false).get(T + "/overdue").then()
                .body("items.memberId", not(hasItem(m)));
        as(x.adminB).get(T + "/overdue").then().body("items.memberId", not(hasItem(m)));
        as(x.adminB).queryParam("organizationId", x.a).get(T + "/overdue").then().statusCode(404);
        // once a transfer is under way, the member is no longer flagged
        request(x.adminA1, internal(m, x.b));
        as(x.adminA).get(T + "/overdue").then().body("items.memberId", not(hasItem(m)));
    }

    @Test
    void theLetterPrintsMaskedUnlessRevealedAndOnlyOnceIssued() {
        Street x = street();
        actAs(x.streetAdmin);
        Map<String, Object> body = Members.probationaryMember(x.a1, Members.today().minusMonths(1));
        body.put("name", "印信测试");
        String id = (String) body.get("idNumber");
        String m = Members.create(body);
        String t = as(x.adminA1).body(internal(m, x.b)).post(T).then().statusCode(201)
                .body("member.recentlyAdmitted", equalTo(true))
                .body("member.status", equalTo("PROBATIONARY"))
                .body("member.probationEndsOn", equalTo(Members.today().minusMonths(1).plusYears(1).toString()))
                .extract().path("id");
        as(x.adminA1).accept("text/html").get(T + "/" + t + "/letter").then().statusCode(409);
        String number = move(x.adminA, t, "approve", Map.of()).then().extract().path("letter.number");
        String page = as(x.adminB).accept("text/html").get(T + "/" + t + "/letter").then().statusCode(200)
                .contentType(containsString("text/html")).extract().asString();
        assertTrue(page.contains("中国共产党党员组织关系介绍信（存根）") && page.contains("（回执）"), page);
        assertTrue(page.contains(number) && page.contains("印信测试") && page.contains("预备党员"), page);
        assertTrue(page.contains(id.substring(0, 6) + "********") && !page.contains(id), "masked by default");
        as(x.viewerA).accept("text/html").queryParam("reveal", true).get(T + "/" + t + "/letter").then().statusCode(403);
        String revealed = as(x.streetAdmin).accept("text/html").queryParam("reveal", true).get(T + "/" + t + "/letter")
                .then().statusCode(200).extract().asString();
        assertTrue(revealed.contains(id), "revealed for a caller who may");
        as(x.streetAdmin).queryParam("objectId", t).get("/api/v1/audit-events").then()
                .body("items.action", hasItem("transfer.letter-reveal"));
        as(x.adminD).accept("text/html").get(T + "/" + t + "/letter").then().statusCode(404);
    }

    @Test
    void badRequestsAreRefusedClearlyAndChangeNothing() {
        Street x = street();
        String m = member(x, x.a1);
        String other = member(x, x.b1);
        Map<String, String> before = fingerprint();
        as(x.adminA1).body(Map.of("scope", "INTERNAL", "toOrganizationId", x.b, "reason", "r", "duesPaidTo", DUES))
                .post(T).then().statusCode(422).body("errors[0].field", equalTo("memberId"));
        Map<String, Object> badMonth = internal(m, x.b);
        badMonth.put("duesPaidTo", "2026-13");
        given().contentType(ContentType.JSON).header("Authorization", "Bearer " + x.adminA1).body(badMonth).post(T).then().statusCode(400)
                .body("errors[0].field", equalTo("duesPaidTo"));
        as(x.adminA1).body(internal(m, x.b1group)).post(T).then().statusCode(422)
                .body("errors[0].field", equalTo("toOrganizationId"));
        as(x.adminA1).body(internal(m, x.a1)).post(T).then().statusCode(422);
        as(x.adminA1).body(internal(m, UUID.randomUUID().toString())).post(T).then().statusCode(422);
        as(x.adminA1).body(Map.of("scope", "OUTGOING", "memberId", m, "reason", "r", "duesPaidTo", DUES)).post(T).then()
                .statusCode(422).body("errors.field", contains("toName", "toRegion"));
        // a member of another community is not the caller's to send
        as(x.adminA1).body(internal(other, x.a)).post(T).then().statusCode(404);
        Map<String, Object> badId = incoming(x.b, "110105194912310020", Members.today(), null);
        as(x.adminB).body(badId).post(T).then().statusCode(422).body("errors[0].field", equalTo("member.idNumber"));
        as(x.adminB).body(incoming(x.b, Members.idNumber(), Members.today(), 91)).post(T).then().statusCode(422)
                .body("errors[0].field", equalTo("letter.validDays"));
        as(x.adminB).body(incoming(x.b, Members.idNumber(), Members.today().plusDays(1), null)).post(T).then()
                .statusCode(422).body("errors[0].field", equalTo("letter.issuedOn"));
        as(x.adminB).body(incoming(x.a, Members.idNumber(), Members.today(), null)).post(T).then().statusCode(422)
                .body("errors[0].field", equalTo("toOrganizationId"));
        given().contentType(ContentType.JSON).header("Authorization", "Bearer " + x.adminA1).body("{\"scope\":\"SIDEWAYS\"}").post(T).then().statusCode(400);
        given().header("Authorization", "Bearer " + x.adminA).queryParam("state", "DONE").get(T).then().statusCode(400)
                .body("errors[0].field", equalTo("state"));
        as(x.adminA).queryParam("cursor", "nonsense").get(T).then().statusCode(400);
        assertEquals(before, fingerprint());
        String t = request(x.adminA1, internal(m, x.b));
        before = fingerprint();
        move(x.adminA, t, "approve", Map.of("validDays", 91)).then().statusCode(422).body("errors[0].field", equalTo("validDays"));
        given().contentType(ContentType.JSON).header("Authorization", "Bearer " + x.adminA).body(Map.of())
                .post(T + "/" + t + "/return").then().statusCode(400).body("errors[0].field", equalTo("reason"));
        as(x.adminA).header("If-Match", "\"99\"").body(Map.of()).post(T + "/" + t + "/approve").then().statusCode(412);
        as(x.adminA).get(T + "/" + UUID.randomUUID()).then().statusCode(404);
        assertEquals(before, fingerprint());
    }

    @Test
    void destinationsAreTheStreetsOrganizationsThatCanReceive() {
        Street x = street();
        as(x.adminA1).get(T + "/destinations").then().statusCode(200)
                .body("items.id", hasItem(x.b))
                .body("items.id", hasItem(x.b1))
                .body("items.id", not(hasItem(x.b1group)));
        String code = as(x.streetAdmin).get(ORGS + "/" + x.b1).then().extract().path("code");
        as(x.adminA1).queryParam("q", code.toLowerCase()).get(T + "/destinations").then().statusCode(200)
                .body("items.id", contains(x.b1));
        // a member's own branch is not a destination for them
        String m = member(x, x.b1);
        as(x.streetAdmin).queryParam("memberId", m).get(T + "/destinations").then()
                .body("items.id", not(hasItem(x.b1))).body("items.id", hasItem(x.b));
        AccessFixtures.Street other = AccessFixtures.get().street("别的街道");
        as(other.adminToken()).get(T + "/destinations").then().body("items.id", not(hasItem(x.b)));
    }

    @Test
    void aBranchUnderAGeneralBranchIsApprovedByTheNearestCommittee() {
        Street x = street();
        actAs(x.streetAdmin);
        String general = org("GENERAL_BRANCH", x.a);
        String branch = org("BRANCH", general);
        String t = request(x.streetAdmin, internal(member(x, branch), x.b));
        as(x.streetAdmin).get(T + "/" + t).then().body("approver.id", equalTo(x.a));
        String direct = org("BRANCH", x.street);
        String t2 = request(x.streetAdmin, internal(member(x, direct), x.b));
        as(x.streetAdmin).get(T + "/" + t2).then().body("approver.id", equalTo(x.street));
        // A's admin approves the first, not the second
        move(x.adminA, t2, "approve", Map.of()).then().statusCode(404);
        move(x.adminA, t, "approve", Map.of()).then().statusCode(200);
    }

    @Test
    void duesPaidUpToComesFromTheLedgerWhenNotGiven() {
        Street x = street();
        String m = member(x, x.a1);
        java.time.YearMonth now = java.time.YearMonth.from(Members.today());
        Map<String, Object> body = internal(m, x.b);
        body.remove("duesPaidTo");
        Map<String, String> before = fingerprint();
        as(x.adminA1).body(body).post(T).then().statusCode(422).body("errors[0].field", equalTo("duesPaidTo"));
        assertEquals(before, fingerprint());
        as(x.streetAdmin).body(Map.of("memberId", m, "fromMonth", now.minusMonths(2).toString(), "category", "IN_WORK",
                "baseFen", 400_000)).post("/api/v1/dues/bases").then().statusCode(200);
        as(x.streetAdmin).body(Map.of("memberId", m, "fromMonth", now.minusMonths(2).toString(), "toMonth",
                now.minusMonths(1).toString(), "amountFen", 8_000, "paidOn", Members.today().toString()))
                .post("/api/v1/dues/payments").then().statusCode(201);
        String t = as(x.adminA1).body(body).post(T).then().statusCode(201)
                .body("duesPaidTo", equalTo(now.minusMonths(1).toString())).extract().path("id");
        // a payment before approval moves the letter's 党费交至 on
        as(x.streetAdmin).body(Map.of("memberId", m, "fromMonth", now.toString(), "toMonth", now.toString(), "amountFen", 4_000,
                "paidOn", Members.today().toString())).post("/api/v1/dues/payments").then().statusCode(201);
        move(x.adminA, t, "approve", Map.of()).then().statusCode(200)
                .body("duesPaidTo", equalTo(now.toString())).body("letter.duesPaidTo", equalTo(now.toString()));
    }

    private long count(String sql, String param) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, param);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
