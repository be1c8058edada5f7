package org.branchbook.access;

import java.time.Instant;
import java.util.UUID;
import org.branchbook.organization.OrgRef;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The signed-in account, as the SPA needs it. */
@Schema(name = "Session", description = "The signed-in account. Send csrfToken as X-CSRF-Token on every write made with the session cookie.")
public record SessionView(
        @Schema(required = true) UUID accountId,
        @Schema(required = true) String username,
        @Schema(required = true) String displayName,
        @Schema(required = true) Role role,
        @Schema(required = true, description = "The organization whose subtree this account sees") OrgRef organization,
        @Schema(required = true, description = "May read full 身份证号 and phone numbers") boolean canRevealSensitive,
        @Schema(required = true, description = "Send as the X-CSRF-Token header on writes") String csrfToken,
        @Schema(required = true, description = "Absolute expiry; idle sessions end earlier") Instant expiresAt) {
}
