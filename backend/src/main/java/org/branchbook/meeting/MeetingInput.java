package org.branchbook.meeting;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A meeting as planned or as held. */
@Schema(name = "MeetingInput", description = "A planned (PLANNED) or held (HELD) meeting. Without `attendees` the expected "
        + "attendees are the organization's members on that day (the 支委 for a 支委会, the group for a 党小组会). A held "
        + "meeting that votes must have its quorum (422). Minutes and resolutions are plain text.")
public record MeetingInput(
        @NotNull(message = "不能为空") @Schema(required = true) UUID organizationId,
        @Schema(description = "The 党小组 of a 党小组会") UUID groupId,
        @NotEmpty(message = "至少选择一种类型") @Size(max = 8, message = "最多8种") @Schema(required = true) Set<MeetingType> types,
        @NotNull(message = "不能为空") @Schema(required = true, description = "PLANNED or HELD") Meeting.State state,
        @NotNull(message = "不能为空") @Schema(required = true, examples = "2026-11-10T09:00:00+08:00") OffsetDateTime startsAt,
        OffsetDateTime endsAt,
        @Size(max = 200, message = "最多200个字符") String place,
        @NotBlank(message = "不能为空") @Size(max = 200, message = "最多200个字符") @Schema(required = true, examples = "学习党的二十届四中全会精神") String topic,
        @Size(max = 50, message = "最多50个字符") @Schema(description = "主持人") String host,
        @Size(max = 50, message = "最多50个字符") @Schema(description = "记录人") String recorder,
        @Size(max = 50, message = "最多50个字符") @Schema(description = "党课 lecturer") String lecturer,
        @Schema(description = "The lecture was given by the branch secretary (counts for 书记讲党课)") Boolean secretaryLectured,
        @Schema(description = "Default NONE") MeetingRules.Vote vote,
        @Size(max = 100000, message = "最多100000个字符") String minutes,
        @Size(max = 20000, message = "最多20000个字符") String resolutions,
        @Valid @Size(max = 500, message = "最多500人") List<AttendeeInput> attendees) {
}
