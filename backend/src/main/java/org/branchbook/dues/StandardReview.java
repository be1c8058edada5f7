package org.branchbook.dues;

import java.util.List;
import org.branchbook.organization.OrgRef;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The standards of a year for review: every member of the subtree, with what applies in the year or nothing yet. */
@Schema(name = "DuesStandardReview", description = "A page of members (by name) with the standards that apply in the year: "
        + "the one in force in January and any that start later. `missing`: no standard yet (set the base).")
public record StandardReview(
        @Schema(required = true) int year,
        @Schema(required = true) List<Row> items,
        String nextCursor) {

    @Schema(name = "DuesStandardReviewRow")
    public record Row(
            @Schema(required = true) MemberRef member,
            @Schema(required = true) OrgRef organization,
            @Schema(required = true) List<StandardView> standards,
            @Schema(required = true) boolean missing) {}
}
