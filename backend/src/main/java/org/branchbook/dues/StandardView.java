package org.branchbook.dues;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A member's dues standard from a month on. */
@Schema(name = "DuesStandardView", description = "computedFen is what the table gives for the base; monthlyFen what the "
        + "member owes each month from fromMonth (differs when adjusted).")
public record StandardView(
        @Schema(required = true) UUID id,
        @Schema(required = true) MemberRef member,
        @Schema(required = true, examples = "2027-01") String fromMonth,
        @Schema(required = true) DuesCategory category,
        Long baseFen,
        @Schema(description = "The rate applied, in basis points (150 = 1.5%)") Integer basisPoints,
        @Schema(required = true) long computedFen,
        @Schema(required = true) long monthlyFen,
        @Schema(required = true) Adjustment adjustment,
        String reason,
        String approvalReference,
        @Schema(required = true) long version,
        @Schema(required = true) Instant recordedAt,
        @Schema(required = true) String recordedBy) {
}
