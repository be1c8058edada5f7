package org.branchbook.transfer;

import static org.branchbook.transfer.TransferParty.APPROVER;
import static org.branchbook.transfer.TransferParty.RECEIVER;
import static org.branchbook.transfer.TransferParty.SOURCE;
import static org.branchbook.transfer.TransferScope.INCOMING;
import static org.branchbook.transfer.TransferScope.INTERNAL;
import static org.branchbook.transfer.TransferScope.OUTGOING;
import static org.branchbook.transfer.TransferState.COMPLETED;
import static org.branchbook.transfer.TransferState.ISSUED;
import static org.branchbook.transfer.TransferState.REQUESTED;
import static org.branchbook.transfer.TransferState.RETURNED;
import static org.branchbook.transfer.TransferState.WITHDRAWN;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The transfer workflow as a state machine: every move names, per scope, the state it starts from,
 * the side that takes it and the state it leads to. Nothing else decides whether a step is allowed.
 * (seed 004 第九条: 支部申请 → 党委审批 → 转入单位党组织核对并编入支部; any step may return; the
 * requester may withdraw before acceptance.)
 */
@Schema(name = "TransferMove", description = "REQUEST 申请 (REGISTER for an incoming letter); APPROVE 审批通过并开具介绍信; "
        + "ACCEPT 接收并编入支部; CONFIRM_RECEIPT 回执已收到 (OUTGOING); RETURN 退回; WITHDRAW 撤回; REISSUE 重开介绍信")
public enum TransferMove {
    /** 申请 (INTERNAL, OUTGOING by the source branch) or 登记转入 (INCOMING by the receiver): creates the transfer. */
    REQUEST("申请", rule(SOURCE, null, REQUESTED, INTERNAL, OUTGOING), rule(RECEIVER, null, ISSUED, INCOMING)),
    /** 审批通过: the approving committee issues the 介绍信; an outgoing member leaves the roster. */
    APPROVE("审批通过", rule(APPROVER, REQUESTED, ISSUED, INTERNAL, OUTGOING)),
    /** 接收: the receiver checks the letter and places the member in a branch. */
    ACCEPT("接收", rule(RECEIVER, ISSUED, COMPLETED, INTERNAL, INCOMING)),
    /** 回执已收到: the receipt of an outgoing letter came back. */
    CONFIRM_RECEIPT("回执已收到", rule(SOURCE, ISSUED, COMPLETED, OUTGOING)),
    /** 退回: the side whose turn it is sends it back (for OUTGOING, the letter came back unaccepted). */
    RETURN("退回", rule(APPROVER, REQUESTED, RETURNED, INTERNAL, OUTGOING),
            rule(RECEIVER, ISSUED, RETURNED, INTERNAL, INCOMING), rule(SOURCE, ISSUED, RETURNED, OUTGOING)),
    /** 撤回: the requester takes it back before acceptance (INCOMING: the receiver who registered it). */
    WITHDRAW("撤回", rule(SOURCE, REQUESTED, WITHDRAWN, INTERNAL, OUTGOING), rule(SOURCE, ISSUED, WITHDRAWN, INTERNAL, OUTGOING),
            rule(RECEIVER, ISSUED, WITHDRAWN, INCOMING)),
    /** 重开介绍信: a new letter (e.g. after the old one expired); the old one is kept as superseded. */
    REISSUE("重开介绍信", rule(APPROVER, ISSUED, ISSUED, INTERNAL, OUTGOING), rule(RECEIVER, ISSUED, ISSUED, INCOMING));

    /** One allowed way to take a move. {@code from} is null for {@link #REQUEST} (no transfer yet). */
    public record Rule(TransferParty party, TransferState from, TransferState to, Set<TransferScope> scopes) {}

    private final String label;
    private final List<Rule> rules;

    TransferMove(String label, Rule... rules) {
        this.label = label;
        this.rules = List.of(rules);
    }

    private static Rule rule(TransferParty party, TransferState from, TransferState to, TransferScope... scopes) {
        return new Rule(party, from, to, EnumSet.copyOf(Arrays.asList(scopes)));
    }

    public String label() {
        return label;
    }

    /** How this move goes for a transfer of {@code scope} in state {@code from}, or null when it is not allowed. */
    public Rule rule(TransferScope scope, TransferState from) {
        for (Rule r : rules) {
            if (r.from() == from && r.scopes().contains(scope)) {
                return r;
            }
        }
        return null;
    }

    /** The side whose turn it is: the one that can take the forward move (approve, accept, confirm receipt); null when closed. */
    public static TransferParty waitingFor(TransferScope scope, TransferState state) {
        for (TransferMove m : List.of(APPROVE, ACCEPT, CONFIRM_RECEIPT)) {
            Rule r = m.rule(scope, state);
            if (r != null) {
                return r.party();
            }
        }
        return null;
    }

    /** The moves a transfer of {@code scope} in {@code state} allows now (REQUEST never: it creates). */
    public static List<TransferMove> available(TransferScope scope, TransferState state) {
        return Arrays.stream(values()).filter(m -> m != REQUEST && m.rule(scope, state) != null).toList();
    }
}
