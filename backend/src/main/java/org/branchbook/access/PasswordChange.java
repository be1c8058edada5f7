package org.branchbook.access;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The current password and a new one. */
@Schema(name = "PasswordChange", description = "Change your own password; your other sessions end.")
public record PasswordChange(
        @NotBlank(message = "不能为空") @Size(max = 200, message = "最多200个字符") @Schema(required = true) String currentPassword,
        @NotBlank(message = "不能为空") @Size(min = 10, max = 200, message = "长度须为10到200个字符") @Schema(required = true, minLength = 10) String newPassword) {
}
