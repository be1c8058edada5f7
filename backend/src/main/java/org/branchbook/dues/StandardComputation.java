package org.branchbook.dues;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Recompute a year's standards for a subtree. */
@Schema(name = "DuesStandardComputation", description = "Recomputes the year's standards of every member below organizationId "
        + "with the table in force, and gives members of a fixed-amount category (下岗失业) their standard")
public record StandardComputation(
        @NotNull(message = "不能为空") @Schema(required = true) UUID organizationId,
        @NotNull(message = "不能为空") @Min(value = 2000, message = "年份应在2000至2100之间") @Max(value = 2100, message = "年份应在2000至2100之间")
        @Schema(required = true, examples = "2027") Integer year) {

    /** What a computation did. */
    @Schema(name = "DuesStandardComputationResult")
    public record Result(@Schema(required = true) int members, @Schema(required = true) int created,
            @Schema(required = true) int changed, @Schema(required = true) int unchanged,
            @Schema(required = true, description = "Members with no standard for the year: set their base") int missing) {}
}
