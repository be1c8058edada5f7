package org.branchbook.transfer;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.branchbook.member.IdNumber;
import org.branchbook.member.MemberStatus;
import org.branchbook.organization.OrgRef;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A transfer as its two sides see it: the member, both ends, the current letter, the timeline and what is late. */
@Schema(name = "TransferView", description = "A transfer. `actions` are the moves the caller may take now; "
        + "`overdue` what is late today; `letters` every letter, newest first (superseded ones have supersededOn).")
public record TransferView(
        @Schema(required = true) UUID id,
        @Schema(required = true) TransferScope scope,
        @Schema(required = true) TransferState state,
        @Schema(description = "Whose turn it is (null once closed)") TransferParty waitingFor,
        @Schema(required = true) Member member,
        @Schema(required = true) End from,
        @Schema(description = "The approving committee (INTERNAL, OUTGOING)") OrgRef approver,
        @Schema(required = true) End to,
        @Schema(required = true) boolean inCity,
        @Schema(description = "Where the receiver placed the member") OrgRef assignedBranch,
        OrgRef assignedGroup,
        @Schema(required = true) String reason,
        @Schema(required = true, description = "党费交至 (YYYY-MM)", examples = "2026-10") String duesPaidTo,
        @Schema(required = true) LocalDate requestedOn,
        LocalDate completedOn,
        @Schema(description = "The current letter (none before approval)") LetterView letter,
        @Schema(required = true) List<LetterView> letters,
        @Schema(required = true) List<Step> steps,
        @Schema(required = true) List<OverdueKind> overdue,
        @Schema(required = true) List<TransferMove> actions,
        @Schema(required = true) long version,
        @Schema(required = true) Instant createdAt,
        @Schema(required = true) String createdBy,
        @Schema(required = true) Instant updatedAt) {

    /** The member being transferred; the 身份证号 is masked. */
    @Schema(name = "TransferMember", description = "The member as they are now (id is null for an incoming transfer not "
            + "yet accepted: then as the letter describes them). "
            + "recentlyAdmitted: 入党 within 3 months before the request, for the receiver to check.")
    public record Member(
            UUID id,
            @Schema(required = true) String name,
            IdNumber.Gender gender,
            @Schema(description = "Masked, e.g. 110105********002X") String idNumber,
            @Schema(required = true) MemberStatus status,
            @Schema(required = true) LocalDate joinedOn,
            LocalDate probationEndsOn,
            @Schema(required = true) boolean recentlyAdmitted) {}

    /** One end: an organization here, or one elsewhere named as text. */
    @Schema(name = "TransferEnd", description = "An organization in this system (organization), or elsewhere (name and region)")
    public record End(OrgRef organization, @Schema(required = true) String name, String region) {}

    /** One step of the timeline. */
    @Schema(name = "TransferStepView", description = "A step of the timeline")
    public record Step(
            @Schema(required = true) TransferMove move,
            TransferState fromState,
            @Schema(required = true) TransferState toState,
            String note,
            @Schema(required = true) Instant at,
            @Schema(required = true) String by) {}
}
