package org.branchbook.audit;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One audit event. */
@Schema(name = "AuditEvent", description = "One write, sign-in or reveal: who, when, what, and the fields before and after.")
public record AuditEventView(
        @Schema(required = true) long id,
        @Schema(required = true) Instant at,
        @Schema(required = true, description = "ACCOUNT, TOKEN, ANONYMOUS or SYSTEM") String actorType,
        UUID actorId,
        String actorName,
        @Schema(required = true, examples = "organization.update") String action,
        String objectType,
        UUID objectId,
        @Schema(description = "The changed fields: {field: {before, after}}") java.util.Map<String, AuditChange> changes,
        String requestId) {
}
