package org.branchbook.dues;

import java.util.List;

/**
 * 党费标准: the monthly dues of one member from their category and monthly base, by a {@link RateTable}.
 * The rate applies to the whole base (not marginally); a bracket includes its upper bound; the result
 * is rounded half-up to the fen.
 */
public final class DuesRate {

    /** The amount and how it was found (for the standards review). */
    public record Result(long monthlyFen, Integer basisPoints, String problem) {
        public boolean valid() {
            return problem == null;
        }
    }

    private DuesRate() {}

    /**
     * The monthly amount. {@code baseFen}: the monthly after-tax wage (IN_WORK) or pension (RETIRED);
     * for FARMER the amount the branch set; ignored for the fixed categories.
     */
    public static Result monthly(RateTable table, DuesCategory category, Long baseFen) {
        return switch (category) {
            case IN_WORK -> rated(table.inWork(), baseFen);
            case RETIRED -> rated(table.retired(), baseFen);
            case STUDENT, UNEMPLOYED, RELIEF -> new Result(table.fixedFen(), null, null);
            case FARMER -> baseFen == null || baseFen < table.farmerMinFen() || baseFen > table.farmerMaxFen()
                    ? new Result(0, null, "农民党员每月交纳 " + yuan(table.farmerMinFen()) + " 至 " + yuan(table.farmerMaxFen())
                            + " 元，请填写其中的金额")
                    : new Result(baseFen, null, null);
        };
    }

    private static Result rated(List<RateTable.Bracket> brackets, Long baseFen) {
        if (baseFen == null || baseFen < 0) {
            return new Result(0, null, "请填写月收入基数（不能为负）");
        }
        for (RateTable.Bracket b : brackets) {
            if (b.upToFen() == null || baseFen <= b.upToFen()) {
                return new Result(percentOf(baseFen, b.basisPoints()), b.basisPoints(), null);
            }
        }
        throw new IllegalStateException("the last bracket has no upper bound");
    }

    /** {@code baseFen × basisPoints / 10000}, rounded half-up to the fen, in exact integer arithmetic. */
    static long percentOf(long baseFen, int basisPoints) {
        return Math.addExact(Math.multiplyExact(baseFen, basisPoints), 5_000L) / 10_000L;
    }

    /** Fen as yuan with two decimals, e.g. 20 → "0.20". */
    public static String yuan(long fen) {
        return (fen < 0 ? "-" : "") + Math.abs(fen) / 100 + "." + String.format("%02d", Math.abs(fen) % 100);
    }
}
