package org.branchbook.meeting;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "MeetingCancellation", description = "Why a planned meeting will not take place")
public record CancelInput(
        @NotBlank(message = "不能为空") @Size(max = 200, message = "最多200个字符") @Schema(required = true) String reason) {
}
