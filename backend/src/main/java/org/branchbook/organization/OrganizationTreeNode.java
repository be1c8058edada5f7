package org.branchbook.organization;

import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One node of the organization tree, with its children. */
@Schema(name = "OrganizationTreeNode", description = "A node of the organization tree; children ordered by code.")
public record OrganizationTreeNode(
        @Schema(required = true) UUID id,
        @Schema(required = true) String code,
        @Schema(required = true) String name,
        String shortName,
        @Schema(required = true) OrgType type,
        @Schema(required = true) OrgCategory category,
        @Schema(required = true) boolean archived,
        @Schema(required = true) List<OrganizationTreeNode> children) {
}
