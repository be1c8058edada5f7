package org.branchbook.organization;

import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One seat of a term. */
@Schema(name = "LeadershipSeat", description = "One person in one position of a term.")
public record LeadershipSeatView(
        @Schema(required = true) Position position,
        @Schema(required = true) String personName,
        @Schema(description = "The member, once the member roster links it") UUID memberId) {
}
