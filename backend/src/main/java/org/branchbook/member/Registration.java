package org.branchbook.member;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Whether the member's 组织关系 is here (在册) or they only report to the community (在职党员到社区报到). */
@Schema(name = "Registration", description = "REGISTERED 在册党员; REPORTING 在职党员到社区报到 (not counted as registered)")
public enum Registration {
    /** 在册: counted in the organization's numbers. */
    REGISTERED("在册党员"),
    /** 在职党员到社区报到: their 组织关系 is with their employer; not counted here. */
    REPORTING("在职党员到社区报到");

    private final String label;

    Registration(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
