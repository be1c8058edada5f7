package org.branchbook.transfer;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Approval by the committee: the 介绍信 is issued today. */
@Schema(name = "TransferApproval", description = "Issues the 介绍信 dated today. validDays defaults by scope "
        + "(10 in-city, 30 elsewhere; at most 90); duesPaidTo corrects the request's 党费交至 if needed.")
public record TransferApproval(
        @Schema(description = "Validity in days") Integer validDays,
        @Pattern(regexp = "^[0-9]{4}-(0[1-9]|1[0-2])$", message = "应为年月，格式 YYYY-MM")
        @Schema(pattern = "^[0-9]{4}-(0[1-9]|1[0-2])$", examples = "2026-10") String duesPaidTo,
        @Size(max = 500, message = "最多500个字符") String note) {
}
