package org.branchbook.organization;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.branchbook.common.BookDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A leadership term: its dates and the people in it. */
@Schema(name = "LeadershipTermInput", description = "A leadership term (一届班子). Without endsOn the term length comes from configuration (community bodies 5 years, others 3).")
public record LeadershipTermInput(
        @BookDate @NotNull(message = "不能为空") @Schema(required = true, description = "任期开始 (选举日期)") LocalDate startsOn,
        @BookDate @Schema(description = "届满日期; defaults to startsOn + the configured term length") LocalDate endsOn,
        @Size(max = 100, message = "最多100个字符") @Schema(description = "批复文号") String documentNumber,
        @Size(max = 2000, message = "最多2000个字符") String note,
        @NotNull(message = "不能为空") @Size(max = 30, message = "最多30人") @Schema(required = true)
        List<@Valid @NotNull(message = "不能为空") LeadershipSeatInput> seats) {
}
