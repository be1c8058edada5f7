package org.branchbook.organization;

import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An organization's leadership: the current term, past terms, and the election status. */
@Schema(name = "Leadership", description = "The current term, past terms (newest first) and the election (换届) status.")
public record LeadershipView(
        @Schema(required = true) UUID organizationId,
        LeadershipTermView current,
        @Schema(required = true) List<LeadershipTermView> past,
        @Schema(required = true) ElectionView election) {
}
