package org.branchbook.member;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** 党员状态. Only PROBATIONARY and FULL are members today; the others are where a lifecycle action ended. */
@Schema(name = "MemberStatus", description = "PROBATIONARY 预备党员, FULL 正式党员, DISQUALIFIED 已取消预备资格, LEFT 已出党, DECEASED 已去世, TRANSFERRED_OUT 已转出 (组织关系转出到系统外)")
public enum MemberStatus {
    /** 预备党员. */
    PROBATIONARY("预备党员"),
    /** 正式党员. */
    FULL("正式党员"),
    /** 取消预备资格. */
    DISQUALIFIED("已取消预备资格"),
    /** 出党 (自行脱党, 除名, 开除). */
    LEFT("已出党"),
    /** 死亡. */
    DECEASED("已去世"),
    /** 组织关系已转出 to an organization outside the system (an OUTGOING transfer's letter was issued). */
    TRANSFERRED_OUT("已转出");

    private final String label;

    MemberStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** A member today: counted, listed by default, and the only ones lifecycle actions other than 恢复党籍 apply to. */
    public boolean active() {
        return this == PROBATIONARY || this == FULL;
    }
}
