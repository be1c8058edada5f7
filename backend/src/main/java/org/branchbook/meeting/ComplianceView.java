package org.branchbook.meeting;

import java.util.List;
import org.branchbook.organization.OrgRef;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** 三会一课 compliance of one organization for a year. */
@Schema(name = "MeetingCompliance", description = "Each requirement that applies (no 支委会 without a committee of 3 or more, "
        + "no 党小组会 without 党小组) in each of its periods of the year: required, held (once held), status")
public record ComplianceView(
        @Schema(required = true) OrgRef organization,
        @Schema(required = true) int year,
        @Schema(required = true) boolean hasCommittee,
        @Schema(required = true) int groups,
        @Schema(required = true) List<Item> items,
        @Schema(required = true) int met,
        @Schema(required = true) int missing,
        @Schema(required = true) int open) {

    @Schema(name = "MeetingComplianceItem")
    public record Item(@Schema(required = true) Requirement requirement, @Schema(required = true) String period,
            @Schema(required = true) Period.Kind periodKind, @Schema(required = true) int required,
            @Schema(required = true) int held, @Schema(required = true) MeetingRules.Status status) {}
}
