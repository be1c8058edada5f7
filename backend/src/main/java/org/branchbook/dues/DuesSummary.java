package org.branchbook.dues;

import java.util.List;
import org.branchbook.organization.OrgRef;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Collection and arrears rolled up: the organization's subtree, then each of its direct children's subtrees. */
@Schema(name = "DuesSummary", description = "For the dashboard: per month due (months up to this one), paid and rate, "
        + "and how many members are in arrears (WARNING) or flagged (FLAG) now; the first row is the whole subtree.")
public record DuesSummary(@Schema(required = true) int year, @Schema(required = true) List<Row> rows) {

    @Schema(name = "DuesSummaryRow")
    public record Row(@Schema(required = true) OrgRef organization,
            @Schema(required = true) List<RegisterView.Total> months,
            @Schema(required = true) long dueFen, @Schema(required = true) long paidFen, Double rate,
            @Schema(required = true) int members, @Schema(required = true) int warnings,
            @Schema(required = true) int flags) {}
}
