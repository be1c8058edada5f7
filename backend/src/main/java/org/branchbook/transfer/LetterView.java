package org.branchbook.transfer;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A 介绍信 as shown: its number, dates and whether it can still be used today. */
@Schema(name = "LetterView", description = "An introduction letter (介绍信). Valid from issuedOn through lastValidOn; "
        + "receiptDueOn: when the 回执 of an OUTGOING letter should be back.")
public record LetterView(
        @Schema(required = true, examples = "ZJ2026000123") String number,
        @Schema(required = true, description = "Issued by this system (false: an incoming letter)") boolean issuedHere,
        @Schema(required = true) LocalDate issuedOn,
        @Schema(required = true) int validDays,
        @Schema(required = true) LocalDate lastValidOn,
        LocalDate receiptDueOn,
        @Schema(required = true, examples = "2026-10") String duesPaidTo,
        @Schema(required = true, description = "Past its last valid day") boolean expired,
        LocalDate supersededOn,
        String supersedeReason) {
}
