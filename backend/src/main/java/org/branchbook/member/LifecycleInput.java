package org.branchbook.member;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.branchbook.common.BookDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A lifecycle action's date, 文号 and reason; {@code months} for 延长预备期 and {@code kind} for 出党. */
@Schema(name = "LifecycleInput", description = "A lifecycle action: the date of the decision (支部大会 or approval), its 文号 "
        + "and reason. `months` is required for extend-probation and `kind` for leave; other actions ignore them.")
public record LifecycleInput(
        @NotNull(message = "不能为空") @BookDate @Schema(required = true) LocalDate effectiveOn,
        @Size(max = 100, message = "最多100个字符") @Schema(description = "文号") String documentNumber,
        @Size(max = 500, message = "最多500个字符") @Schema(description = "原因/说明; required except for confirm") String reason,
        @Schema(description = "延长预备期 months, 1–12") Integer months,
        @Schema(description = "出党方式") LeaveKind kind) {
}
