package org.branchbook.organization;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The warnings of every organization in a subtree that has any. */
@Schema(name = "SubtreeWarnings", description = "Organizations of a subtree that have warnings, most severe first.")
public record SubtreeWarnings(
        @Schema(required = true) OrgRef root,
        @Schema(required = true, description = "Active organizations checked") int checked,
        @Schema(required = true, description = "Warnings in all") int warningCount,
        @Schema(required = true) List<OrganizationWarnings> items) {
}
