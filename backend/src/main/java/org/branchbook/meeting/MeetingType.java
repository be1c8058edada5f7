package org.branchbook.meeting;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** 三会一课 and the other kinds of organizational life a record may be (one meeting may be several). */
@Schema(name = "MeetingType", description = "BRANCH_GENERAL_MEETING 支部党员大会, BRANCH_COMMITTEE_MEETING 支委会, "
        + "PARTY_GROUP_MEETING 党小组会, PARTY_LECTURE 党课, THEMED_PARTY_DAY 主题党日, ORGANIZATIONAL_LIFE_MEETING 组织生活会, "
        + "DEMOCRATIC_APPRAISAL 民主评议党员, OTHER 其他")
public enum MeetingType {
    BRANCH_GENERAL_MEETING("支部党员大会"),
    BRANCH_COMMITTEE_MEETING("支委会"),
    PARTY_GROUP_MEETING("党小组会"),
    PARTY_LECTURE("党课"),
    THEMED_PARTY_DAY("主题党日"),
    ORGANIZATIONAL_LIFE_MEETING("组织生活会"),
    DEMOCRATIC_APPRAISAL("民主评议党员"),
    OTHER("其他");

    private final String label;

    MeetingType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
