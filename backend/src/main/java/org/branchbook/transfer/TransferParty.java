package org.branchbook.transfer;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Who takes a step: the caller must write for this side's organization (or an organization above it). */
@Schema(name = "TransferParty", description = "SOURCE 转出支部 (the requester); APPROVER 审批党委; RECEIVER 接收党组织")
public enum TransferParty {
    /** 转出支部: requests, withdraws, records the 回执 of an outgoing letter. */
    SOURCE("转出党组织"),
    /** The source branch's nearest approving committee: approves, returns, reissues. */
    APPROVER("审批党委"),
    /** 接收党组织: accepts and assigns a branch, or returns. */
    RECEIVER("接收党组织");

    private final String label;

    TransferParty(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
