package org.branchbook.organization;

import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A short reference to an organization, for links and breadcrumbs. */
@Schema(name = "OrgRef", description = "A short reference to an organization.")
public record OrgRef(
        @Schema(required = true) UUID id,
        @Schema(required = true, examples = "GL-0101") String code,
        @Schema(required = true, examples = "幸福里社区党委") String name,
        @Schema(required = true) OrgType type) {

    public static OrgRef of(Organization o) {
        return new OrgRef(o.id, o.code, o.name, o.type);
    }
}
