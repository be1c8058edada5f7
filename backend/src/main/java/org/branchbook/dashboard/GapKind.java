package org.branchbook.dashboard;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What is wrong in an organization, as the street dashboard lists it. */
@Schema(name = "GapKind", description = "ORG_SHAPE 组织设置不规范 (code: the shape warning); LEADERSHIP 班子不健全 "
        + "(NO_LEADERSHIP, NO_SECRETARY); ELECTION_OVERDUE 换届超期; ELECTION_DUE 一个月内到期换届; MEETINGS_MISSED "
        + "上一周期三会一课未落实; MEMBERS_INACTIVE 党员连续6个月未参加组织生活; DUES_FLAGGED 党员连续6个月未交党费; DUES_ARREARS "
        + "党员欠缴党费3个月以上; PROBATION_OVERDUE 预备期满未讨论转正; TRANSFER_OVERDUE 组织关系转接超期 (code: the OverdueKind)")
public enum GapKind {
    ORG_SHAPE("组织设置不规范"),
    LEADERSHIP("班子不健全"),
    ELECTION_OVERDUE("换届超期"),
    ELECTION_DUE("一个月内到期换届"),
    MEETINGS_MISSED("三会一课未落实"),
    MEMBERS_INACTIVE("连续6个月未参加组织生活"),
    DUES_FLAGGED("连续6个月未交党费"),
    DUES_ARREARS("欠缴党费"),
    PROBATION_OVERDUE("预备期满未转正"),
    TRANSFER_OVERDUE("组织关系转接超期");

    private final String label;

    GapKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
