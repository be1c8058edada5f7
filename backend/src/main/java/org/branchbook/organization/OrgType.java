package org.branchbook.organization;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.Set;

/**
 * 组织类型: the structural kinds of Party organization and which may sit under which.
 * The social kind (社区, 两新组织, 流动党员, 网格…) is {@link OrgCategory}, orthogonal to this.
 */
@Schema(name = "OrgType", description = "组织类型")
public enum OrgType {
    /** 街道党工委: the root of a street's tree. */
    STREET_WORKING_COMMITTEE("街道党工委"),
    /** 党委 (社区党委, 两新组织党委, 流动党员党委…). */
    PARTY_COMMITTEE("党委"),
    /** 党总支. */
    GENERAL_BRANCH("党总支"),
    /** 党支部. */
    BRANCH("党支部"),
    /** 联合党支部: several units, each with fewer than 3 full members. */
    JOINT_BRANCH("联合党支部"),
    /** 党小组, inside a branch. */
    PARTY_GROUP("党小组");

    private final String label;

    OrgType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The types an organization of this type may sit under; empty for a root. */
    public Set<OrgType> allowedParents() {
        return switch (this) {
            case STREET_WORKING_COMMITTEE -> Set.of();
            case PARTY_COMMITTEE, GENERAL_BRANCH -> Set.of(STREET_WORKING_COMMITTEE, PARTY_COMMITTEE);
            case BRANCH, JOINT_BRANCH -> Set.of(STREET_WORKING_COMMITTEE, PARTY_COMMITTEE, GENERAL_BRANCH);
            case PARTY_GROUP -> Set.of(BRANCH, JOINT_BRANCH);
        };
    }

    public boolean isRoot() {
        return this == STREET_WORKING_COMMITTEE;
    }

    public boolean mayBeUnder(OrgType parent) {
        return allowedParents().contains(parent);
    }

    /** A 党支部 of either kind: the level where members are registered. */
    public boolean isBranch() {
        return this == BRANCH || this == JOINT_BRANCH;
    }
}
