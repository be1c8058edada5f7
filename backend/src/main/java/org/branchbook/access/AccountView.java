package org.branchbook.access;

import java.time.Instant;
import java.util.UUID;
import org.branchbook.organization.OrgRef;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An account as administrators see it (never its password). */
@Schema(name = "Account", description = "A person who signs in. Its ETag is `\"<version>\"`.")
public record AccountView(
        @Schema(required = true) UUID id,
        @Schema(required = true) String username,
        @Schema(required = true) String displayName,
        @Schema(required = true) Role role,
        @Schema(required = true) OrgRef organization,
        @Schema(required = true) boolean canRevealSensitive,
        @Schema(required = true) boolean disabled,
        @Schema(required = true) long version,
        @Schema(required = true) Instant createdAt) {
}
