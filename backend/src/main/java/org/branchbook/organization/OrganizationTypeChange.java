package org.branchbook.organization;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.branchbook.common.BookDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** 类型变更: e.g. upgrade a 党支部 to a 党总支. */
@Schema(name = "OrganizationTypeChange", description = "Change an organization's type (e.g. 党支部 → 党总支 → 党委); recorded in its history.")
public record OrganizationTypeChange(
        @NotNull(message = "不能为空") @Schema(required = true) OrgType type,
        @BookDate @NotNull(message = "不能为空") @Schema(required = true, description = "生效日期") LocalDate effectiveOn,
        @Size(max = 100, message = "最多100个字符") @Schema(description = "文号") String documentNumber,
        @Size(max = 2000, message = "最多2000个字符") String reason) {
}
