package org.branchbook.transfer;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.branchbook.common.BookDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A new 介绍信 replacing the current one; the old one stays in the history as superseded. */
@Schema(name = "LetterReissue", description = "INTERNAL and OUTGOING: a new letter numbered and dated today. "
        + "INCOMING: the new letter the organization elsewhere sent (number and issuedOn required).")
public record LetterReissue(
        @NotBlank(message = "不能为空") @Size(max = 200, message = "最多200个字符") @Schema(required = true, examples = "原介绍信已过期") String reason,
        @Schema(description = "Validity in days (default by scope)") Integer validDays,
        @Pattern(regexp = "^[0-9]{4}-(0[1-9]|1[0-2])$", message = "应为年月，格式 YYYY-MM")
        @Schema(pattern = "^[0-9]{4}-(0[1-9]|1[0-2])$") String duesPaidTo,
        @Size(max = 50, message = "最多50个字符") @Schema(description = "INCOMING: the new letter's number") String number,
        @BookDate @Schema(description = "INCOMING: the new letter's issue date") LocalDate issuedOn) {
}
