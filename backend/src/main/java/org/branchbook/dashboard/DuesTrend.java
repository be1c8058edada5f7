package org.branchbook.dashboard;

import java.util.List;
import org.branchbook.organization.OrgRef;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The dues collection rate month by month: the subtree, then each organization directly below. */
@Schema(name = "DashboardDuesTrend", description = "The 12 months ending with the period's last month (or this month, if "
        + "earlier). The first series is the whole subtree (total: true), then one for its own members when it has organizations below, then one per organization directly below; "
        + "rate = paid / due for the month, null when nothing was due")
public record DuesTrend(
        @Schema(required = true) OrgRef organization,
        @Schema(required = true) List<String> months,
        @Schema(required = true) List<Series> series) {

    @Schema(name = "DashboardDuesSeries")
    public record Series(@Schema(required = true) OrgRef organization, @Schema(required = true) boolean total,
            @Schema(required = true) boolean hasChildren, @Schema(required = true) List<Point> points) {}

    @Schema(name = "DashboardDuesPoint")
    public record Point(@Schema(required = true) String month, @Schema(required = true) long dueFen,
            @Schema(required = true) long paidFen, Double rate) {}
}
