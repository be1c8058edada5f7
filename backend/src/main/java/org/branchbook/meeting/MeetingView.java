package org.branchbook.meeting;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.branchbook.organization.OrgRef;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A meeting with its record, attendance, quorum and attachments. */
@Schema(name = "MeetingView", description = "A meeting. `counts`: the requirements it counts for once held; `quorum.needed` "
        + "is null when none is needed. Free text (minutes, resolutions) is returned exactly as stored: render it as text.")
public record MeetingView(
        @Schema(required = true) UUID id,
        @Schema(required = true) OrgRef organization,
        OrgRef group,
        @Schema(required = true) Set<MeetingType> types,
        @Schema(required = true) Meeting.State state,
        @Schema(required = true) Instant startsAt,
        Instant endsAt,
        String place,
        @Schema(required = true) String topic,
        String host,
        String recorder,
        String lecturer,
        @Schema(required = true) boolean secretaryLectured,
        @Schema(required = true) MeetingRules.Vote vote,
        String minutes,
        String resolutions,
        String cancelReason,
        @Schema(required = true) List<Attendee> attendees,
        @Schema(required = true) Attendance attendance,
        @Schema(required = true) Quorum quorum,
        @Schema(required = true) Set<Requirement> counts,
        @Schema(required = true) List<Attachment> attachments,
        @Schema(required = true) long version,
        @Schema(required = true) Instant createdAt,
        @Schema(required = true) String createdBy,
        @Schema(required = true) Instant updatedAt) {

    @Schema(name = "MeetingAttendee")
    public record Attendee(UUID memberId, @Schema(required = true) String name, @Schema(required = true) boolean invited,
            @Schema(required = true) boolean voting, @Schema(required = true) boolean committee,
            @Schema(required = true) AttendanceStatus status, String reason) {}

    @Schema(name = "MeetingAttendance", description = "Counts of the members expected (invited guests not counted); rate = present / expected")
    public record Attendance(@Schema(required = true) int expected, @Schema(required = true) int present,
            @Schema(required = true) int leave, @Schema(required = true) int absent, Double rate) {}

    @Schema(name = "MeetingQuorum")
    public record Quorum(String needed, @Schema(required = true) int present, @Schema(required = true) int eligible,
            @Schema(required = true) boolean met) {}

    @Schema(name = "MeetingAttachment")
    public record Attachment(@Schema(required = true) UUID id, @Schema(required = true) String fileName,
            @Schema(required = true) String contentType, @Schema(required = true) long sizeBytes,
            @Schema(required = true) Instant createdAt) {}
}
