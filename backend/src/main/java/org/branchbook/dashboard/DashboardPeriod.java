package org.branchbook.dashboard;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.branchbook.common.ApiException;
import org.branchbook.meeting.Period;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The period a dashboard shows: a calendar month, quarter or year (Asia/Shanghai), first and last month. */
@Schema(name = "DashboardPeriod", description = "label: 2026-11, 2026-Q4 or 2026; from and to: its first and last day")
public record DashboardPeriod(
        @Schema(required = true) Period.Kind kind,
        @Schema(required = true, examples = "2026-Q4") String label,
        @Schema(required = true) LocalDate from,
        @Schema(required = true) LocalDate to) {

    private static final Pattern FORMAT = Pattern.compile("(\\d{4})(?:-(?:(0[1-9]|1[0-2])|Q([1-4])))?");

    /** Parses {@code 2026-11}, {@code 2026-Q4} or {@code 2026}; null or blank: the month of {@code today}. */
    public static DashboardPeriod parse(String raw, LocalDate today) {
        if (raw == null || raw.isBlank()) {
            return of(Period.of(Period.Kind.MONTH, today));
        }
        Matcher m = FORMAT.matcher(raw.strip());
        if (!m.matches()) {
            throw ApiException.badRequest("period", "期间格式应为 2026-11（月）、2026-Q4（季度）或 2026（年）");
        }
        int year = Integer.parseInt(m.group(1));
        if (m.group(2) != null) {
            return of(Period.of(Period.Kind.MONTH, LocalDate.of(year, Integer.parseInt(m.group(2)), 1)));
        }
        if (m.group(3) != null) {
            return of(Period.of(Period.Kind.QUARTER, LocalDate.of(year, Integer.parseInt(m.group(3)) * 3, 1)));
        }
        return of(Period.of(Period.Kind.YEAR, LocalDate.of(year, 1, 1)));
    }

    static DashboardPeriod of(Period p) {
        return new DashboardPeriod(p.kind(), p.label(), p.start(), p.end().minusDays(1));
    }

    public YearMonth firstMonth() {
        return YearMonth.from(from);
    }

    public YearMonth lastMonth() {
        return YearMonth.from(to);
    }
}
