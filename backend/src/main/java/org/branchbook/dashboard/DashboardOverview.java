package org.branchbook.dashboard;

import java.time.Instant;
import java.util.List;
import org.branchbook.member.MemberCategory;
import org.branchbook.organization.OrgRef;
import org.branchbook.organization.OrgType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The headline figures of a subtree: organizations and members today, dues and meetings over the period. */
@Schema(name = "DashboardOverview", description = "Organizations, members, transfers, terms and gaps are as of today; "
        + "dues and meetings are over the period (up to this month). computedAt: when the oldest of the figures was "
        + "computed; pendingOrganizations: organizations whose figures are being brought up to date (0 normally)")
public record DashboardOverview(
        @Schema(required = true) OrgRef organization,
        @Schema(required = true) DashboardPeriod period,
        @Schema(required = true) Instant computedAt,
        @Schema(required = true) int pendingOrganizations,
        @Schema(required = true) Organizations organizations,
        @Schema(required = true) Members members,
        @Schema(required = true) Dues dues,
        @Schema(required = true) Meetings meetings,
        @Schema(required = true) Transfers transfers,
        @Schema(required = true) Terms terms,
        @Schema(required = true) Gaps gaps) {

    @Schema(name = "DashboardOrganizations", description = "Active organizations of the subtree, the root included")
    public record Organizations(@Schema(required = true) int total, @Schema(required = true) List<TypeCount> byType) {}

    @Schema(name = "DashboardTypeCount")
    public record TypeCount(@Schema(required = true) OrgType type, @Schema(required = true) int count) {}

    @Schema(name = "DashboardMembers", description = "Registered (在册) full and probationary members; reporting: "
            + "在职党员到社区报到 (not counted as registered); probationDue: probation ended or ending within the notice "
            + "window, not yet 转正 (probationOverdue: ended)")
    public record Members(
            @Schema(required = true) int total,
            @Schema(required = true) int full,
            @Schema(required = true) int probationary,
            @Schema(required = true) int reporting,
            @Schema(required = true) int outflow,
            @Schema(required = true) int inflow,
            @Schema(required = true) int probationDue,
            @Schema(required = true) int probationOverdue,
            @Schema(required = true) List<CategoryCount> byCategory) {}

    @Schema(name = "DashboardCategoryCount")
    public record CategoryCount(@Schema(required = true) MemberCategory category, @Schema(required = true) int count) {}

    @Schema(name = "DashboardDues", description = "Due and paid for the period's months up to this month, as the branch "
            + "registers count them; rate = paid / due (null when nothing is due). Members in arrears today: warning "
            + "(3 months or more owed), flagged (6 consecutive months)")
    public record Dues(
            @Schema(required = true) long dueFen,
            @Schema(required = true) long paidFen,
            Double rate,
            @Schema(required = true) int arrearsMembers,
            @Schema(required = true) int flaggedMembers) {}

    @Schema(name = "DashboardMeetings", description = "held: meetings held in the period; required: the 三会一课 "
            + "requirement periods ending in it that have begun (met + missing + open)")
    public record Meetings(
            @Schema(required = true) int held,
            @Schema(required = true) int required,
            @Schema(required = true) int met,
            @Schema(required = true) int missing,
            @Schema(required = true) int open,
            @Schema(required = true) int inactiveMembers) {}

    @Schema(name = "DashboardTransfers", description = "open: requested or issued, with an end in the subtree; overdue: "
            + "the overdue items (approval, letter, 回执, members away without a transfer)")
    public record Transfers(@Schema(required = true) int open, @Schema(required = true) int overdue) {}

    @Schema(name = "DashboardTerms", description = "Current leadership terms: overdue for 换届, ending within a month, none recorded")
    public record Terms(@Schema(required = true) int overdue, @Schema(required = true) int dueWithinMonth,
            @Schema(required = true) int noLeadership) {}

    @Schema(name = "DashboardGapCounts")
    public record Gaps(@Schema(required = true) int total, @Schema(required = true) int urgent,
            @Schema(required = true) List<KindCount> byKind) {}

    @Schema(name = "DashboardGapKindCount")
    public record KindCount(@Schema(required = true) GapKind kind, @Schema(required = true) int count) {}
}
