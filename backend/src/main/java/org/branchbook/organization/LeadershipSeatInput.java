package org.branchbook.organization;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One person in one position of a term. */
@Schema(name = "LeadershipSeatInput", description = "One person in one position.")
public record LeadershipSeatInput(
        @NotNull(message = "不能为空") @Schema(required = true) Position position,
        @NotBlank(message = "不能为空") @Size(max = 100, message = "最多100个字符")
        @Schema(required = true, examples = "王建国") String personName) {
}
