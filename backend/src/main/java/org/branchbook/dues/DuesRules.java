package org.branchbook.dues;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The dues rules that are not the rate: which months a payment may cover, how an amount spreads over
 * them, what counts as arrears and when it warns or flags, and when a wage change applies.
 */
public record DuesRules(WageChange wageChange, int backPayMonths, int advanceMonths, int warningMonths,
        int flagMonths, long forwardVoluntaryFen, int remittancePercent) {

    /** When a changed base changes the dues (domain.md: configurable). */
    public enum WageChange {
        /** From the month the new wage is paid. */
        FROM_MONTH_PAID,
        /** Only from the next yearly review (January). */
        NEXT_YEAR
    }

    /** Where a member stands: months owed (ended, with a standard above zero, not paid) and what they come to. */
    @Schema(name = "ArrearsLevel", description = "NONE; WARNING 欠缴满3个月; FLAG 连续6个月未交 (possible 自行脱党: "
            + "for the branch meeting to review)")
    public enum Level { NONE, WARNING, FLAG }

    public record Arrears(List<YearMonth> months, long amountFen, int longestRun, Level level) {}

    /** One month of a member's record: what they owed and whether it is paid. */
    public record Month(YearMonth month, long dueFen, boolean paid) {}

    public DuesRules {
        if (backPayMonths < 0 || advanceMonths < 0 || warningMonths < 1 || flagMonths < warningMonths
                || forwardVoluntaryFen < 1 || remittancePercent < 0 || remittancePercent > 100) {
            throw new IllegalArgumentException("dues: months ≥ 0, warning ≤ flag, share 0–100 %");
        }
    }

    /** Null when a payment may cover {@code from}..{@code to} in {@code current}, else why not. */
    public String coverageProblem(YearMonth from, YearMonth to, YearMonth current) {
        if (to.isBefore(from)) {
            return "结束月份不能早于开始月份";
        }
        if (from.isBefore(current.minusMonths(backPayMonths))) {
            return "补交最多补交 " + backPayMonths + " 个月（最早 " + current.minusMonths(backPayMonths) + "）";
        }
        if (to.isAfter(current.plusMonths(advanceMonths))) {
            return "预交最多到 " + current.plusMonths(advanceMonths);
        }
        return null;
    }

    /** An amount spread over {@code months} months in whole fen, the remainder on the first ones. */
    public static List<Long> spread(long amountFen, int months) {
        List<Long> out = new ArrayList<>(months);
        long each = amountFen / months;
        long rest = amountFen % months;
        for (int i = 0; i < months; i++) {
            out.add(each + (i < rest ? 1 : 0));
        }
        return out;
    }

    /** Whether a voluntary payment goes on to the centre. */
    public boolean forwarded(long voluntaryFen) {
        return voluntaryFen >= forwardVoluntaryFen;
    }

    /** Whether a base may change the dues from {@code month} (a January always may). */
    public boolean mayStartIn(YearMonth month) {
        return wageChange == WageChange.FROM_MONTH_PAID || month.getMonthValue() == 1;
    }

    /** The arrears in a member's months (in order): unpaid months with something due, and the longest unbroken run. */
    public Arrears arrears(List<Month> history) {
        List<YearMonth> owed = new ArrayList<>();
        long amount = 0;
        int run = 0;
        int longest = 0;
        for (Month m : history) {
            if (m.dueFen() > 0 && !m.paid()) {
                owed.add(m.month());
                amount += m.dueFen();
                longest = Math.max(longest, ++run);
            } else if (m.dueFen() > 0 || m.paid()) {
                run = 0; // a paid month breaks the run; a month with nothing due neither owes nor breaks it
            }
        }
        Level level = longest >= flagMonths ? Level.FLAG : owed.size() >= warningMonths ? Level.WARNING : Level.NONE;
        return new Arrears(owed, amount, longest, level);
    }

    /**
     * The first month a member owes: the first month with a standard, but not before the month they joined
     * (probationary members pay from the month they were approved).
     */
    public static YearMonth owingFrom(YearMonth firstStandard, java.time.LocalDate joinedOn) {
        YearMonth joined = YearMonth.from(joinedOn);
        return firstStandard.isBefore(joined) ? joined : firstStandard;
    }

    /** The last month a member owes: none while on the roster; a member who left or died owes through that month. */
    public static YearMonth owingUntil(boolean active, java.time.LocalDate statusChangedOn) {
        return active || statusChangedOn == null ? null : YearMonth.from(statusChangedOn);
    }

    /** The part of {@code collectedFen} a branch hands upward. */
    public long remittanceDue(long collectedFen) {
        return DuesRate.percentOf(collectedFen, remittancePercent * 100);
    }
}
