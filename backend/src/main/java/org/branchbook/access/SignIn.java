package org.branchbook.access;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Username and password. */
@Schema(name = "SignIn", description = "Username and password.")
public record SignIn(
        @NotBlank(message = "不能为空") @Size(max = 64, message = "最多64个字符") @Schema(required = true, examples = "admin") String username,
        @NotBlank(message = "不能为空") @Size(max = 200, message = "最多200个字符") @Schema(required = true) String password) {
}
