package org.branchbook.member;

import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The lifecycle of a member as a state machine: each action names the statuses it may start from.
 * (Entering the roster is not an action: it opens the first membership period.)
 */
@Schema(name = "MemberEventKind", description = "CONFIRMED 转正, PROBATION_EXTENDED 延长预备期, "
        + "PROBATION_CANCELLED 取消预备资格, LEFT 出党, DIED 去世, RESTORED 恢复党籍")
public enum MemberAction {
    /** 转正. */
    CONFIRMED("转正", Set.of(MemberStatus.PROBATIONARY)),
    /** 延长预备期 (once, by at most a year). */
    PROBATION_EXTENDED("延长预备期", Set.of(MemberStatus.PROBATIONARY)),
    /** 取消预备资格. */
    PROBATION_CANCELLED("取消预备资格", Set.of(MemberStatus.PROBATIONARY)),
    /** 出党: 自行脱党, 除名 or 开除. */
    LEFT("出党", Set.of(MemberStatus.PROBATIONARY, MemberStatus.FULL)),
    /** 死亡. */
    DIED("去世", Set.of(MemberStatus.PROBATIONARY, MemberStatus.FULL)),
    /** 恢复党籍 (e.g. a 除名 or 开除 revoked on appeal). */
    RESTORED("恢复党籍", Set.of(MemberStatus.LEFT));

    private final String label;
    private final Set<MemberStatus> from;

    MemberAction(String label, Set<MemberStatus> from) {
        this.label = label;
        this.from = from;
    }

    public String label() {
        return label;
    }

    public boolean allowedFrom(MemberStatus status) {
        return from.contains(status);
    }

    public Set<MemberStatus> from() {
        return from;
    }
}
