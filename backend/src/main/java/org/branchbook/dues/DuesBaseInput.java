package org.branchbook.dues;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A member's monthly income base (last year's, for the yearly review) and category, from a month on. */
@Schema(name = "DuesBaseInput", description = "Sets the member's dues from fromMonth (YYYY-01 for the yearly review; a later "
        + "month for a wage change, if dues.wage-change allows): the table gives the monthly amount. baseFen is the monthly "
        + "after-tax wage (IN_WORK) or pension (RETIRED), or for FARMER the amount the branch set (20–100 fen); the fixed "
        + "categories need none.")
public record DuesBaseInput(
        @NotNull(message = "不能为空") @Schema(required = true) UUID memberId,
        @NotNull(message = "不能为空") @Pattern(regexp = "^[0-9]{4}-(0[1-9]|1[0-2])$", message = "应为年月，格式 YYYY-MM")
        @Schema(required = true, examples = "2027-01", pattern = "^[0-9]{4}-(0[1-9]|1[0-2])$") String fromMonth,
        @NotNull(message = "不能为空") @Schema(required = true) DuesCategory category,
        @PositiveOrZero(message = "不能为负") @Schema(description = "fen", examples = "650000") Long baseFen,
        @Size(max = 500, message = "最多500个字符") String note) {
}
