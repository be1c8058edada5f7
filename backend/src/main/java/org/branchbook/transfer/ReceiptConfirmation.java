package org.branchbook.transfer;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.branchbook.common.BookDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The 回执 of an outgoing letter came back. */
@Schema(name = "ReceiptConfirmation", description = "The day the 回执 arrived (not before the letter, not after today)")
public record ReceiptConfirmation(
        @NotNull(message = "不能为空") @BookDate @Schema(required = true) LocalDate receivedOn,
        @Size(max = 500, message = "最多500个字符") String note) {
}
