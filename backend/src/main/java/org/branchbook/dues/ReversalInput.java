package org.branchbook.dues;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "DuesReversalInput", description = "Why the entry is reversed (冲销)")
public record ReversalInput(
        @NotBlank(message = "不能为空") @Size(max = 500, message = "最多500个字符") @Schema(required = true, examples = "金额录入错误") String reason) {
}
