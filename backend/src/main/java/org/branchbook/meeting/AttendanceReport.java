package org.branchbook.meeting;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.branchbook.member.Registration;
import org.branchbook.organization.OrgRef;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Attendance of the members of a subtree over a period, with the flags. */
@Schema(name = "MeetingAttendanceReport", description = "Per member on the roster: held meetings they were expected at and "
        + "how they attended. belowThreshold: under 80% (registered) or 50% (在职党员到社区报到); inactive: no organizational "
        + "life in the last 6 months; duesFlagged: also 6 months of dues unpaid (both: review for 自行脱党).")
public record AttendanceReport(
        @Schema(required = true) LocalDate from,
        @Schema(required = true) LocalDate to,
        @Schema(required = true) List<Row> members,
        @Schema(required = true, description = "Per organization where members are placed: expected and present summed") List<OrgRow> organizations) {

    @Schema(name = "MeetingAttendanceOrgRow")
    public record OrgRow(@Schema(required = true) OrgRef organization, @Schema(required = true) int expected,
            @Schema(required = true) int present, Double rate) {}

    @Schema(name = "MeetingAttendanceRow")
    public record Row(@Schema(required = true) UUID memberId, @Schema(required = true) String name,
            @Schema(required = true) Registration registration, @Schema(required = true) OrgRef organization,
            @Schema(required = true) int expected, @Schema(required = true) int present,
            @Schema(required = true) int leave, @Schema(required = true) int absent, Double rate,
            @Schema(required = true) boolean belowThreshold, @Schema(required = true) boolean inactive,
            @Schema(required = true) boolean duesFlagged) {}
}
