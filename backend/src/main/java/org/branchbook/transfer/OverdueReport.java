package org.branchbook.transfer;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.branchbook.organization.OrgRef;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What is late in an organization or subtree: transfers stuck on a step, and members away without one. */
@Schema(name = "OverdueReport", description = "Counts by kind (all of them) and the oldest items first, at most `limit`")
public record OverdueReport(
        @Schema(required = true) List<Count> counts,
        @Schema(required = true) List<Item> items,
        @Schema(required = true, description = "More items than were listed") boolean truncated) {

    @Schema(name = "OverdueCount")
    public record Count(@Schema(required = true) OverdueKind kind, @Schema(required = true) long count) {}

    /** One late thing: the organization that should act, since when, and the transfer or member. */
    @Schema(name = "OverdueItem", description = "since: the day it became due (request date + N days, last valid day, "
            + "回执 due date, or the day the member left); days: how many days late")
    public record Item(
            @Schema(required = true) OverdueKind kind,
            @Schema(required = true) OrgRef organization,
            @Schema(required = true) LocalDate since,
            @Schema(required = true) long days,
            UUID transferId,
            UUID memberId,
            @Schema(required = true) String memberName) {}
}
