package org.branchbook.organization;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Members registered in an organization's subtree (active organizations only). */
@Schema(name = "MemberCounts", description = "Members registered in the organization and everything below it.")
public record MemberCounts(
        @Schema(required = true, description = "正式党员") int full,
        @Schema(required = true, description = "预备党员") int probationary,
        @Schema(required = true, description = "full + probationary") int total) {

    public static final MemberCounts NONE = new MemberCounts(0, 0);

    public MemberCounts(int full, int probationary) {
        this(full, probationary, full + probationary);
    }
}
