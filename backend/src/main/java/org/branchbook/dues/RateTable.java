package org.branchbook.dues;

import java.time.YearMonth;
import java.util.List;

/**
 * One version of the dues table, in force from a month on: the in-work and retiree brackets (an
 * upper bound in fen, inclusive, null for "above"; a rate in basis points of the whole base), the fixed
 * monthly amount, and the farmers' range. Stored as data (table {@code dues_rate_table}), so a new
 * table is a new row with a later effective month, not new code.
 */
public record RateTable(YearMonth effectiveFrom, List<Bracket> inWork, List<Bracket> retired, long fixedFen,
        long farmerMinFen, long farmerMaxFen) {

    /** Bases up to {@code upToFen} (inclusive; null = no upper bound) pay {@code basisPoints} / 10000 of the base. */
    public record Bracket(Long upToFen, int basisPoints) {}

    public RateTable {
        inWork = List.copyOf(inWork);
        retired = List.copyOf(retired);
        checkBrackets(inWork);
        checkBrackets(retired);
        if (fixedFen < 0 || farmerMinFen < 0 || farmerMaxFen < farmerMinFen) {
            throw new IllegalArgumentException("dues table: amounts must be ≥ 0 and the farmers' range ordered");
        }
    }

    private static void checkBrackets(List<Bracket> brackets) {
        if (brackets.isEmpty() || brackets.get(brackets.size() - 1).upToFen() != null) {
            throw new IllegalArgumentException("dues table: the last bracket has no upper bound");
        }
        for (int i = 1; i < brackets.size() - 1; i++) {
            if (brackets.get(i).upToFen() <= brackets.get(i - 1).upToFen()) {
                throw new IllegalArgumentException("dues table: brackets must rise");
            }
        }
    }

    /** The 2008 table (中组发〔2008〕3号) as domain.md states it. */
    public static RateTable of2008() {
        return new RateTable(YearMonth.of(2008, 4),
                List.of(new Bracket(300_000L, 50), new Bracket(500_000L, 100), new Bracket(1_000_000L, 150),
                        new Bracket(null, 200)),
                List.of(new Bracket(500_000L, 50), new Bracket(null, 100)),
                20, 20, 100);
    }
}
