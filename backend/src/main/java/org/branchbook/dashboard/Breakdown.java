package org.branchbook.dashboard;

import java.util.List;
import org.branchbook.organization.OrgRef;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The figures of each organization directly below, each for its whole subtree: the drill-down table. */
@Schema(name = "DashboardBreakdown", description = "One row per organization directly below (its subtree's figures), and a "
        + "row `own: true` for the organization's own members and meetings when it has any")
public record Breakdown(
        @Schema(required = true) OrgRef organization,
        @Schema(required = true) DashboardPeriod period,
        @Schema(required = true) List<Row> rows) {

    @Schema(name = "DashboardBreakdownRow")
    public record Row(
            @Schema(required = true) OrgRef organization,
            @Schema(required = true, description = "The organization's own figures, not a child's subtree") boolean own,
            @Schema(required = true) boolean hasChildren,
            @Schema(required = true) int organizations,
            @Schema(required = true) int members,
            @Schema(required = true) int probationary,
            @Schema(required = true) long duesDueFen,
            @Schema(required = true) long duesPaidFen,
            Double duesRate,
            @Schema(required = true) int duesFlagged,
            @Schema(required = true) int meetingsRequired,
            @Schema(required = true) int meetingsMet,
            @Schema(required = true) int meetingsMissing,
            @Schema(required = true) int inactiveMembers,
            @Schema(required = true) int gaps,
            @Schema(required = true) int urgentGaps) {}
}
