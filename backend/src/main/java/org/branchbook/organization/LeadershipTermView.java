package org.branchbook.organization;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One leadership term as the API shows it. */
@Schema(name = "LeadershipTerm", description = "A leadership term (一届班子). Its ETag is `\"<version>\"`.")
public record LeadershipTermView(
        @Schema(required = true) UUID id,
        @Schema(required = true) LocalDate startsOn,
        @Schema(required = true, description = "届满日期") LocalDate endsOn,
        @Schema(description = "When the next term replaced it; absent for the current term") LocalDate closedOn,
        String documentNumber,
        String note,
        @Schema(required = true) List<LeadershipSeatView> seats,
        @Schema(required = true) long version) {
}
