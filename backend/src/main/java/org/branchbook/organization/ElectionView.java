package org.branchbook.organization;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Where the current term stands. */
@Schema(name = "Election", description = "换届: when the next election is due and how close it is.")
public record ElectionView(
        @Schema(required = true) ElectionPolicy.Status status,
        @Schema(description = "Due date (the current term's end)") LocalDate dueOn,
        @Schema(description = "Days from today (Asia/Shanghai) to the due date; negative when overdue") Long daysLeft) {
}
