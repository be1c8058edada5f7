package org.branchbook.transfer;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What is late about a transfer, or about a member who should have one. */
@Schema(name = "OverdueKind", description = "APPROVAL_OVERDUE 审批超期; LETTER_EXPIRED 介绍信已过期未接收; "
        + "RECEIPT_MISSING 回执超期未收到 (OUTGOING); AWAY_WITHOUT_TRANSFER 外出（流出）满6个月未转接组织关系")
public enum OverdueKind {
    /** A request waiting for approval longer than transfers.approval.overdue-days. */
    APPROVAL_OVERDUE("审批超期"),
    /** An issued letter past its last valid day and not accepted. */
    LETTER_EXPIRED("介绍信已过期未接收"),
    /** An outgoing letter whose 回执 is past due. */
    RECEIPT_MISSING("回执超期未收到"),
    /** A 流出 member away from the branch for transfers.away-months or more, with no open transfer (domain.md). */
    AWAY_WITHOUT_TRANSFER("外出满6个月未转接");

    private final String label;

    OverdueKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
