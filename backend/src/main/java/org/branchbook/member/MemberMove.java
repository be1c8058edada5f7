package org.branchbook.member;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import org.branchbook.common.BookDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A change of branch inside the caller's subtree, recorded in the membership history. */
@Schema(name = "MemberMove", description = "Moves a member to another branch (and 党小组) in the caller's subtree, "
        + "closing the current membership on effectiveOn.")
public record MemberMove(
        @NotNull(message = "不能为空") @Schema(required = true) UUID organizationId,
        UUID groupId,
        @NotNull(message = "不能为空") @BookDate @Schema(required = true) LocalDate effectiveOn,
        @NotBlank(message = "不能为空") @Size(max = 200, message = "最多200个字符") @Schema(required = true, examples = "支部调整") String reason) {
}
