package org.branchbook.transfer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.branchbook.organization.OrgType;

/**
 * The transfer rules that are not moves: who approves, which members the receiver should check, and
 * what is overdue. Lists filter with the cut-off dates computed here, so SQL and views agree.
 */
public record TransferRules(Set<OrgType> approverTypes, int approvalOverdueDays, int awayMonths,
        int recentAdmissionMonths) {

    public TransferRules {
        approverTypes = Set.copyOf(approverTypes);
        if (approverTypes.isEmpty() || approvalOverdueDays < 0 || awayMonths < 1 || recentAdmissionMonths < 0) {
            throw new IllegalArgumentException("transfers: approver types needed, overdue days and months ≥ 0");
        }
    }

    /** The index of the approving committee among a branch's ancestors (nearest first), or -1 when none may. */
    public int approverIndex(List<OrgType> ancestorsNearestFirst) {
        for (int i = 0; i < ancestorsNearestFirst.size(); i++) {
            if (approverTypes.contains(ancestorsNearestFirst.get(i))) {
                return i;
            }
        }
        return -1;
    }

    /** 入党 within the set months before the request: the receiver is asked to check the admission. */
    public boolean recentlyAdmitted(LocalDate joinedOn, LocalDate requestedOn) {
        return !joinedOn.isBefore(requestedOn.minusMonths(recentAdmissionMonths)) && !joinedOn.isAfter(requestedOn);
    }

    /** Requests made before this day and still waiting for approval are overdue. */
    public LocalDate approvalOverdueBefore(LocalDate today) {
        return today.minusDays(approvalOverdueDays);
    }

    /** 流出 members away since this day or earlier should have transferred. */
    public LocalDate awaySinceOnOrBefore(LocalDate today) {
        return today.minusMonths(awayMonths);
    }

    /** What is overdue about one transfer today. */
    public List<OverdueKind> overdue(TransferScope scope, TransferState state, LocalDate requestedOn,
            LocalDate lastValidOn, LocalDate receiptDueOn, LocalDate today) {
        List<OverdueKind> out = new ArrayList<>(1);
        if (state == TransferState.REQUESTED && requestedOn.isBefore(approvalOverdueBefore(today))) {
            out.add(OverdueKind.APPROVAL_OVERDUE);
        }
        if (state == TransferState.ISSUED && scope != TransferScope.OUTGOING && lastValidOn != null
                && !LetterPolicy.validOn(lastValidOn, today)) {
            out.add(OverdueKind.LETTER_EXPIRED);
        }
        if (state == TransferState.ISSUED && scope == TransferScope.OUTGOING && receiptDueOn != null
                && today.isAfter(receiptDueOn)) {
            out.add(OverdueKind.RECEIPT_MISSING);
        }
        return out;
    }

    /** Whether a member away (流出) since {@code since} has been away long enough to have to transfer. */
    public boolean awayTooLong(LocalDate since, LocalDate today) {
        return since != null && !since.isAfter(awaySinceOnOrBefore(today));
    }
}
