package org.branchbook.dashboard;

import java.util.List;
import org.branchbook.meeting.MeetingRules;
import org.branchbook.meeting.Requirement;
import org.branchbook.organization.OrgRef;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** 三会一课 by organization × month for the period's year: each row an organization below (its subtree). */
@Schema(name = "DashboardMeetingHeatmap", description = "Rows: the organization itself when it owes meetings (own), then "
        + "each organization directly below, summed over its subtree. A cell counts the requirement periods ending that "
        + "month (monthly ones, quarterly ones in March, June…, yearly ones in December); status: MISSING if any was "
        + "missed, else OPEN if any is open, else MET; null when nothing ended that month")
public record MeetingHeatmap(
        @Schema(required = true) OrgRef organization,
        @Schema(required = true) int year,
        @Schema(required = true) List<String> months,
        @Schema(required = true) List<Row> rows) {

    @Schema(name = "DashboardHeatmapRow")
    public record Row(@Schema(required = true) OrgRef organization, @Schema(required = true) boolean own,
            @Schema(required = true) boolean hasChildren, @Schema(required = true) List<Cell> cells,
            @Schema(required = true) int missing) {}

    @Schema(name = "DashboardHeatmapCell")
    public record Cell(
            @Schema(required = true) String month,
            @Schema(required = true) int required,
            @Schema(required = true) int met,
            @Schema(required = true) int missing,
            @Schema(required = true) int open,
            @Schema(required = true) int held,
            MeetingRules.Status status,
            @Schema(required = true, description = "The requirements missed (own rows only; empty on a subtree row)")
            List<Requirement> missingRequirements) {}
}
