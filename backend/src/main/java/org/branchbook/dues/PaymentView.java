package org.branchbook.dues;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.branchbook.organization.OrgRef;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One ledger entry. */
@Schema(name = "DuesPaymentView", description = "A ledger entry. reversedBy: the entry that reversed it; "
        + "forwardToCentre: a voluntary payment of 1000 元 or more")
public record PaymentView(
        @Schema(required = true) UUID id,
        @Schema(required = true) MemberRef member,
        @Schema(required = true) OrgRef organization,
        @Schema(required = true) PaymentKind kind,
        String fromMonth,
        String toMonth,
        @Schema(required = true) int months,
        @Schema(required = true) long amountFen,
        @Schema(required = true) LocalDate paidOn,
        PaymentMethod method,
        String reference,
        String collectedBy,
        String paidBy,
        String receiptNumber,
        String reason,
        UUID reversesId,
        UUID reversedBy,
        @Schema(required = true) boolean forwardToCentre,
        @Schema(required = true) Instant recordedAt,
        @Schema(required = true) String recordedBy) {
}
