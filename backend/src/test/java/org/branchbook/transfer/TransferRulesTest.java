package org.branchbook.transfer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.branchbook.organization.OrgType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Letter validity, who approves, recently admitted members, and what is overdue. */
class TransferRulesTest {

    private static final LetterPolicy LETTERS = new LetterPolicy(10, 30, 90, 1);
    private static final TransferRules RULES = new TransferRules(
            Set.of(OrgType.STREET_WORKING_COMMITTEE, OrgType.PARTY_COMMITTEE), 7, 6, 3);
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @ParameterizedTest(name = "issued {0}, {1} days: last valid {2}; usable {3}: {4}")
    @CsvSource({
        "2026-11-01, 10, 2026-11-10, 2026-11-10, true",  // the last valid day
        "2026-11-01, 10, 2026-11-10, 2026-11-11, false", // the day after
        "2026-11-01, 10, 2026-11-10, 2026-11-01, true",  // the issue day counts
        "2026-11-01, 1, 2026-11-01, 2026-11-02, false",
        "2026-12-15, 30, 2027-01-13, 2027-01-13, true",  // across a year end
        "2024-02-20, 10, 2024-02-29, 2024-03-01, false", // across a leap day
    })
    void aLetterIsValidFromItsIssueDayForItsDays(LocalDate issued, int days, LocalDate last, LocalDate on, boolean ok) {
        assertEquals(last, LETTERS.lastValidOn(issued, days));
        assertEquals(ok, LetterPolicy.validOn(last, on));
    }

    @ParameterizedTest(name = "{0}, in city {1}: {2} days")
    @CsvSource({"INTERNAL, false, 10", "INTERNAL, true, 10", "OUTGOING, false, 30", "OUTGOING, true, 10",
        "INCOMING, false, 30", "INCOMING, true, 10"})
    void defaultValidityDependsOnDistance(TransferScope scope, boolean inCity, int days) {
        assertEquals(days, LETTERS.defaultDays(scope, inCity));
    }

    @Test
    void validityIsOneToNinetyDays() {
        assertNull(LETTERS.problem(1));
        assertNull(LETTERS.problem(90));
        assertEquals("有效期应为 1 到 90 天", LETTERS.problem(91));
        assertEquals("有效期应为 1 到 90 天", LETTERS.problem(0));
        assertThrows(IllegalArgumentException.class, () -> new LetterPolicy(10, 30, 20, 1));
    }

    @Test
    void theReceiptIsDueAMonthAfterTheLastValidDay() {
        assertEquals(LocalDate.of(2026, 12, 30), LETTERS.receiptDueOn(LocalDate.of(2026, 11, 30)));
        assertEquals(LocalDate.of(2027, 2, 28), LETTERS.receiptDueOn(LocalDate.of(2027, 1, 31)));
    }

    @Test
    void theNearestApprovingAncestorApproves() {
        // branch → 党总支 → 社区党委 → 街道党工委: the 党总支 holds no approval rights, the 党委 does
        assertEquals(1, RULES.approverIndex(List.of(OrgType.GENERAL_BRANCH, OrgType.PARTY_COMMITTEE,
                OrgType.STREET_WORKING_COMMITTEE)));
        assertEquals(0, RULES.approverIndex(List.of(OrgType.STREET_WORKING_COMMITTEE)));
        assertEquals(-1, RULES.approverIndex(List.of(OrgType.GENERAL_BRANCH)));
        TransferRules generalBranchesApprove = new TransferRules(Set.of(OrgType.GENERAL_BRANCH), 7, 6, 3);
        assertEquals(0, generalBranchesApprove.approverIndex(List.of(OrgType.GENERAL_BRANCH, OrgType.PARTY_COMMITTEE)));
    }

    @ParameterizedTest(name = "joined {0}, requested {1}: recently admitted {2}")
    @CsvSource({"2026-08-23, 2026-11-23, true", "2026-08-22, 2026-11-23, false", "2026-11-23, 2026-11-23, true",
        "2020-01-01, 2026-11-23, false"})
    void membersAdmittedWithinThreeMonthsAreFlagged(LocalDate joined, LocalDate requested, boolean flagged) {
        assertEquals(flagged, RULES.recentlyAdmitted(joined, requested));
    }

    @ParameterizedTest(name = "{0} {1}, requested {2}, valid to {3}, receipt by {4}: {5}")
    @CsvSource(nullValues = "-", value = {
        "INTERNAL, REQUESTED, 2026-11-16, -, -, -",                 // 7 days: not yet
        "INTERNAL, REQUESTED, 2026-11-15, -, -, APPROVAL_OVERDUE",  // 8 days
        "OUTGOING, REQUESTED, 2026-10-01, -, -, APPROVAL_OVERDUE",
        "INTERNAL, ISSUED, 2026-11-01, 2026-11-23, -, -",           // last valid day
        "INTERNAL, ISSUED, 2026-11-01, 2026-11-22, -, LETTER_EXPIRED",
        "INCOMING, ISSUED, 2026-11-01, 2026-11-22, -, LETTER_EXPIRED",
        "OUTGOING, ISSUED, 2026-10-01, 2026-10-30, 2026-11-23, -",  // 回执 due today
        "OUTGOING, ISSUED, 2026-10-01, 2026-10-29, 2026-11-22, RECEIPT_MISSING",
        "INTERNAL, COMPLETED, 2026-01-01, 2026-01-10, -, -",
        "INTERNAL, RETURNED, 2026-01-01, -, -, -",
    })
    void whatIsOverdue(TransferScope scope, TransferState state, LocalDate requested, LocalDate lastValid,
            LocalDate receiptDue, OverdueKind kind) {
        assertEquals(kind == null ? List.of() : List.of(kind),
                RULES.overdue(scope, state, requested, lastValid, receiptDue, TODAY));
    }

    @ParameterizedTest(name = "away since {0}: should transfer {1}")
    @CsvSource(nullValues = "-", value = {"2026-05-23, true", "2026-05-24, false", "2025-01-01, true", "-, false"})
    void membersAwaySixMonthsShouldTransfer(LocalDate since, boolean flagged) {
        assertEquals(flagged, RULES.awayTooLong(since, TODAY));
    }
}
