package org.branchbook.access;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import org.branchbook.common.BookDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A new API token. */
@Schema(name = "ApiTokenCreate", description = "A new API token for a subtree within your own.")
public record ApiTokenCreate(
        @NotBlank(message = "不能为空") @Size(max = 100, message = "最多100个字符") @Schema(required = true, examples = "区平台同步") String name,
        @Schema(description = "Defaults to your own organization; must be inside your subtree") UUID organizationId,
        @NotNull(message = "不能为空") @Schema(required = true, description = "true: GET only") Boolean readOnly,
        @Schema(description = "May read full 身份证号 and phone numbers with reveal=true (audited); only a creator who may "
                + "reveal can grant it. Default false") Boolean canRevealSensitive,
        @BookDate @NotNull(message = "不能为空") @Schema(required = true, description = "Last day the token works (Asia/Shanghai), at most a year ahead") LocalDate expiresOn) {
}
