package org.branchbook.member;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.branchbook.organization.OrgRef;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A member's history: the branches they belonged to, and the lifecycle actions taken. */
@Schema(name = "MemberHistory", description = "Membership periods (newest first) and lifecycle events (newest first).")
public record MemberHistory(
        @Schema(required = true) List<Period> memberships,
        @Schema(required = true) List<Event> events) {

    /** One period in a branch. */
    @Schema(name = "MembershipPeriod", description = "A period in a branch; toOn absent while current. The organization is "
            + "absent when it lies outside the caller's subtree.")
    public record Period(
            OrgRef organization,
            OrgRef group,
            @Schema(required = true) LocalDate fromOn,
            LocalDate toOn,
            @Schema(required = true) String reason) {}

    /** One lifecycle action. */
    @Schema(name = "MemberEvent", description = "A lifecycle action taken on the member.")
    public record Event(
            @Schema(required = true) UUID id,
            @Schema(required = true) MemberAction kind,
            @Schema(required = true) LocalDate effectiveOn,
            MemberStatus fromStatus,
            MemberStatus toStatus,
            LeaveKind leftKind,
            Integer months,
            String documentNumber,
            String reason,
            @Schema(required = true) Instant recordedAt,
            String recordedBy) {}
}
