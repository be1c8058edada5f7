package org.branchbook.dues;

import java.util.List;
import org.branchbook.organization.OrgRef;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Members who owe dues below an organization, the flagged ones first. */
@Schema(name = "DuesArrearsReport", description = "Every member with ended months unpaid: WARNING from 3 months owed, "
        + "FLAG at 6 consecutive months (possible 自行脱党, for the branch meeting to review); the flag clears once paid.")
public record ArrearsReport(
        @Schema(required = true) long warnings,
        @Schema(required = true) long flags,
        @Schema(required = true) List<Item> items) {

    @Schema(name = "DuesArrearsItem")
    public record Item(
            @Schema(required = true) MemberRef member,
            @Schema(required = true) OrgRef organization,
            @Schema(required = true) List<String> months,
            @Schema(required = true) long owedFen,
            @Schema(required = true) int longestRun,
            @Schema(required = true) DuesRules.Level level) {}
}
