package org.branchbook.dues;

import java.util.UUID;
import org.branchbook.member.MemberStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A member as the dues books name them. */
@Schema(name = "DuesMemberRef", description = "A member: id, name and status")
public record MemberRef(@Schema(required = true) UUID id, @Schema(required = true) String name,
        @Schema(required = true) MemberStatus status) {
}
