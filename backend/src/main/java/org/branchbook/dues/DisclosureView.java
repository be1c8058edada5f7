package org.branchbook.dues;

import java.util.List;
import org.branchbook.organization.OrgRef;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** 党费收缴使用情况公示: what an organization collected, remitted and used in a year. */
@Schema(name = "DuesDisclosure", description = "A year's collection and use for publication (seed 004 第八条)")
public record DisclosureView(
        @Schema(required = true) OrgRef organization,
        @Schema(required = true) int year,
        @Schema(required = true) long openingFen,
        @Schema(required = true) long collectedFen,
        @Schema(required = true, description = "Of which 自愿多交") long voluntaryFen,
        @Schema(required = true) int payers,
        @Schema(required = true) long receivedFen,
        @Schema(required = true) long remittedFen,
        @Schema(required = true) long spentFen,
        @Schema(required = true) long closingFen,
        @Schema(required = true) List<Line> collectedByMonth,
        @Schema(required = true) List<AccountEntryView> expenses,
        @Schema(required = true) List<AccountEntryView> remittances) {

    @Schema(name = "DuesDisclosureMonth")
    public record Line(@Schema(required = true) String month, @Schema(required = true) long amountFen) {}
}
