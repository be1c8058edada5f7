package org.branchbook.dues;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "DuesPaymentKind", description = "REGULAR 按月交纳 (covers months); VOLUNTARY 自愿多交 (≥ 1000 元 is "
        + "forwarded to the centre); REVERSAL 冲销 (cancels an earlier entry)")
public enum PaymentKind {
    /** 按月交纳. */
    REGULAR("党费"),
    /** 自愿多交党费. */
    VOLUNTARY("自愿多交"),
    /** 冲销. */
    REVERSAL("冲销");

    private final String label;

    PaymentKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
