package org.branchbook.dashboard;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.branchbook.organization.OrgRef;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What needs fixing in a subtree, most urgent first. */
@Schema(name = "DashboardGapList", description = "Most urgent first (URGENT, WARNING, NOTICE), then the oldest; at most "
        + "`limit` items (the export has them all)")
public record GapList(
        @Schema(required = true) OrgRef organization,
        @Schema(required = true) int total,
        @Schema(required = true) List<DashboardOverview.KindCount> byKind,
        @Schema(required = true) List<Gap> items,
        @Schema(required = true, description = "More items than were listed") boolean truncated) {

    @Schema(name = "DashboardGap", description = "since: when it became a gap (the term's end, the missed period's end, "
            + "the day a member was flagged, the transfer's due date); count: how many members or requirements; code: "
            + "the shape warning (ORG_SHAPE, LEADERSHIP) or OverdueKind (TRANSFER_OVERDUE); transferId, memberId: "
            + "what to open")
    public record Gap(
            @Schema(required = true) GapKind kind,
            @Schema(required = true) GapSeverity severity,
            @Schema(required = true) OrgRef organization,
            LocalDate since,
            @Schema(required = true) String detail,
            Integer count,
            String code,
            UUID transferId,
            UUID memberId,
            String memberName) {}
}
