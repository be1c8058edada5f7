package org.branchbook.dues;

import java.util.List;
import org.branchbook.organization.OrgRef;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Each organization's dues account for a year: what came in, went up, was spent, and what is left. */
@Schema(name = "DuesBalances", description = "Per organization of the subtree: collected from members, received from "
        + "below, remitted upward, spent, and the balance at the year's end (all years up to it). toRemitFen: the configured "
        + "share of what it collected in the year not yet remitted.")
public record BalanceReport(@Schema(required = true) int year, @Schema(required = true) List<Row> rows) {

    @Schema(name = "DuesBalanceRow")
    public record Row(@Schema(required = true) OrgRef organization, @Schema(required = true) long collectedFen,
            @Schema(required = true) long receivedFen, @Schema(required = true) long remittedFen,
            @Schema(required = true) long spentFen, @Schema(required = true) long openingFen,
            @Schema(required = true) long balanceFen, @Schema(required = true) long toRemitFen) {}
}
