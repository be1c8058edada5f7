package org.branchbook.audit;

import com.fasterxml.jackson.databind.JsonNode;
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
        @Schema(description = "{field: {before, after}}", type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.OBJECT) JsonNode changes,
        String requestId) {
}
