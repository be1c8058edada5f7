package org.branchbook.organization;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** 班子职务: a seat in an organization's leadership. */
@Schema(name = "Position", description = "班子职务")
public enum Position {
    /** 书记. */
    SECRETARY("书记"),
    /** 副书记. */
    DEPUTY_SECRETARY("副书记"),
    /** 组织委员. */
    ORGANIZATION_COMMITTEE_MEMBER("组织委员"),
    /** 宣传委员. */
    PUBLICITY_COMMITTEE_MEMBER("宣传委员"),
    /** 纪检委员. */
    DISCIPLINE_COMMITTEE_MEMBER("纪检委员"),
    /** 青年委员. */
    YOUTH_COMMITTEE_MEMBER("青年委员"),
    /** 统战委员. */
    UNITED_FRONT_COMMITTEE_MEMBER("统战委员"),
    /** 委员 (no portfolio). */
    COMMITTEE_MEMBER("委员");

    private final String label;

    Position(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
