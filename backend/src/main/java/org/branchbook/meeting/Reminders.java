package org.branchbook.meeting;

import java.util.List;
import org.branchbook.organization.OrgRef;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What each organization of a subtree still has to hold this period, and what it missed this year. */
@Schema(name = "MeetingReminders", description = "Per organization: due (the current period of a requirement, not yet met) "
        + "and overdue (periods of this year that ended unmet)")
public record Reminders(@Schema(required = true) List<Row> rows) {

    @Schema(name = "MeetingReminderRow")
    public record Row(@Schema(required = true) OrgRef organization, @Schema(required = true) List<ComplianceView.Item> due,
            @Schema(required = true) List<ComplianceView.Item> overdue) {}
}
