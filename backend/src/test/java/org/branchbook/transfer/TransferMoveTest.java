package org.branchbook.transfer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every move against every scope and state: exactly the allowed ones pass, by the right side, to the right state. */
class TransferMoveTest {

    /** move, scope, from state → the side that takes it, and the state it leads to. Everything else is refused. */
    private static final String[] ALLOWED = {
        "APPROVE, INTERNAL, REQUESTED, APPROVER, ISSUED",
        "APPROVE, OUTGOING, REQUESTED, APPROVER, ISSUED",
        "ACCEPT, INTERNAL, ISSUED, RECEIVER, COMPLETED",
        "ACCEPT, INCOMING, ISSUED, RECEIVER, COMPLETED",
        "CONFIRM_RECEIPT, OUTGOING, ISSUED, SOURCE, COMPLETED",
        "RETURN, INTERNAL, REQUESTED, APPROVER, RETURNED",
        "RETURN, OUTGOING, REQUESTED, APPROVER, RETURNED",
        "RETURN, INTERNAL, ISSUED, RECEIVER, RETURNED",
        "RETURN, INCOMING, ISSUED, RECEIVER, RETURNED",
        "RETURN, OUTGOING, ISSUED, SOURCE, RETURNED",
        "WITHDRAW, INTERNAL, REQUESTED, SOURCE, WITHDRAWN",
        "WITHDRAW, OUTGOING, REQUESTED, SOURCE, WITHDRAWN",
        "WITHDRAW, INTERNAL, ISSUED, SOURCE, WITHDRAWN",
        "WITHDRAW, OUTGOING, ISSUED, SOURCE, WITHDRAWN",
        "WITHDRAW, INCOMING, ISSUED, RECEIVER, WITHDRAWN",
        "REISSUE, INTERNAL, ISSUED, APPROVER, ISSUED",
        "REISSUE, OUTGOING, ISSUED, APPROVER, ISSUED",
        "REISSUE, INCOMING, ISSUED, RECEIVER, ISSUED",
    };

    @Test
    void exactlyTheListedMovesAreAllowed() {
        Map<String, String> expected = new HashMap<>();
        for (String row : ALLOWED) {
            String[] c = row.split(",\\s*");
            expected.put(c[0] + "/" + c[1] + "/" + c[2], c[3] + ">" + c[4]);
        }
        int allowed = 0;
        for (TransferMove move : TransferMove.values()) {
            if (move == TransferMove.REQUEST) {
                continue;
            }
            for (TransferScope scope : TransferScope.values()) {
                for (TransferState state : TransferState.values()) {
                    TransferMove.Rule rule = move.rule(scope, state);
                    String key = move + "/" + scope + "/" + state;
                    assertEquals(expected.get(key), rule == null ? null : rule.party() + ">" + rule.to(), key);
                    allowed += rule == null ? 0 : 1;
                }
            }
        }
        assertEquals(ALLOWED.length, allowed);
    }

    @ParameterizedTest(name = "{0} {1}: nothing may happen")
    @CsvSource({"INTERNAL, COMPLETED", "OUTGOING, COMPLETED", "INCOMING, COMPLETED", "INTERNAL, RETURNED",
        "INCOMING, RETURNED", "OUTGOING, WITHDRAWN", "INTERNAL, WITHDRAWN"})
    void closedTransfersAllowNoMove(TransferScope scope, TransferState state) {
        assertEquals(List.of(), TransferMove.available(scope, state));
        assertNull(TransferMove.waitingFor(scope, state));
        assertEquals(false, state.open());
    }

    @ParameterizedTest(name = "{0} starts {1}, requested by {2}")
    @CsvSource({"INTERNAL, REQUESTED, SOURCE", "OUTGOING, REQUESTED, SOURCE", "INCOMING, ISSUED, RECEIVER"})
    void aRequestStartsPerScope(TransferScope scope, TransferState initial, TransferParty by) {
        TransferMove.Rule rule = TransferMove.REQUEST.rule(scope, null);
        assertEquals(initial, rule.to());
        assertEquals(by, rule.party());
    }

    @ParameterizedTest(name = "{0} {1}: waiting for {2}")
    @CsvSource({"INTERNAL, REQUESTED, APPROVER", "OUTGOING, REQUESTED, APPROVER", "INTERNAL, ISSUED, RECEIVER",
        "INCOMING, ISSUED, RECEIVER", "OUTGOING, ISSUED, SOURCE"})
    void whoseTurnItIs(TransferScope scope, TransferState state, TransferParty party) {
        assertEquals(party, TransferMove.waitingFor(scope, state));
    }

    @Test
    void anIssuedInternalTransferOffersAcceptReturnWithdrawAndReissue() {
        assertEquals(List.of(TransferMove.ACCEPT, TransferMove.RETURN, TransferMove.WITHDRAW, TransferMove.REISSUE),
                TransferMove.available(TransferScope.INTERNAL, TransferState.ISSUED));
    }
}
