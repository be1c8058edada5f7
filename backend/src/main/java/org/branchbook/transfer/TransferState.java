package org.branchbook.transfer;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Where a transfer stands. REQUESTED and ISSUED are open; the others are final. */
@Schema(name = "TransferState", description = "REQUESTED 待审批; ISSUED 已开介绍信 (INTERNAL and INCOMING wait for the "
        + "receiver to accept, OUTGOING for the 回执); COMPLETED 已完成; RETURNED 已退回; WITHDRAWN 已撤回")
public enum TransferState {
    /** 待审批. */
    REQUESTED("待审批"),
    /** 已开介绍信: waiting for acceptance (or, outgoing, for the 回执). */
    ISSUED("已开介绍信"),
    /** 已完成. */
    COMPLETED("已完成"),
    /** 已退回. */
    RETURNED("已退回"),
    /** 已撤回. */
    WITHDRAWN("已撤回");

    private final String label;

    TransferState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Still running: the member may not start another transfer. */
    public boolean open() {
        return this == REQUESTED || this == ISSUED;
    }
}
