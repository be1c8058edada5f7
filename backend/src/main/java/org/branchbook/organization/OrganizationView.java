package org.branchbook.organization;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An organization as the API shows it. */
@Schema(name = "Organization", description = "A Party organization (党组织). Its ETag is `\"<version>\"`.")
public record OrganizationView(
        @Schema(required = true) UUID id,
        @Schema(required = true, description = "党组织编码, unique", examples = "GL-0101") String code,
        @Schema(required = true, examples = "幸福里社区党委") String name,
        @Schema(description = "简称") String shortName,
        @Schema(required = true) OrgType type,
        @Schema(required = true) OrgCategory category,
        @Schema(description = "上级组织; absent for a 街道党工委") UUID parentId,
        @Schema(required = true, description = "0 for a root 街道党工委") int depth,
        @Schema(description = "成立日期") LocalDate establishedOn,
        String address,
        String contactPhone,
        @Schema(description = "辖区人口 (community bodies): sizes the community leadership") Integer residentCount,
        @Schema(description = "覆盖单位数 (联合党支部)") Integer coveredUnitCount,
        @Schema(required = true, description = "Registered (在册) members of this organization and all below it, from the roster") MemberCounts memberCounts,
        @Schema(required = true, description = "Active child organizations") int childCount,
        @Schema(required = true, description = "已撤销 (archived)") boolean archived,
        LocalDate archivedOn,
        String archiveReason,
        @Schema(required = true, description = "Optimistic-concurrency version; the ETag is this number in quotes") long version,
        @Schema(required = true) Instant createdAt,
        @Schema(required = true) Instant updatedAt,
        @Schema(description = "From the root down to the parent; only on the single-organization read") List<OrgRef> ancestors) {
}
