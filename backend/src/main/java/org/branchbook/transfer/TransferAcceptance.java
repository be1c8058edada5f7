package org.branchbook.transfer;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import org.branchbook.common.BookDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Acceptance by the receiver: the branch (and 党小组) the member joins. */
@Schema(name = "TransferAcceptance", description = "The branch (党支部 or 联合党支部 in the receiving organization's subtree) "
        + "and optional 党小组 the member joins, from effectiveOn (default today; not after today).")
public record TransferAcceptance(
        @NotNull(message = "不能为空") @Schema(required = true) UUID branchId,
        UUID groupId,
        @BookDate LocalDate effectiveOn,
        @Size(max = 500, message = "最多500个字符") String note) {
}
