package org.branchbook.dues;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/** Reads the dues table in force in a month from {@code dues_rate_table} (the data that replaces code). */
@ApplicationScoped
public class DuesRates {

    private final EntityManager em;

    public DuesRates(EntityManager em) {
        this.em = em;
    }

    /** The latest table whose effective month is not after {@code month}; 422 when there is none. */
    public RateTable tableFor(YearMonth month) {
        RateTable t = tableIfAny(month);
        if (t == null) {
            throw org.branchbook.common.ApiException.unprocessable("no-rate-table", "fromMonth",
                    month + " 时还没有党费标准表（最早的标准表自 2008 年 4 月起）");
        }
        return t;
    }

    /** The latest table whose effective month is not after {@code month}, or null. */
    public RateTable tableIfAny(YearMonth month) {
        @SuppressWarnings("unchecked")
        List<Object[]> head = em.createNativeQuery("""
                select effective_from, fixed_fen, farmer_min_fen, farmer_max_fen from dues_rate_table
                where effective_from <= :month order by effective_from desc limit 1""")
                .setParameter("month", month.atDay(1)).getResultList();
        if (head.isEmpty()) {
            return null;
        }
        Object[] h = head.get(0);
        LocalDate from = org.branchbook.common.db.SqlValues.localDate(h[0]);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select category, up_to_fen, basis_points from dues_rate_bracket
                where effective_from = :from order by category, seq""")
                .setParameter("from", from).getResultList();
        List<RateTable.Bracket> inWork = new ArrayList<>();
        List<RateTable.Bracket> retired = new ArrayList<>();
        for (Object[] r : rows) {
            RateTable.Bracket b = new RateTable.Bracket(r[1] == null ? null : ((Number) r[1]).longValue(),
                    ((Number) r[2]).intValue());
            ("IN_WORK".equals(r[0]) ? inWork : retired).add(b);
        }
        return new RateTable(YearMonth.from(from), inWork, retired, ((Number) h[1]).longValue(),
                ((Number) h[2]).longValue(), ((Number) h[3]).longValue());
    }
}
