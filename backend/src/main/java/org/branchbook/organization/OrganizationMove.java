package org.branchbook.organization;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.branchbook.common.BookDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** 调整隶属关系: put an organization (and everything below it) under another parent. */
@Schema(name = "OrganizationMove", description = "Re-parent an organization with its whole subtree; recorded in its history.")
public record OrganizationMove(
        @NotNull(message = "不能为空") @Schema(required = true, description = "The new parent") UUID parentId,
        @BookDate @NotNull(message = "不能为空") @Schema(required = true, description = "生效日期") LocalDate effectiveOn,
        @Size(max = 100, message = "最多100个字符") @Schema(description = "文号", examples = "X街党工〔2026〕12号") String documentNumber,
        @Size(max = 2000, message = "最多2000个字符") String reason) {
}
