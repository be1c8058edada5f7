package org.branchbook.meeting;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One expected attendee and how they attended. */
@Schema(name = "MeetingAttendeeInput", description = "A member (memberId) or an invited non-member (invited=true and name). "
        + "voting: has voting rights (default: a full member registered here); committee: a 支委 (for a 支委会's quorum). "
        + "LEAVE and ABSENT need a reason once the meeting is held.")
public record AttendeeInput(
        UUID memberId,
        @Size(max = 50, message = "最多50个字符") String name,
        Boolean invited,
        Boolean voting,
        Boolean committee,
        @NotNull(message = "不能为空") @Schema(required = true) AttendanceStatus status,
        @Size(max = 200, message = "最多200个字符") String reason) {
}
