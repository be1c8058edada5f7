package org.branchbook.organization;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One entry of an organization's history. */
@Schema(name = "OrganizationEvent", description = "One entry of an organization's history (沿革).")
public record OrganizationEventView(
        @Schema(required = true) UUID id,
        @Schema(required = true) OrgEventKind kind,
        @Schema(required = true, description = "生效日期") LocalDate effectiveOn,
        @Schema(description = "文号") String documentNumber,
        String reason,
        @Schema(description = "MOVED: the previous parent") OrgRef fromParent,
        @Schema(description = "MOVED: the new parent") OrgRef toParent,
        @Schema(description = "TYPE_CHANGED: the previous type") OrgType fromType,
        @Schema(description = "TYPE_CHANGED: the new type") OrgType toType,
        @Schema(required = true) Instant recordedAt) {
}
