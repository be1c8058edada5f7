package org.branchbook.organization;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The organization forest (or one subtree). */
@Schema(name = "OrganizationTree", description = "The organization tree: the roots asked for, each with all its descendants.")
public record OrganizationTree(
        @Schema(required = true) List<OrganizationTreeNode> roots,
        @Schema(required = true, description = "Number of nodes in the answer") int size) {
}
