package org.branchbook.member;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of members. */
@Schema(name = "MemberPage", description = "A page of members; pass nextCursor back as cursor for the next.")
public record MemberPage(
        @Schema(required = true) List<MemberView> items,
        @Schema(description = "Absent on the last page") String nextCursor) {
}
