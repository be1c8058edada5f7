package org.branchbook.dues;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A standard set by hand: 少交, 免交 (with the approval's 文号) or another amount, always with a reason. */
@Schema(name = "DuesStandardAdjustment", description = "REDUCED: monthlyFen below the table's amount; EXEMPT: 0; "
        + "OVERRIDE: any amount; NONE: back to the table. Reason required except for NONE; approvalReference (上级党委批准文号) "
        + "required for REDUCED and EXEMPT. Audited.")
public record StandardAdjustmentInput(
        @NotNull(message = "不能为空") @Schema(required = true) Adjustment adjustment,
        @PositiveOrZero(message = "不能为负") Long monthlyFen,
        @Size(max = 500, message = "最多500个字符") String reason,
        @Size(max = 100, message = "最多100个字符") String approvalReference) {
}
