package org.branchbook.dues;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Back payment and advance limits, spreading, arrears at exactly 3 and 6 months, the wage-change policy. */
class DuesRulesTest {

    private static final DuesRules RULES = new DuesRules(DuesRules.WageChange.FROM_MONTH_PAID, 6, 2, 3, 6, 100_000, 100);
    private static final YearMonth NOW = YearMonth.of(2026, 11);

    @ParameterizedTest(name = "{0}..{1} in 2026-11: {2}")
    @CsvSource({
        "2026-11, 2026-11, ok",
        "2026-05, 2026-05, ok",        // exactly 6 months back
        "2026-04, 2026-11, too-early", // 7 back
        "2026-11, 2027-01, ok",        // a quarter: this month and two ahead
        "2026-12, 2027-02, too-late",
        "2026-11, 2026-10, backwards",
    })
    void whichMonthsAPaymentMayCover(YearMonth from, YearMonth to, String outcome) {
        String problem = RULES.coverageProblem(from, to, NOW);
        assertEquals(outcome.equals("ok"), problem == null, String.valueOf(problem));
    }

    @Test
    void amountsSpreadInWholeFen() {
        assertEquals(List.of(34L, 33L, 33L), DuesRules.spread(100, 3));
        assertEquals(List.of(1500L, 1500L, 1500L), DuesRules.spread(4500, 3));
        assertEquals(List.of(0L), DuesRules.spread(0, 1));
    }

    private static List<DuesRules.Month> months(String pattern) {
        // one character per month from 2026-01: P paid, O owed, - nothing due
        List<DuesRules.Month> out = new ArrayList<>();
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            out.add(new DuesRules.Month(YearMonth.of(2026, 1).plusMonths(i), c == '-' ? 0 : 1500, c == 'P'));
        }
        return out;
    }

    @ParameterizedTest(name = "{0}: {1} owed, run {2}, {3}")
    @CsvSource({
        "PPPPPP, 0, 0, NONE",
        "PPPPOO, 2, 2, NONE",
        "PPPOOO, 3, 3, WARNING",      // exactly 3 months owed
        "OPOPOP, 3, 1, WARNING",      // 3 owed, never 2 in a row
        "PPOOOOO, 5, 5, WARNING",
        "POOOOOO, 6, 6, FLAG",        // exactly 6 consecutive
        "OOOOOPOOO, 8, 5, WARNING",   // broken by a payment: no flag
        "OOO--OOO, 6, 6, FLAG",       // months with nothing due neither owe nor break the run
        "------, 0, 0, NONE",
    })
    void arrearsWarnAtThreeMonthsAndFlagAtSixInARow(String pattern, int owed, int run, DuesRules.Level level) {
        DuesRules.Arrears a = RULES.arrears(months(pattern));
        assertEquals(owed, a.months().size());
        assertEquals(owed * 1500L, a.amountFen());
        assertEquals(run, a.longestRun());
        assertEquals(level, a.level());
    }

    @Test
    void wageChangesApplyFromTheMonthPaidOrOnlyFromJanuary() {
        assertTrue(RULES.mayStartIn(YearMonth.of(2026, 7)));
        DuesRules nextYear = new DuesRules(DuesRules.WageChange.NEXT_YEAR, 6, 2, 3, 6, 100_000, 100);
        assertFalse(nextYear.mayStartIn(YearMonth.of(2026, 7)));
        assertTrue(nextYear.mayStartIn(YearMonth.of(2027, 1)));
    }

    @Test
    void voluntaryPaymentsOfAThousandYuanGoToTheCentre() {
        assertTrue(RULES.forwarded(100_000));
        assertFalse(RULES.forwarded(99_999));
    }

    @Test
    void theRemittanceIsTheConfiguredShare() {
        assertEquals(12_345, RULES.remittanceDue(12_345));
        DuesRules half = new DuesRules(DuesRules.WageChange.FROM_MONTH_PAID, 6, 2, 3, 6, 100_000, 50);
        assertEquals(6_173, half.remittanceDue(12_345)); // half up
        assertNull(RULES.coverageProblem(NOW, NOW, NOW));
    }
}
