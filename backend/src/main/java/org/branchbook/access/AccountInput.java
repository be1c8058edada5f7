package org.branchbook.access;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A new account, or the new state of one (password optional on update: set to reset it). */
@Schema(name = "AccountInput", description = "Create an account, or replace one's settings. On update, password is optional (sent: reset).")
public record AccountInput(
        @NotBlank(message = "不能为空") @Size(max = 64, message = "最多64个字符") @Pattern(regexp = "^[A-Za-z0-9._-]+$", message = "只能包含字母、数字、点、连字符和下划线")
        @Schema(required = true, pattern = "^[A-Za-z0-9._-]+$", examples = "wang.jianguo") String username,
        @NotBlank(message = "不能为空") @Size(max = 100, message = "最多100个字符") @Schema(required = true, examples = "王建国") String displayName,
        @NotNull(message = "不能为空") @Schema(required = true) Role role,
        @NotNull(message = "不能为空") @Schema(required = true, description = "Must be inside the administrator's own subtree") UUID organizationId,
        @Schema(description = "May read full 身份证号 and phone numbers") Boolean canRevealSensitive,
        @Schema(description = "Disabled accounts cannot sign in, and their tokens stop working") Boolean disabled,
        @Size(min = 10, max = 200, message = "长度须为10到200个字符") @Schema(description = "Required on create; on update, resets the password", minLength = 10) String password) {
}
