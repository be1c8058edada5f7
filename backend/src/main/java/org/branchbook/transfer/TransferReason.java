package org.branchbook.transfer;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Why a transfer is returned (退回) or withdrawn (撤回). */
@Schema(name = "TransferReason", description = "The reason, shown on the timeline")
public record TransferReason(
        @NotBlank(message = "不能为空") @Size(max = 500, message = "最多500个字符") @Schema(required = true, examples = "介绍信信息有误") String reason) {
}
