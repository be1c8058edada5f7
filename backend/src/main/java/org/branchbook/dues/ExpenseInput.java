package org.branchbook.dues;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import org.branchbook.common.BookDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A use of dues kept by an organization. */
@Schema(name = "DuesExpenseInput", description = "What organizationId spent from the dues it keeps, and on what")
public record ExpenseInput(
        @NotNull(message = "不能为空") @Schema(required = true) UUID organizationId,
        @NotNull(message = "不能为空") @BookDate @Schema(required = true) LocalDate spentOn,
        @NotNull(message = "不能为空") @Positive(message = "应大于零") @Schema(required = true) Long amountFen,
        @NotBlank(message = "不能为空") @Size(max = 200, message = "最多200个字符") @Schema(required = true, examples = "慰问困难党员") String purpose,
        @Size(max = 100, message = "最多100个字符") String approvalReference) {
}
