package org.branchbook.transfer;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.branchbook.common.BookDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The 介绍信 an incoming member brought, as issued elsewhere. */
@Schema(name = "IncomingLetter", description = "The incoming letter: its number, issue date and validity in days "
        + "(default by inCity: 10 or 30). It may be accepted through issuedOn + validDays − 1.")
public record IncomingLetter(
        @NotBlank(message = "不能为空") @Size(max = 50, message = "最多50个字符") @Schema(required = true) String number,
        @NotNull(message = "不能为空") @BookDate @Schema(required = true) LocalDate issuedOn,
        @Schema(description = "1 to transfers.letter.max-days (90)") Integer validDays) {
}
