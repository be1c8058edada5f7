package org.branchbook.organization;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** 组织类别: where an organization stands socially, independent of its structural {@link OrgType}. */
@Schema(name = "OrgCategory", description = "组织类别")
public enum OrgCategory {
    /** 街道 (the street committee and its organs). */
    STREET("街道"),
    /** 社区. */
    COMMUNITY("社区"),
    /** 机关、事业单位. */
    INSTITUTION("机关事业单位"),
    /** 非公有制经济组织 (两新组织). */
    NON_PUBLIC("非公有制经济组织"),
    /** 社会组织 (两新组织). */
    SOCIAL_ORGANIZATION("社会组织"),
    /** 流动党员党组织. */
    MOBILE_MEMBERS("流动党员"),
    /** 网格党组织. */
    GRID("网格"),
    /** 其他. */
    OTHER("其他");

    private final String label;

    OrgCategory(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
