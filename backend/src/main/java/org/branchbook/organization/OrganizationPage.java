package org.branchbook.organization;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of organizations. */
@Schema(name = "OrganizationPage", description = "A page of organizations, ordered by code.")
public record OrganizationPage(
        @Schema(required = true) List<OrganizationView> items,
        @Schema(description = "Pass as `cursor` to get the next page; absent on the last page") String nextCursor) {
}
