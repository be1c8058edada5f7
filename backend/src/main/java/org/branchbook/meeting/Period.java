package org.branchbook.meeting;

import java.time.Instant;
import java.time.LocalDate;
import org.branchbook.common.Periods;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A calendar month, quarter or year in Asia/Shanghai: [start, end) as days and as instants. */
public record Period(Kind kind, LocalDate start, LocalDate end) {

    @Schema(name = "MeetingPeriodKind", description = "MONTH, QUARTER or YEAR (calendar, Asia/Shanghai)")
    public enum Kind { MONTH, QUARTER, YEAR }

    /** The period of this kind that contains {@code day}. */
    public static Period of(Kind kind, LocalDate day) {
        LocalDate start = switch (kind) {
            case MONTH -> day.withDayOfMonth(1);
            case QUARTER -> LocalDate.of(day.getYear(), (day.getMonthValue() - 1) / 3 * 3 + 1, 1);
            case YEAR -> LocalDate.of(day.getYear(), 1, 1);
        };
        LocalDate end = switch (kind) {
            case MONTH -> start.plusMonths(1);
            case QUARTER -> start.plusMonths(3);
            case YEAR -> start.plusYears(1);
        };
        return new Period(kind, start, end);
    }

    /** The period of this kind that contains the instant, as the clock in Shanghai reads it. */
    public static Period of(Kind kind, Instant at) {
        return of(kind, at.atZone(Periods.ZONE).toLocalDate());
    }

    public Instant startsAt() {
        return start.atStartOfDay(Periods.ZONE).toInstant();
    }

    /** The first instant after the period. */
    public Instant endsAt() {
        return end.atStartOfDay(Periods.ZONE).toInstant();
    }

    public boolean contains(Instant at) {
        return !at.isBefore(startsAt()) && at.isBefore(endsAt());
    }

    public Period next() {
        return of(kind, end);
    }

    /** "2026-07", "2026-Q3" or "2026". */
    public String label() {
        return switch (kind) {
            case MONTH -> start.toString().substring(0, 7);
            case QUARTER -> start.getYear() + "-Q" + ((start.getMonthValue() - 1) / 3 + 1);
            case YEAR -> String.valueOf(start.getYear());
        };
    }
}
