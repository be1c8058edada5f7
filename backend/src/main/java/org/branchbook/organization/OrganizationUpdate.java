package org.branchbook.organization;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.branchbook.common.BookDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The editable fields of an organization, replaced as a whole. Parent and type change through actions. */
@Schema(name = "OrganizationUpdate", description = "Replaces the editable fields. Use the move and change-type actions for parent and type.")
public record OrganizationUpdate(
        @NotBlank(message = "不能为空") @Size(max = 64, message = "最多64个字符")
        @Pattern(regexp = OrganizationCreate.CODE_PATTERN, message = "只能包含字母、数字、连字符和下划线")
        @Schema(required = true, pattern = OrganizationCreate.CODE_PATTERN) String code,
        @NotBlank(message = "不能为空") @Size(max = 200, message = "最多200个字符") @Schema(required = true) String name,
        @Size(max = 100, message = "最多100个字符") String shortName,
        @NotNull(message = "不能为空") @Schema(required = true) OrgCategory category,
        @BookDate LocalDate establishedOn,
        @Size(max = 300, message = "最多300个字符") String address,
        @Size(max = 40, message = "最多40个字符") String contactPhone,
        @PositiveOrZero(message = "不能为负数") Integer residentCount,
        @PositiveOrZero(message = "不能为负数") Integer coveredUnitCount) {
}
