package org.branchbook.dues;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import org.branchbook.common.BookDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A remittance to the upper committee. */
@Schema(name = "DuesRemittanceInput", description = "What organizationId handed to its upper committee (the parent) for "
        + "fromMonth..toMonth")
public record RemittanceInput(
        @NotNull(message = "不能为空") @Schema(required = true) UUID organizationId,
        @NotNull(message = "不能为空") @Pattern(regexp = "^[0-9]{4}-(0[1-9]|1[0-2])$", message = "应为年月，格式 YYYY-MM")
        @Schema(required = true, pattern = "^[0-9]{4}-(0[1-9]|1[0-2])$", examples = "2026-07") String fromMonth,
        @NotNull(message = "不能为空") @Pattern(regexp = "^[0-9]{4}-(0[1-9]|1[0-2])$", message = "应为年月，格式 YYYY-MM")
        @Schema(required = true, pattern = "^[0-9]{4}-(0[1-9]|1[0-2])$", examples = "2026-09") String toMonth,
        @NotNull(message = "不能为空") @Positive(message = "应大于零") @Schema(required = true) Long amountFen,
        @NotNull(message = "不能为空") @BookDate @Schema(required = true) LocalDate remittedOn,
        @Size(max = 100, message = "最多100个字符") String reference,
        @Size(max = 500, message = "最多500个字符") String note) {
}
