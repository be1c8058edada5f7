package org.branchbook.transfer;

import java.time.LocalDate;

/**
 * 介绍信 validity: how long a letter is valid by default, its last valid day and when its 回执 is due.
 * A letter issued on day D valid for N days may be used from D through D + N − 1 (the issue day counts).
 */
public record LetterPolicy(int inCityDays, int elsewhereDays, int maxDays, int receiptMonths) {

    public LetterPolicy {
        if (inCityDays < 1 || elsewhereDays < 1 || maxDays < Math.max(inCityDays, elsewhereDays) || maxDays > 366
                || receiptMonths < 0) {
            throw new IllegalArgumentException("transfers.letter: 1 ≤ in-city-days, elsewhere-days ≤ max-days ≤ 366");
        }
    }

    /** The default validity: in-city for INTERNAL (one street) and for OUTGOING marked in the same city. */
    public int defaultDays(TransferScope scope, boolean inCity) {
        return scope == TransferScope.INTERNAL || inCity ? inCityDays : elsewhereDays;
    }

    /** Null when acceptable, else why not. */
    public String problem(int validDays) {
        return validDays < 1 || validDays > maxDays ? "有效期应为 1 到 " + maxDays + " 天" : null;
    }

    public LocalDate lastValidOn(LocalDate issuedOn, int validDays) {
        return issuedOn.plusDays(validDays - 1L);
    }

    /** Whether a letter whose last valid day is {@code lastValidOn} may still be used {@code on}. */
    public static boolean validOn(LocalDate lastValidOn, LocalDate on) {
        return !on.isAfter(lastValidOn);
    }

    /** An outgoing letter's 回执 is due a set time after the last day the member could report with it. */
    public LocalDate receiptDueOn(LocalDate lastValidOn) {
        return lastValidOn.plusMonths(receiptMonths);
    }
}
