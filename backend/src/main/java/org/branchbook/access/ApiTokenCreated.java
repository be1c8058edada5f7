package org.branchbook.access;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A new token with its secret, shown this once. */
@Schema(name = "ApiTokenCreated", description = "The new token and its secret. The secret is shown only in this response: store it now.")
public record ApiTokenCreated(
        @Schema(required = true) ApiTokenView token,
        @Schema(required = true, description = "Send as `Authorization: Bearer <secret>`") String secret) {
}
