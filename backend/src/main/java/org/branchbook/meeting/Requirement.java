package org.branchbook.meeting;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the rules ask an organization to hold; meetings of some types count for them. */
@Schema(name = "MeetingRequirement", description = "GENERAL_MEETING 支部党员大会, COMMITTEE_MEETING 支委会 (only with a committee), "
        + "GROUP_MEETING 党小组会 (each 党小组), PARTY_LECTURE 党课, SECRETARY_LECTURE 书记讲党课, THEMED_PARTY_DAY 主题党日, "
        + "ORGANIZATIONAL_LIFE_MEETING 组织生活会, DEMOCRATIC_APPRAISAL 民主评议党员")
public enum Requirement {
    GENERAL_MEETING("支部党员大会"),
    COMMITTEE_MEETING("支委会"),
    GROUP_MEETING("党小组会"),
    PARTY_LECTURE("党课"),
    SECRETARY_LECTURE("书记讲党课"),
    THEMED_PARTY_DAY("主题党日"),
    ORGANIZATIONAL_LIFE_MEETING("组织生活会"),
    DEMOCRATIC_APPRAISAL("民主评议党员");

    private final String label;

    Requirement(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
