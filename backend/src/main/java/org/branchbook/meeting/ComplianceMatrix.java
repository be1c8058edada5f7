package org.branchbook.meeting;

import java.util.List;
import org.branchbook.organization.OrgRef;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Organization × month for a subtree: what ended that month and whether it was met. */
@Schema(name = "MeetingComplianceMatrix", description = "For each organization below (that owes meetings) and each month: "
        + "the requirements whose period ends that month (monthly ones, quarterly ones in March, June…, yearly ones in "
        + "December). Cell status: MISSING if any was missed, OPEN if any is still open, MET if all were met, FUTURE.")
public record ComplianceMatrix(
        @Schema(required = true) int year,
        @Schema(required = true) List<String> months,
        @Schema(required = true) List<Row> rows) {

    @Schema(name = "MeetingComplianceRow")
    public record Row(@Schema(required = true) OrgRef organization, @Schema(required = true) List<Cell> cells,
            @Schema(required = true) int missing) {}

    @Schema(name = "MeetingComplianceCell")
    public record Cell(@Schema(required = true) String month, @Schema(required = true) MeetingRules.Status status,
            @Schema(required = true) List<Requirement> missing, @Schema(required = true) List<Requirement> open) {}
}
