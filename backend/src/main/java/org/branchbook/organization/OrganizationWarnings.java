package org.branchbook.organization;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The warnings of one organization. */
@Schema(name = "OrganizationWarnings", description = "The shape warnings of one organization, most severe first, with the facts they were computed from.")
public record OrganizationWarnings(
        @Schema(required = true) OrgRef organization,
        @Schema(required = true) MemberCounts memberCounts,
        @Schema(required = true) List<ShapeWarningView> warnings) {
}
