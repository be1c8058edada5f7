package org.branchbook.transfer;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Where the two ends of a transfer are: both in this street, or one of them elsewhere. */
@Schema(name = "TransferScope", description = "INTERNAL 街道内转接 (both ends in this street); OUTGOING 转出 (to an "
        + "organization elsewhere, named as text); INCOMING 转入 (from elsewhere: the member is registered on acceptance)")
public enum TransferScope {
    /** 街道内转接. */
    INTERNAL("街道内转接"),
    /** 转出到系统外. */
    OUTGOING("转出"),
    /** 从系统外转入. */
    INCOMING("转入");

    private final String label;

    TransferScope(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
