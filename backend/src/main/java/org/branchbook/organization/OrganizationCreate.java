package org.branchbook.organization;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.branchbook.common.BookDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A new organization. */
@Schema(name = "OrganizationCreate", description = "A new organization. A 街道党工委 has no parent; every other type needs one.")
public record OrganizationCreate(
        @NotBlank(message = "不能为空") @Size(max = 64, message = "最多64个字符")
        @Pattern(regexp = OrganizationCreate.CODE_PATTERN, message = "只能包含字母、数字、连字符和下划线")
        @Schema(required = true, description = "党组织编码, unique", examples = "GL-0101-03", pattern = OrganizationCreate.CODE_PATTERN) String code,
        @NotBlank(message = "不能为空") @Size(max = 200, message = "最多200个字符")
        @Schema(required = true, examples = "幸福里社区第三党支部") String name,
        @Size(max = 100, message = "最多100个字符") String shortName,
        @NotNull(message = "不能为空") @Schema(required = true) OrgType type,
        @Schema(description = "Defaults to the parent's category (STREET for a 街道党工委)") OrgCategory category,
        @Schema(description = "上级组织 id; required except for a 街道党工委") UUID parentId,
        @BookDate LocalDate establishedOn,
        @Size(max = 300, message = "最多300个字符") String address,
        @Size(max = 40, message = "最多40个字符") String contactPhone,
        @PositiveOrZero(message = "不能为负数") Integer residentCount,
        @PositiveOrZero(message = "不能为负数") Integer coveredUnitCount) {

    public static final String CODE_PATTERN = "^[A-Za-z0-9_-]+$";
}
