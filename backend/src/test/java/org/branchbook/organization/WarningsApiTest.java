package org.branchbook.organization;

import static org.branchbook.organization.LeadershipApiTest.seat;
import static org.branchbook.organization.LeadershipApiTest.term;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.branchbook.ApiTest;
import org.branchbook.member.Members;
import org.junit.jupiter.api.Test;

/** Shape warnings of one organization and of a subtree, fed by the roster's counts and the leadership. */
@QuarkusTest
class WarningsApiTest extends ApiTest {

    private static final String ORGS = "/api/v1/organizations/";
    private static final String FUTURE = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusYears(2).toString();

    @Test
    void aNewBranchIsTooSmallAndHasNoLeadership() {
        String street = Orgs.street();
        String branch = Orgs.create("BRANCH", street);
        api().get(ORGS + branch + "/warnings").then().statusCode(200)
                .body("organization.id", equalTo(branch))
                .body("memberCounts.full", equalTo(0))
                .body("warnings.code", contains("TOO_FEW_FULL_MEMBERS", "NO_LEADERSHIP"))
                .body("warnings[0].severity", equalTo("HIGH"))
                .body("warnings[0].message", containsString("不足3人"));
    }

    @Test
    void warningsFollowCountsAndLeadership() {
        String street = Orgs.street();
        String branch = Orgs.create("BRANCH", street);
        Members.fill(branch, 9, 0);
        api().body(term("2025-01-01", FUTURE, List.of(seat("SECRETARY", "甲")))).post(ORGS + branch + "/leadership/terms")
                .then().statusCode(201);
        api().get(ORGS + branch + "/warnings").then().body("warnings.code", contains("NO_COMMITTEE"));

        api().body(term("2025-06-01", FUTURE, List.of(seat("SECRETARY", "甲"), seat("ORGANIZATION_COMMITTEE_MEMBER", "乙"),
                        seat("PUBLICITY_COMMITTEE_MEMBER", "丙"))))
                .post(ORGS + branch + "/leadership/terms").then().statusCode(201);
        api().get(ORGS + branch + "/warnings").then().body("warnings", empty());

        // members of the branch's party groups count in the group and in the branch
        String group = Orgs.create("PARTY_GROUP", branch);
        for (int i = 0; i < 45; i++) {
            Map<String, Object> member = i < 40 ? Members.fullMember(branch)
                    : Members.probationaryMember(branch, Members.today().minusMonths(2));
            member.put("groupId", group);
            Members.create(member);
        }
        // reporting members (在职党员到社区报到) are not registered here and do not count
        Map<String, Object> reporting = Members.fullMember(branch);
        reporting.put("registration", "REPORTING");
        Members.create(reporting);
        api().get(ORGS + group).then().body("memberCounts.total", equalTo(45));
        api().get(ORGS + branch + "/warnings").then().body("memberCounts.total", equalTo(54))
                .body("memberCounts.probationary", equalTo(5))
                .body("warnings.code", contains("SHOULD_BE_GENERAL_BRANCH"));
        api().get(ORGS + group + "/warnings").then().body("warnings", empty());
    }

    @Test
    void communityLeadershipIsSizedByResidents() {
        String street = Orgs.street();
        String community = Orgs.create("PARTY_COMMITTEE", street,
                Map.of("category", "COMMUNITY", "residentCount", 2500));
        api().body(term("2025-01-01", FUTURE, List.of(seat("SECRETARY", "甲"), seat("DEPUTY_SECRETARY", "乙"),
                        seat("ORGANIZATION_COMMITTEE_MEMBER", "丙"))))
                .post(ORGS + community + "/leadership/terms").then().statusCode(201);
        api().get(ORGS + community + "/warnings").then()
                .body("warnings.code", contains("COMMUNITY_LEADERSHIP_SIZE"))
                .body("warnings[0].message", containsString("5至7人"));
    }

    @Test
    void listsTheSubtreeGapsMostSevereFirst() {
        String street = Orgs.street();
        api().body(term("2024-01-01", FUTURE, List.of(seat("SECRETARY", "书记")))).post(ORGS + street + "/leadership/terms")
                .then().statusCode(201);
        String community = Orgs.create("PARTY_COMMITTEE", street);
        api().body(term("2020-01-01", "2025-01-01", List.of(seat("SECRETARY", "甲"))))
                .post(ORGS + community + "/leadership/terms").then().statusCode(201);
        String small = Orgs.create("BRANCH", community);
        String healthy = Orgs.create("BRANCH", community);
        Members.fill(healthy, 5, 0);
        api().body(term("2025-01-01", FUTURE, List.of(seat("SECRETARY", "乙")))).post(ORGS + healthy + "/leadership/terms")
                .then().statusCode(201);
        archive(Orgs.create("BRANCH", community));

        api().get(ORGS + street + "/subtree-warnings").then().statusCode(200)
                .body("root.id", equalTo(street))
                .body("checked", equalTo(4))
                .body("items.organization.id", containsInAnyOrder(community, small))
                .body("items.organization.id", not(hasItem(healthy)))
                .body("items.find { it.organization.id == '" + community + "' }.warnings.code", contains("ELECTION_OVERDUE"))
                .body("items.find { it.organization.id == '" + community + "' }.warnings[0].since", equalTo("2025-01-01"))
                .body("warningCount", equalTo(3));
        api().get(ORGS + small + "/subtree-warnings").then().body("checked", equalTo(1))
                .body("items[0].warnings.code", contains("TOO_FEW_FULL_MEMBERS", "NO_LEADERSHIP"));
    }

    @Test
    void anArchivedOrganizationHasNothingLeftToFix() {
        String street = Orgs.street();
        String branch = Orgs.create("BRANCH", street);
        archive(branch);
        api().get(ORGS + branch + "/warnings").then().statusCode(200).body("warnings", empty());
    }

    private static void archive(String id) {
        api().body(Map.of("effectiveOn", "2026-10-01", "reason", "测试")).post(ORGS + id + "/archive").then().statusCode(200);
    }
}
