package org.branchbook.dues;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.branchbook.common.db.SqlValues;
import org.branchbook.member.Member;

/**
 * The month-by-month facts the books are made of: for each member and month, what was due (the standard
 * in force, inside the member's owing window) and what was paid (the ledger, net of reversals).
 */
@ApplicationScoped
public class DuesBooks {

    /** One member's month. {@code paid}: covered by a payment that was not reversed. */
    public record Cell(YearMonth month, long dueFen, long paidFen, boolean paid) {}

    private final EntityManager em;

    public DuesBooks(EntityManager em) {
        this.em = em;
    }

    /**
     * The months {@code from}..{@code to} of the given members, all of whom are placed below {@code path} (or,
     * with {@code exact}, in the organization {@code path} names): two queries, whatever the number of members.
     */
    public Map<UUID, List<Cell>> months(List<Member> members, String path, boolean exact, YearMonth from, YearMonth to) {
        String where = exact ? "o.path = :path" : "o.path like :path";
        String pathParam = exact ? path : path + "%";
        Map<UUID, TreeMap<YearMonth, Long>> standards = new HashMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> srows = em.createNativeQuery("select s.member_id, s.from_month, s.monthly_fen from dues_standard s"
                + " join member m on m.id = s.member_id join organization o on o.id = m.organization_id"
                + " where " + where + " and s.from_month <= :to")
                .setParameter("path", pathParam).setParameter("to", to.atDay(1)).getResultList();
        for (Object[] r : srows) {
            standards.computeIfAbsent((UUID) r[0], k -> new TreeMap<>())
                    .put(YearMonth.from(SqlValues.localDate(r[1])), ((Number) r[2]).longValue());
        }
        Map<UUID, Map<YearMonth, long[]>> paid = new HashMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> prows = em.createNativeQuery("select p.member_id, p.month, sum(p.amount_fen), sum(p.covers)"
                + " from dues_payment_month p join member m on m.id = p.member_id"
                + " join organization o on o.id = m.organization_id"
                + " where " + where + " and p.month between :from and :to group by p.member_id, p.month")
                .setParameter("path", pathParam).setParameter("from", from.atDay(1)).setParameter("to", to.atDay(1))
                .getResultList();
        for (Object[] r : prows) {
            paid.computeIfAbsent((UUID) r[0], k -> new HashMap<>())
                    .put(YearMonth.from(SqlValues.localDate(r[1])), new long[] {((Number) r[2]).longValue(), ((Number) r[3]).longValue()});
        }
        Map<UUID, List<Cell>> out = new HashMap<>();
        for (Member m : members) {
            out.put(m.id, cells(m, standards.get(m.id), paid.getOrDefault(m.id, Map.of()), from, to));
        }
        return out;
    }

    /** The cells of one member from their standards and payments (pure). */
    static List<Cell> cells(Member m, TreeMap<YearMonth, Long> standards, Map<YearMonth, long[]> paid, YearMonth from,
            YearMonth to) {
        List<Cell> out = new ArrayList<>();
        YearMonth start = standards == null || standards.isEmpty() ? null
                : DuesRules.owingFrom(standards.firstKey(), m.joinedOn);
        YearMonth end = DuesRules.owingUntil(m.status.active(), m.statusChangedOn);
        for (YearMonth month = from; !month.isAfter(to); month = month.plusMonths(1)) {
            long due = 0;
            if (start != null && !month.isBefore(start) && (end == null || !month.isAfter(end))) {
                Map.Entry<YearMonth, Long> s = standards.floorEntry(month);
                due = s == null ? 0 : s.getValue();
            }
            long[] p = paid.get(month);
            out.add(new Cell(month, due, p == null ? 0 : p[0], p != null && p[1] > 0));
        }
        return out;
    }

    /** The first month a member owes and (when off the roster) the last, from their standards; null start: none set. */
    public record Window(YearMonth start, YearMonth end) {}

    public Window window(Member m) {
        LocalDate first = em.createQuery("select min(s.fromMonth) from DuesStandard s where s.memberId = :id", LocalDate.class)
                .setParameter("id", m.id).getSingleResult();
        return new Window(first == null ? null : DuesRules.owingFrom(YearMonth.from(first), m.joinedOn),
                DuesRules.owingUntil(m.status.active(), m.statusChangedOn));
    }

    /** The standard in force in each month of {@code from}..{@code to} for one member (0 where none). */
    public Map<YearMonth, Long> dueByMonth(UUID memberId, YearMonth from, YearMonth to) {
        TreeMap<YearMonth, Long> standards = new TreeMap<>();
        em.createQuery("from DuesStandard s where s.memberId = :id and s.fromMonth <= :to", DuesStandard.class)
                .setParameter("id", memberId).setParameter("to", to.atDay(1)).getResultList()
                .forEach(s -> standards.put(YearMonth.from(s.fromMonth), s.monthlyFen));
        Map<YearMonth, Long> out = new TreeMap<>();
        for (YearMonth month = from; !month.isAfter(to); month = month.plusMonths(1)) {
            Map.Entry<YearMonth, Long> s = standards.floorEntry(month);
            out.put(month, s == null ? 0L : s.getValue());
        }
        return out;
    }

    /** The months in {@code from}..{@code to} already paid (net of reversals). */
    public List<YearMonth> paidMonths(UUID memberId, YearMonth from, YearMonth to) {
        @SuppressWarnings("unchecked")
        List<Object> rows = em.createNativeQuery("""
                select month from dues_payment_month where member_id = :id and month between :from and :to
                group by month having sum(covers) > 0 order by month""")
                .setParameter("id", memberId).setParameter("from", from.atDay(1)).setParameter("to", to.atDay(1))
                .getResultList();
        return rows.stream().map(r -> YearMonth.from(SqlValues.localDate(r))).toList();
    }

    /** 党费交至: the latest month the member has paid (net of reversals), if any. */
    public java.util.Optional<YearMonth> paidThrough(UUID memberId) {
        Object last = em.createNativeQuery("""
                select max(month) from (select month from dues_payment_month where member_id = :id
                                        group by month having sum(covers) > 0) paid""")
                .setParameter("id", memberId).getSingleResult();
        return last == null ? java.util.Optional.empty() : java.util.Optional.of(YearMonth.from(SqlValues.localDate(last)));
    }

}
