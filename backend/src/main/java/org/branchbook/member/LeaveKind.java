package org.branchbook.member;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** 出党方式. */
@Schema(name = "LeaveKind", description = "LAPSED 自行脱党, STRUCK_OFF 除名, EXPELLED 开除党籍")
public enum LeaveKind {
    /** 自行脱党. */
    LAPSED("自行脱党"),
    /** 除名. */
    STRUCK_OFF("除名"),
    /** 开除党籍. */
    EXPELLED("开除党籍");

    private final String label;

    LeaveKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
