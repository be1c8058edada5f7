package org.branchbook.dues;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.branchbook.organization.OrgRef;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A remittance or an expense entry. */
@Schema(name = "DuesAccountEntry", description = "A remittance (to: the upper committee; fromMonth..toMonth) or an expense "
        + "(purpose). A reversal has a negative amount and reversesId.")
public record AccountEntryView(
        @Schema(required = true) UUID id,
        @Schema(required = true) OrgRef organization,
        OrgRef to,
        @Schema(required = true) LocalDate on,
        String fromMonth,
        String toMonth,
        @Schema(required = true) long amountFen,
        String purpose,
        String reference,
        String note,
        UUID reversesId,
        UUID reversedBy,
        @Schema(required = true) Instant recordedAt,
        @Schema(required = true) String recordedBy) {
}
