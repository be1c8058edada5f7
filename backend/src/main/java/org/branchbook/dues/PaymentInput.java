package org.branchbook.dues;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import org.branchbook.common.BookDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A payment into the ledger. */
@Schema(name = "DuesPaymentInput", description = "REGULAR covers fromMonth..toMonth (one month, a quarter in advance, or "
        + "back months: at most 6 back); an amount other than the standards' sum needs a reason. VOLUNTARY (自愿多交) has no "
        + "months; 1000 元 or more is marked for forwarding to the centre. paidBy: who paid, when not the member (代缴).")
public record PaymentInput(
        @NotNull(message = "不能为空") @Schema(required = true) UUID memberId,
        @Schema(description = "Default REGULAR") PaymentKind kind,
        @Pattern(regexp = "^[0-9]{4}-(0[1-9]|1[0-2])$", message = "应为年月，格式 YYYY-MM")
        @Schema(pattern = "^[0-9]{4}-(0[1-9]|1[0-2])$", examples = "2026-10") String fromMonth,
        @Pattern(regexp = "^[0-9]{4}-(0[1-9]|1[0-2])$", message = "应为年月，格式 YYYY-MM")
        @Schema(pattern = "^[0-9]{4}-(0[1-9]|1[0-2])$", examples = "2026-12") String toMonth,
        @NotNull(message = "不能为空") @PositiveOrZero(message = "不能为负") @Schema(required = true, examples = "4500") Long amountFen,
        @NotNull(message = "不能为空") @BookDate @Schema(required = true) LocalDate paidOn,
        @Schema(description = "Default CASH") PaymentMethod method,
        @Size(max = 100, message = "最多100个字符") @Schema(description = "Transfer or WeChat/Alipay reference") String reference,
        @Size(max = 50, message = "最多50个字符") @Schema(description = "收款人") String collectedBy,
        @Size(max = 50, message = "最多50个字符") @Schema(description = "代缴人") String paidBy,
        @Size(max = 50, message = "最多50个字符") String receiptNumber,
        @Size(max = 500, message = "最多500个字符") @Schema(description = "Why the amount differs from the standard") String reason) {
}
