package org.branchbook.organization;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.branchbook.common.BookDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** 撤销: archive an organization that has no active children. */
@Schema(name = "OrganizationArchive", description = "Archive (撤销) an organization. Refused while it has active children.")
public record OrganizationArchive(
        @BookDate @NotNull(message = "不能为空") @Schema(required = true, description = "撤销日期") LocalDate effectiveOn,
        @Size(max = 100, message = "最多100个字符") @Schema(description = "文号") String documentNumber,
        @NotBlank(message = "不能为空") @Size(max = 2000, message = "最多2000个字符") @Schema(required = true) String reason) {
}
