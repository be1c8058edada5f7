package org.branchbook.access;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import org.branchbook.ApiTest;
import org.junit.jupiter.api.Test;

/**
 * Every operation in openapi.yaml, run as: no credentials, a revoked token, an expired token, a
 * read-only token (on writes), an admin of a sibling street, and the owner. An operation in the
 * contract without a row here fails the test: a new endpoint must state how it is scoped.
 */
@QuarkusTest
class AccessMatrixTest extends ApiTest {

    /** What an admin of another street gets. */
    enum Sibling { NOT_FOUND, UNPROCESSABLE, LIST_EXCLUDES, OWN_DATA }

    /** One operation: how to call it against the owner's data, and what a sibling gets. */
    record Op(String method, Function<Ctx, String> path, Function<Ctx, Object> body, boolean sessionOnly,
            Sibling sibling, int order) {}

    /** A CSV request body (sent as text/csv instead of JSON). */
    record Csv(String text) {}

    /** A tiny PDF request body. */
    record Pdf() {
        byte[] bytes() {
            return "%PDF-1.4\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        }
    }

    static Map<String, Object> meetingBody(String org, String state) {
        return Map.of("organizationId", org, "types", List.of("THEMED_PARTY_DAY"), "state", state,
                "startsAt", java.time.OffsetDateTime.now(java.time.ZoneOffset.ofHours(8)).plusDays(2).withNano(0)
                        .format(java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME), "topic", "矩阵会议");
    }

    /** A signed-in browser session. */
    record Session(String cookie, String csrf) {}

    /** The owner's street and objects, and every kind of credential. */
    static final class Ctx {
        String street, community, community2, branch, movable, archivable, term, account, tokenId;
        String branch2, branchCode, member, probationary, probationary2, due, full1, full2, left, importId;
        String duesMember, standard, payment, remittance, expense;
        String meeting, plannedMeeting, cancellable, attachment, attachment2;
        String branch3, transferMember, requested, toReturn, toWithdraw, issued, toReissue, outgoing;
        String owner, readOnly, revoked, expired, sibling;
        Session ownerSession, siblingSession;
    }

    private static final String B = "/api/v1";
    private static final String TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
    private static final String MONTH = TODAY.substring(0, 7);
    private static final String YEAR = TODAY.substring(0, 4);
    private static final String NEXT_MONTH = java.time.YearMonth.parse(MONTH).plusMonths(1).toString();

    static Map<String, Op> matrix() {
        Map<String, Op> m = new LinkedHashMap<>();
        m.put("listOrganizations", new Op("GET", c -> B + "/organizations", null, false, Sibling.LIST_EXCLUDES, 0));
        m.put("getOrganizationTree", new Op("GET", c -> B + "/organizations/tree", null, false, Sibling.LIST_EXCLUDES, 0));
        m.put("getOrganization", new Op("GET", c -> B + "/organizations/" + c.branch, null, false, Sibling.NOT_FOUND, 0));
        m.put("getOrganizationHistory", new Op("GET", c -> B + "/organizations/" + c.branch + "/history", null, false, Sibling.NOT_FOUND, 0));
        m.put("getOrganizationWarnings", new Op("GET", c -> B + "/organizations/" + c.branch + "/warnings", null, false, Sibling.NOT_FOUND, 0));
        m.put("listSubtreeWarnings", new Op("GET", c -> B + "/organizations/" + c.street + "/subtree-warnings", null, false, Sibling.NOT_FOUND, 0));
        m.put("getLeadership", new Op("GET", c -> B + "/organizations/" + c.branch + "/leadership", null, false, Sibling.NOT_FOUND, 0));
        m.put("createOrganization", new Op("POST", c -> B + "/organizations",
                c -> Map.of("code", code(), "name", "矩阵支部", "type", "BRANCH", "parentId", c.community), false, Sibling.UNPROCESSABLE, 0));
        m.put("updateOrganization", new Op("PUT", c -> B + "/organizations/" + c.branch,
                c -> Map.of("code", code(), "name", "矩阵支部改名", "category", "COMMUNITY"), false, Sibling.NOT_FOUND, 0));
        m.put("moveOrganization", new Op("POST", c -> B + "/organizations/" + c.movable + "/move",
                c -> Map.of("parentId", c.community2, "effectiveOn", TODAY), false, Sibling.NOT_FOUND, 0));
        m.put("changeOrganizationType", new Op("POST", c -> B + "/organizations/" + c.movable + "/change-type",
                c -> Map.of("type", "JOINT_BRANCH", "effectiveOn", TODAY), false, Sibling.NOT_FOUND, 1));
        m.put("archiveOrganization", new Op("POST", c -> B + "/organizations/" + c.archivable + "/archive",
                c -> Map.of("effectiveOn", TODAY, "reason", "矩阵测试"), false, Sibling.NOT_FOUND, 0));
        m.put("startLeadershipTerm", new Op("POST", c -> B + "/organizations/" + c.branch + "/leadership/terms",
                c -> Map.of("startsOn", TODAY, "seats", List.of(Map.of("position", "SECRETARY", "personName", "甲"))),
                false, Sibling.NOT_FOUND, 1));
        m.put("updateLeadershipTerm", new Op("PUT", c -> B + "/organizations/" + c.branch + "/leadership/terms/" + c.term,
                c -> Map.of("startsOn", "2021-01-01", "seats", List.of(Map.of("position", "SECRETARY", "personName", "乙"))),
                false, Sibling.NOT_FOUND, 0));
        m.put("listAuditEvents", new Op("GET", c -> B + "/audit-events", null, false, Sibling.LIST_EXCLUDES, 0));
        m.put("getSession", new Op("GET", c -> B + "/session", null, true, Sibling.OWN_DATA, 0));
        m.put("changePassword", new Op("POST", c -> B + "/session/password",
                c -> Map.of("currentPassword", AccessFixtures.PASSWORD, "newPassword", "changed-password-123"),
                true, Sibling.OWN_DATA, 5));
        m.put("signOut", new Op("DELETE", c -> B + "/session", null, true, Sibling.OWN_DATA, 9));
        m.put("listAccounts", new Op("GET", c -> B + "/accounts", null, true, Sibling.LIST_EXCLUDES, 0));
        m.put("getAccount", new Op("GET", c -> B + "/accounts/" + c.account, null, true, Sibling.NOT_FOUND, 0));
        m.put("createAccount", new Op("POST", c -> B + "/accounts",
                c -> Map.of("username", "m-" + code().toLowerCase(), "displayName", "矩阵", "role", "ORG_VIEWER",
                        "organizationId", c.community, "password", "matrix-password-1"), true, Sibling.UNPROCESSABLE, 0));
        m.put("updateAccount", new Op("PUT", c -> B + "/accounts/" + c.account,
                c -> Map.of("username", "m-" + code().toLowerCase(), "displayName", "矩阵改", "role", "AUDITOR",
                        "organizationId", c.community), true, Sibling.NOT_FOUND, 0));
        m.put("listApiTokens", new Op("GET", c -> B + "/api-tokens", null, true, Sibling.LIST_EXCLUDES, 0));
        m.put("createApiToken", new Op("POST", c -> B + "/api-tokens",
                c -> Map.of("name", "矩阵令牌", "organizationId", c.community, "readOnly", true,
                        "expiresOn", LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(30).toString()), true, Sibling.UNPROCESSABLE, 0));
        m.put("listMembers", new Op("GET", c -> B + "/members", null, false, Sibling.LIST_EXCLUDES, 0));
        m.put("createMember", new Op("POST", c -> B + "/members",
                c -> org.branchbook.member.Members.fullMember(c.branch), false, Sibling.UNPROCESSABLE, 0));
        m.put("getMember", new Op("GET", c -> B + "/members/" + c.member, null, false, Sibling.NOT_FOUND, 0));
        m.put("getMemberHistory", new Op("GET", c -> B + "/members/" + c.member + "/history", null, false, Sibling.NOT_FOUND, 0));
        m.put("updateMember", new Op("PUT", c -> B + "/members/" + c.member,
                c -> Map.of("name", "矩阵党员", "joinedOn", "2010-01-01", "fullOn", "2011-01-01"), false, Sibling.NOT_FOUND, 0));
        m.put("moveMember", new Op("POST", c -> B + "/members/" + c.member + "/move",
                c -> Map.of("organizationId", c.branch2, "effectiveOn", TODAY, "reason", "矩阵"), false, Sibling.NOT_FOUND, 1));
        m.put("confirmMember", new Op("POST", c -> B + "/members/" + c.due + "/confirm",
                c -> Map.of("effectiveOn", TODAY), false, Sibling.NOT_FOUND, 0));
        m.put("extendProbation", new Op("POST", c -> B + "/members/" + c.probationary + "/extend-probation",
                c -> Map.of("effectiveOn", TODAY, "months", 6, "reason", "矩阵"), false, Sibling.NOT_FOUND, 0));
        m.put("cancelProbation", new Op("POST", c -> B + "/members/" + c.probationary2 + "/cancel-probation",
                c -> Map.of("effectiveOn", TODAY, "reason", "矩阵"), false, Sibling.NOT_FOUND, 0));
        m.put("recordLeaving", new Op("POST", c -> B + "/members/" + c.full1 + "/leave",
                c -> Map.of("effectiveOn", TODAY, "kind", "LAPSED", "reason", "矩阵"), false, Sibling.NOT_FOUND, 0));
        m.put("recordDeath", new Op("POST", c -> B + "/members/" + c.full2 + "/record-death",
                c -> Map.of("effectiveOn", TODAY, "reason", "矩阵"), false, Sibling.NOT_FOUND, 0));
        m.put("restoreMembership", new Op("POST", c -> B + "/members/" + c.left + "/restore",
                c -> Map.of("effectiveOn", TODAY, "reason", "矩阵"), false, Sibling.NOT_FOUND, 0));
        m.put("importMembers", new Op("POST", c -> B + "/members/import",
                c -> new Csv("姓名,身份证号,入党日期,转正日期,党员状态,所在党支部编码\n矩阵,"
                        + org.branchbook.member.Members.idNumber() + ",2010-01-01,2011-01-01,正式党员," + c.branchCode + "\n"),
                false, Sibling.UNPROCESSABLE, 0));
        m.put("getMemberImportTemplate", new Op("GET", c -> B + "/members/import-template", null, false, Sibling.OWN_DATA, 0));
        m.put("exportMembers", new Op("GET", c -> B + "/members/export", null, false, Sibling.LIST_EXCLUDES, 0));
        m.put("getMemberImport", new Op("GET", c -> B + "/member-imports/" + c.importId, null, false, Sibling.NOT_FOUND, 0));
        m.put("getMemberImportErrors", new Op("GET", c -> B + "/member-imports/" + c.importId + "/errors", null, false,
                Sibling.NOT_FOUND, 0));
        m.put("setDuesBase", new Op("POST", c -> B + "/dues/bases", c -> Map.of("memberId", c.duesMember, "fromMonth",
                MONTH, "category", "IN_WORK", "baseFen", 400000), false, Sibling.NOT_FOUND, 0));
        m.put("listDuesStandards", new Op("GET", c -> B + "/dues/standards?year=" + MONTH.substring(0, 4) + "&organizationId="
                + c.branch, null, false, Sibling.NOT_FOUND, 0));
        m.put("computeDuesStandards", new Op("POST", c -> B + "/dues/standards/compute", c -> Map.of("organizationId", c.branch,
                "year", Integer.parseInt(MONTH.substring(0, 4))), false, Sibling.NOT_FOUND, 0));
        m.put("adjustDuesStandard", new Op("POST", c -> B + "/dues/standards/" + c.standard + "/adjust",
                c -> Map.of("adjustment", "OVERRIDE", "monthlyFen", 4000, "reason", "矩阵"), false, Sibling.NOT_FOUND, 0));
        m.put("recordDuesPayment", new Op("POST", c -> B + "/dues/payments", c -> Map.of("memberId", c.duesMember,
                "fromMonth", NEXT_MONTH, "toMonth", NEXT_MONTH, "amountFen", 4000, "paidOn", TODAY), false, Sibling.NOT_FOUND, 0));
        m.put("listDuesPayments", new Op("GET", c -> B + "/dues/payments", null, false, Sibling.LIST_EXCLUDES, 0));
        m.put("reverseDuesPayment", new Op("POST", c -> B + "/dues/payments/" + c.payment + "/reverse",
                c -> Map.of("reason", "矩阵"), false, Sibling.NOT_FOUND, 0));
        m.put("getDuesArrears", new Op("GET", c -> B + "/dues/arrears", null, false, Sibling.LIST_EXCLUDES, 0));
        m.put("getDuesRegister", new Op("GET", c -> B + "/dues/register?year=" + MONTH.substring(0, 4) + "&organizationId="
                + c.branch, null, false, Sibling.NOT_FOUND, 0));
        m.put("importDuesBases", new Op("POST", c -> B + "/dues/bases/import?fromMonth=" + MONTH,
                c -> new Csv("系统编号,党费类别,月收入基数（元）\n" + c.duesMember + ",在职,4000\n"), false, Sibling.UNPROCESSABLE, 0));
        m.put("getDuesBaseImportTemplate", new Op("GET", c -> B + "/dues/bases/import-template", null, false, Sibling.OWN_DATA, 0));
        m.put("recordDuesRemittance", new Op("POST", c -> B + "/dues/remittances", c -> Map.of("organizationId", c.branch,
                "fromMonth", MONTH, "toMonth", MONTH, "amountFen", 100, "remittedOn", TODAY), false, Sibling.NOT_FOUND, 0));
        m.put("listDuesRemittances", new Op("GET", c -> B + "/dues/remittances?year=" + YEAR, null, false, Sibling.LIST_EXCLUDES, 0));
        m.put("reverseDuesRemittance", new Op("POST", c -> B + "/dues/remittances/" + c.remittance + "/reverse",
                c -> Map.of("reason", "矩阵"), false, Sibling.NOT_FOUND, 0));
        m.put("recordDuesExpense", new Op("POST", c -> B + "/dues/expenses", c -> Map.of("organizationId", c.community,
                "spentOn", TODAY, "amountFen", 100, "purpose", "矩阵"), false, Sibling.NOT_FOUND, 0));
        m.put("listDuesExpenses", new Op("GET", c -> B + "/dues/expenses?year=" + YEAR, null, false, Sibling.LIST_EXCLUDES, 0));
        m.put("reverseDuesExpense", new Op("POST", c -> B + "/dues/expenses/" + c.expense + "/reverse",
                c -> Map.of("reason", "矩阵"), false, Sibling.NOT_FOUND, 0));
        m.put("getDuesBalances", new Op("GET", c -> B + "/dues/balances?year=" + YEAR, null, false, Sibling.LIST_EXCLUDES, 0));
        m.put("getDuesSummary", new Op("GET", c -> B + "/dues/summary?year=" + YEAR, null, false, Sibling.LIST_EXCLUDES, 0));
        m.put("getDuesDisclosure", new Op("GET", c -> B + "/dues/disclosure?year=" + YEAR + "&organizationId=" + c.branch,
                null, false, Sibling.NOT_FOUND, 0));
        m.put("printDuesDisclosure", new Op("GET", c -> B + "/dues/disclosure/print?year=" + YEAR + "&organizationId=" + c.branch,
                null, false, Sibling.NOT_FOUND, 0));
        m.put("exportDuesDisclosure", new Op("GET", c -> B + "/dues/disclosure/export?year=" + YEAR + "&organizationId="
                + c.branch, null, false, Sibling.NOT_FOUND, 0));
        m.put("exportDuesRegister", new Op("GET", c -> B + "/dues/register/export?year=" + YEAR + "&organizationId=" + c.branch,
                null, false, Sibling.NOT_FOUND, 0));
        m.put("exportDuesBook", new Op("GET", c -> B + "/dues/book/export?year=" + YEAR + "&organizationId=" + c.branch,
                null, false, Sibling.NOT_FOUND, 0));
        m.put("listMeetings", new Op("GET", c -> B + "/meetings", null, false, Sibling.LIST_EXCLUDES, 0));
        m.put("createMeeting", new Op("POST", c -> B + "/meetings", c -> meetingBody(c.branch, "PLANNED"), false,
                Sibling.UNPROCESSABLE, 0));
        m.put("getExpectedAttendees", new Op("GET", c -> B + "/meetings/expected-attendees?organizationId=" + c.branch,
                null, false, Sibling.NOT_FOUND, 0));
        m.put("getMeetingReminders", new Op("GET", c -> B + "/meetings/reminders", null, false, Sibling.LIST_EXCLUDES, 0));
        m.put("getMeetingAttendance", new Op("GET", c -> B + "/meetings/attendance", null, false, Sibling.LIST_EXCLUDES, 0));
        m.put("exportMeetingAttendance", new Op("GET", c -> B + "/meetings/attendance/export", null, false, Sibling.LIST_EXCLUDES, 0));
        m.put("printMeetingBook", new Op("GET", c -> B + "/meetings/book?year=" + YEAR + "&organizationId=" + c.branch, null,
                false, Sibling.NOT_FOUND, 0));
        m.put("exportMeetingBook", new Op("GET", c -> B + "/meetings/book/export?year=" + YEAR + "&organizationId=" + c.branch,
                null, false, Sibling.NOT_FOUND, 0));
        m.put("getMeeting", new Op("GET", c -> B + "/meetings/" + c.meeting, null, false, Sibling.NOT_FOUND, 0));
        m.put("updateMeeting", new Op("PUT", c -> B + "/meetings/" + c.plannedMeeting, c -> meetingBody(c.branch, "PLANNED"),
                false, Sibling.NOT_FOUND, 0));
        m.put("cancelMeeting", new Op("POST", c -> B + "/meetings/" + c.cancellable + "/cancel", c -> Map.of("reason", "矩阵"),
                false, Sibling.NOT_FOUND, 0));
        m.put("addMeetingAttachment", new Op("POST", c -> B + "/meetings/" + c.meeting + "/attachments",
                c -> new Pdf(), false, Sibling.NOT_FOUND, 0));
        m.put("getMeetingAttachment", new Op("GET", c -> B + "/meetings/" + c.meeting + "/attachments/" + c.attachment, null,
                false, Sibling.NOT_FOUND, 0));
        m.put("deleteMeetingAttachment", new Op("DELETE", c -> B + "/meetings/" + c.meeting + "/attachments/" + c.attachment2,
                null, false, Sibling.NOT_FOUND, 0));
        m.put("getMeetingCompliance", new Op("GET", c -> B + "/organizations/" + c.branch + "/meeting-compliance", null, false,
                Sibling.NOT_FOUND, 0));
        m.put("getSubtreeMeetingCompliance", new Op("GET", c -> B + "/organizations/" + c.street + "/meeting-compliance/subtree",
                null, false, Sibling.NOT_FOUND, 0));
        for (String[] op : new String[][] {{"getDashboardOverview", "overview"}, {"listDashboardGaps", "gaps"},
                {"getDashboardBreakdown", "breakdown"}, {"getDashboardMeetingHeatmap", "meetings"},
                {"getDashboardDuesTrend", "dues-trend"}, {"exportDashboard", "export"}, {"printDashboard", "print"}}) {
            m.put(op[0], new Op("GET", c -> B + "/dashboard/" + op[1] + "?organizationId=" + c.street, null, false,
                    Sibling.NOT_FOUND, 0));
        }
        m.put("listTransfers", new Op("GET", c -> B + "/transfers", null, false, Sibling.LIST_EXCLUDES, 0));
        m.put("createTransfer", new Op("POST", c -> B + "/transfers", c -> Map.of("scope", "INTERNAL", "memberId",
                c.transferMember, "toOrganizationId", c.community2, "reason", "矩阵", "duesPaidTo", "2026-01"), false,
                Sibling.NOT_FOUND, 0));
        m.put("listTransferDestinations", new Op("GET", c -> B + "/transfers/destinations", null, false, Sibling.LIST_EXCLUDES, 0));
        m.put("getTransferOverdue", new Op("GET", c -> B + "/transfers/overdue", null, false, Sibling.LIST_EXCLUDES, 0));
        m.put("getTransfer", new Op("GET", c -> B + "/transfers/" + c.requested, null, false, Sibling.NOT_FOUND, 0));
        m.put("getTransferLetter", new Op("GET", c -> B + "/transfers/" + c.issued + "/letter", null, false, Sibling.NOT_FOUND, 0));
        m.put("approveTransfer", new Op("POST", c -> B + "/transfers/" + c.requested + "/approve", c -> Map.of(), false,
                Sibling.NOT_FOUND, 0));
        m.put("acceptTransfer", new Op("POST", c -> B + "/transfers/" + c.issued + "/accept",
                c -> Map.of("branchId", c.branch3), false, Sibling.NOT_FOUND, 1));
        m.put("confirmTransferReceipt", new Op("POST", c -> B + "/transfers/" + c.outgoing + "/confirm-receipt",
                c -> Map.of("receivedOn", TODAY), false, Sibling.NOT_FOUND, 0));
        m.put("returnTransfer", new Op("POST", c -> B + "/transfers/" + c.toReturn + "/return", c -> Map.of("reason", "矩阵"),
                false, Sibling.NOT_FOUND, 0));
        m.put("withdrawTransfer", new Op("POST", c -> B + "/transfers/" + c.toWithdraw + "/withdraw",
                c -> Map.of("reason", "矩阵"), false, Sibling.NOT_FOUND, 0));
        m.put("reissueTransferLetter", new Op("POST", c -> B + "/transfers/" + c.toReissue + "/reissue",
                c -> Map.of("reason", "矩阵"), false, Sibling.NOT_FOUND, 0));
        m.put("revokeApiToken", new Op("POST", c -> B + "/api-tokens/" + c.tokenId + "/revoke", null, true, Sibling.NOT_FOUND, 0));
        return m;
    }

    @Test
    void everyOperationIsAuthenticatedScopedAndAllowedToItsOwner() throws IOException {
        Map<String, String[]> contract = operations();
        Map<String, Op> matrix = matrix();
        TreeSet<String> missing = new TreeSet<>(contract.keySet());
        missing.removeAll(matrix.keySet());
        missing.remove("signIn"); // the one anonymous operation, tested below
        if (!missing.isEmpty()) {
            fail("Operations without an access-matrix row (say how they are scoped): " + missing);
        }
        TreeSet<String> stale = new TreeSet<>(matrix.keySet());
        stale.removeAll(contract.keySet());
        assertTrue(stale.isEmpty(), "Matrix rows for operations not in the contract: " + stale);

        Ctx c = setUp();
        List<Map.Entry<String, Op>> ordered = new ArrayList<>(matrix.entrySet());
        ordered.sort(java.util.Comparator.comparingInt(e -> e.getValue().order()));
        for (Map.Entry<String, Op> e : ordered) {
            String id = e.getKey();
            Op op = e.getValue();
            assertEquals(contract.get(id)[0], op.method(), id + ": method differs from the contract");
            boolean write = !op.method().equals("GET");

            expect(id + " without credentials", send(given(), op, c), 401);
            expect(id + " with a revoked token", send(bearer(c.revoked), op, c), 401);
            expect(id + " with an expired token", send(bearer(c.expired), op, c), 401);
            if (write || op.sessionOnly()) {
                expect(id + " with a read-only token", send(bearer(c.readOnly), op, c), 403);
            }
            if (op.sessionOnly()) {
                expect(id + " with a read-write token", send(bearer(c.owner), op, c), 403);
            }
            RequestSpecification sibling = op.sessionOnly() ? session(c.siblingSession, write) : bearer(c.sibling);
            Response s = send(sibling, op, c);
            switch (op.sibling()) {
                case NOT_FOUND -> expect(id + " as a sibling street", s, 404);
                case UNPROCESSABLE -> expect(id + " as a sibling street", s, 422);
                case LIST_EXCLUDES -> {
                    expect(id + " as a sibling street", s, 200);
                    for (String mine : List.of(c.street, c.community, c.branch)) {
                        assertFalse(s.asString().contains(mine), id + " shows a sibling the owner's " + mine);
                    }
                }
                case OWN_DATA -> { }
            }
            RequestSpecification owner = op.sessionOnly() ? session(c.ownerSession, write) : bearer(c.owner);
            Response o = send(owner.filter(contractFilter()), op, c);
            assertTrue(o.statusCode() >= 200 && o.statusCode() < 300,
                    id + " as the owner: expected 2xx, got " + o.statusCode() + " " + o.asString());
        }
    }

    @Test
    void anOrgAdminCannotReachOrMoveDataOutsideItsSubtree() {
        AccessFixtures f = AccessFixtures.get();
        AccessFixtures.Street street = f.street("范围街道");
        actAs(street.adminToken());
        String mine = create("PARTY_COMMITTEE", street.id().toString());
        String theirs = create("PARTY_COMMITTEE", street.id().toString());
        String branch = create("BRANCH", mine);
        Account orgAdmin = f.account(Role.ORG_ADMIN, UUID.fromString(mine));
        actAs(f.token(orgAdmin.id, UUID.fromString(mine), false, 5, false));
        Map<String, String> before = fingerprint();
        api().get(B + "/organizations/" + street.id()).then().statusCode(404);
        api().get(B + "/organizations/" + theirs).then().statusCode(404);
        api().body(Map.of("parentId", theirs, "effectiveOn", TODAY)).post(B + "/organizations/" + branch + "/move")
                .then().statusCode(422).body("errors[0].field", org.hamcrest.Matchers.equalTo("parentId"));
        api().body(Map.of("code", code(), "name", "越界", "type", "BRANCH", "parentId", street.id().toString()))
                .post(B + "/organizations").then().statusCode(422);
        api().body(Map.of("effectiveOn", TODAY, "reason", "x")).post(B + "/organizations/" + mine + "/archive")
                .then().statusCode(422).body("type", org.hamcrest.Matchers.equalTo("urn:branchbook:problem:own-organization"));
        api().body(Map.of("type", "GENERAL_BRANCH", "effectiveOn", TODAY)).post(B + "/organizations/" + mine + "/change-type")
                .then().statusCode(422).body("type", org.hamcrest.Matchers.equalTo("urn:branchbook:problem:own-organization"));
        api().body(Map.of("parentId", mine, "effectiveOn", TODAY)).post(B + "/organizations/" + mine + "/move")
                .then().statusCode(422).body("type", org.hamcrest.Matchers.equalTo("urn:branchbook:problem:own-organization"));
        assertEquals(before, fingerprint());
        api().get(B + "/organizations/tree").then().statusCode(200)
                .body("roots.id", org.hamcrest.Matchers.contains(mine)).body("size", org.hamcrest.Matchers.equalTo(2));
        // a token may not be made for a subtree outside its creator's
        AccessMatrixTest.Session s = signIn(orgAdmin.username, AccessFixtures.PASSWORD);
        given().contentType(ContentType.JSON).cookie(Authentication.SESSION_COOKIE, s.cookie())
                .header(Authentication.CSRF_HEADER, s.csrf())
                .body(Map.of("name", "越界", "organizationId", theirs, "readOnly", true, "expiresOn", TODAY))
                .post(B + "/api-tokens").then().statusCode(422);
    }

    @Test
    void signInNeedsNoCredentials() {
        AccessFixtures.Street street = AccessFixtures.get().street("登录街道");
        given().filter(contractFilter()).contentType(ContentType.JSON).header("X-Forwarded-For", "10.9.0.1")
                .body(Map.of("username", street.adminUsername(), "password", AccessFixtures.PASSWORD))
                .post(B + "/session").then().statusCode(200);
    }

    private static Response send(RequestSpecification spec, Op op, Ctx c) {
        RequestSpecification s = spec.contentType(ContentType.JSON);
        Object body = op.body() == null ? null : op.body().apply(c);
        if (body instanceof Csv csv) {
            s = spec.contentType("text/csv").body(csv.text().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        } else if (body instanceof Pdf pdf) {
            s = spec.contentType("application/pdf").body(pdf.bytes());
        } else if (body != null) {
            s = s.body(body);
        }
        if (op.method().equals("PUT")) {
            s = s.header("If-Match", "*");
        }
        return s.request(op.method(), op.path().apply(c));
    }

    private static void expect(String what, Response r, int status) {
        assertEquals(status, r.statusCode(), what + ": " + r.asString());
        if (status >= 400) {
            assertEquals("application/problem+json", r.contentType().split(";")[0], what + ": not a problem");
        }
    }

    private static RequestSpecification bearer(String token) {
        return given().header("Authorization", "Bearer " + token);
    }

    private static RequestSpecification session(Session s, boolean write) {
        RequestSpecification spec = given().cookie(Authentication.SESSION_COOKIE, s.cookie());
        return write ? spec.header(Authentication.CSRF_HEADER, s.csrf()) : spec;
    }

    static Session signIn(String username, String password) {
        Response r = given().contentType(ContentType.JSON).header("X-Forwarded-For", "10.8." + (int) (Math.random() * 250) + ".1")
                .body(Map.of("username", username, "password", password)).post(B + "/session");
        assertEquals(200, r.statusCode(), r.asString());
        return new Session(r.getCookie(Authentication.SESSION_COOKIE), r.path("csrfToken"));
    }

    private Ctx setUp() {
        AccessFixtures f = AccessFixtures.get();
        Ctx c = new Ctx();
        AccessFixtures.Street owner = f.street("矩阵街道");
        AccessFixtures.Street sibling = f.street("邻近街道");
        c.street = owner.id().toString();
        c.owner = owner.adminToken();
        c.sibling = sibling.adminToken();
        c.readOnly = f.token(owner.adminId(), owner.id(), true, 30, false);
        c.revoked = f.token(owner.adminId(), owner.id(), false, 30, true);
        c.expired = f.token(owner.adminId(), owner.id(), false, -1, false);
        c.ownerSession = signIn(owner.adminUsername(), AccessFixtures.PASSWORD);
        c.siblingSession = signIn(sibling.adminUsername(), AccessFixtures.PASSWORD);
        actAs(c.owner);
        c.community = create("PARTY_COMMITTEE", c.street);
        c.community2 = create("PARTY_COMMITTEE", c.street);
        c.branch = create("BRANCH", c.community);
        c.movable = create("BRANCH", c.community);
        c.archivable = create("BRANCH", c.community);
        c.term = api().body(Map.of("startsOn", "2021-01-01", "seats", List.of(Map.of("position", "SECRETARY", "personName", "甲"))))
                .post(B + "/organizations/" + c.branch + "/leadership/terms").then().statusCode(201).extract().path("id");
        c.account = f.account(Role.ORG_VIEWER, UUID.fromString(c.community)).id.toString();
        c.branch2 = create("BRANCH", c.community);
        c.branchCode = api().get(B + "/organizations/" + c.branch2).then().extract().path("code");
        String today = TODAY;
        java.util.function.Function<Map<String, Object>, String> member = org.branchbook.member.Members::create;
        c.member = member.apply(org.branchbook.member.Members.fullMember(c.branch));
        c.full1 = member.apply(org.branchbook.member.Members.fullMember(c.branch));
        c.full2 = member.apply(org.branchbook.member.Members.fullMember(c.branch));
        c.left = member.apply(org.branchbook.member.Members.fullMember(c.branch));
        api().body(Map.of("effectiveOn", today, "kind", "EXPELLED", "reason", "矩阵")).post(B + "/members/" + c.left + "/leave")
                .then().statusCode(200);
        LocalDate now = LocalDate.parse(today);
        c.probationary = member.apply(org.branchbook.member.Members.probationaryMember(c.branch, now.minusMonths(11)));
        c.probationary2 = member.apply(org.branchbook.member.Members.probationaryMember(c.branch, now.minusMonths(3)));
        c.due = member.apply(org.branchbook.member.Members.probationaryMember(c.branch, now.minusYears(1).minusDays(1)));
        c.importId = given().header("Authorization", "Bearer " + c.owner).contentType("text/csv")
                .body("姓名,身份证号\n甲,1\n".getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .queryParam("dryRun", true).post(B + "/members/import").then().statusCode(200).extract().path("id");
        c.duesMember = member.apply(org.branchbook.member.Members.fullMember(c.branch));
        c.standard = api().body(Map.of("memberId", c.duesMember, "fromMonth", MONTH, "category", "IN_WORK", "baseFen", 400000))
                .post(B + "/dues/bases").then().statusCode(200).extract().path("id");
        c.payment = api().body(Map.of("memberId", c.duesMember, "fromMonth", MONTH, "toMonth", MONTH, "amountFen", 4000,
                "paidOn", TODAY)).post(B + "/dues/payments").then().statusCode(201).extract().path("id");
        c.remittance = api().body(Map.of("organizationId", c.branch, "fromMonth", MONTH, "toMonth", MONTH, "amountFen", 100,
                "remittedOn", TODAY)).post(B + "/dues/remittances").then().statusCode(201).extract().path("id");
        c.expense = api().body(Map.of("organizationId", c.community, "spentOn", TODAY, "amountFen", 100, "purpose", "矩阵"))
                .post(B + "/dues/expenses").then().statusCode(201).extract().path("id");
        c.meeting = api().body(meetingBody(c.branch, "PLANNED")).post(B + "/meetings").then().statusCode(201).extract().path("id");
        c.plannedMeeting = api().body(meetingBody(c.branch, "PLANNED")).post(B + "/meetings").then().statusCode(201)
                .extract().path("id");
        c.cancellable = api().body(meetingBody(c.branch, "PLANNED")).post(B + "/meetings").then().statusCode(201)
                .extract().path("id");
        for (int i = 0; i < 2; i++) {
            String a = given().header("Authorization", "Bearer " + c.owner).contentType("application/pdf")
                    .body(new Pdf().bytes()).post(B + "/meetings/" + c.meeting + "/attachments").then().statusCode(201)
                    .extract().path("id");
            if (i == 0) {
                c.attachment = a;
            } else {
                c.attachment2 = a;
            }
        }
        c.branch3 = create("BRANCH", c.community2);
        c.transferMember = member.apply(org.branchbook.member.Members.fullMember(c.branch));
        java.util.function.BiFunction<String, String, String> transfer = (scope, id) -> api().body(
                "INTERNAL".equals(scope) ? Map.of("scope", scope, "memberId", id, "toOrganizationId", c.community2,
                        "reason", "矩阵", "duesPaidTo", "2026-01")
                        : Map.of("scope", scope, "memberId", id, "toName", "外地", "toRegion", "外省", "reason", "矩阵",
                                "duesPaidTo", "2026-01"))
                .post(B + "/transfers").then().statusCode(201).extract().path("id");
        java.util.function.Supplier<String> someone = () -> member.apply(org.branchbook.member.Members.fullMember(c.branch));
        c.requested = transfer.apply("INTERNAL", someone.get());
        c.toReturn = transfer.apply("INTERNAL", someone.get());
        c.toWithdraw = transfer.apply("INTERNAL", someone.get());
        c.issued = transfer.apply("INTERNAL", someone.get());
        c.toReissue = transfer.apply("INTERNAL", someone.get());
        c.outgoing = transfer.apply("OUTGOING", someone.get());
        for (String t : List.of(c.issued, c.toReissue, c.outgoing)) {
            api().body(Map.of()).post(B + "/transfers/" + t + "/approve").then().statusCode(200);
        }
        String secret = f.token(owner.adminId(), UUID.fromString(c.community), true, 30, false);
        c.tokenId = ApiToken.<ApiToken>find("secretHash", Secrets.sha256(secret)).firstResult().id.toString();
        return c;
    }

    private static String create(String type, String parent) {
        return api().body(Map.of("code", code(), "name", "矩阵" + type, "type", type, "parentId", parent,
                "establishedOn", "2020-01-01")).post(B + "/organizations").then().statusCode(201).extract().path("id");
    }

    private static String code() {
        return "MX-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** operationId → {METHOD, path} from the contract. */
    private static Map<String, String[]> operations() throws IOException {
        JsonNode paths = new ObjectMapper(new YAMLFactory()).readTree(Files.readString(CONTRACT)).get("paths");
        Map<String, String[]> out = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = paths.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> path = it.next();
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext(); ) {
                Map.Entry<String, JsonNode> op = ops.next();
                if (op.getValue().has("operationId")) {
                    out.put(op.getValue().get("operationId").asText(), new String[] {op.getKey().toUpperCase(), path.getKey()});
                }
            }
        }
        return out;
    }
}
