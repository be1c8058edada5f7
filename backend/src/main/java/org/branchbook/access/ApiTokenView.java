package org.branchbook.access;

import java.time.Instant;
import java.util.UUID;
import org.branchbook.organization.OrgRef;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A token as listed: never its secret. */
@Schema(name = "ApiToken", description = "An API token as listed: name and prefix, never the secret.")
public record ApiTokenView(
        @Schema(required = true) UUID id,
        @Schema(required = true) String name,
        @Schema(required = true, description = "The first characters of the secret") String prefix,
        @Schema(required = true, description = "The subtree the token may read (and write)") OrgRef organization,
        @Schema(required = true) boolean readOnly,
        @Schema(required = true, description = "May reveal full 身份证号 and phones (while its creator may)") boolean canRevealSensitive,
        @Schema(required = true) Instant expiresAt,
        Instant revokedAt,
        @Schema(required = true) Instant createdAt,
        Instant lastUsedAt,
        @Schema(required = true, description = "Who created it (a token never exceeds its creator's role)") String createdByName,
        @Schema(required = true, description = "Usable now: not revoked, not expired, creator not disabled") boolean active) {
}
