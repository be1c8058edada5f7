package org.branchbook.dues;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.branchbook.access.Caller;
import org.branchbook.common.ApiException;
import org.branchbook.common.Periods;
import org.branchbook.member.Member;
import org.branchbook.member.MemberStatus;
import org.branchbook.organization.OrgRef;
import org.branchbook.organization.Organization;
import org.branchbook.organization.OrganizationService;

/** The register of a branch and the arrears of a subtree, from {@link DuesBooks}. */
@ApplicationScoped
public class DuesReports {

    /** How far back arrears are looked for: the back-payment limit makes older months unpayable anyway. */
    private static final int ARREARS_YEARS = 3;

    private final EntityManager em;
    private final Caller caller;
    private final Periods periods;
    private final OrganizationService organizations;
    private final DuesBooks books;
    private final DuesRules rules;

    public DuesReports(EntityManager em, Caller caller, Periods periods, OrganizationService organizations,
            DuesBooks books, DuesConfig config) {
        this.em = em;
        this.caller = caller;
        this.periods = periods;
        this.organizations = organizations;
        this.books = books;
        this.rules = config.rules();
    }

    /** 党支部党费收缴情况登记表 of a branch for a year: its members now, and those who left it during the year. */
    @Transactional
    public RegisterView register(UUID branchId, int year) {
        Organization branch = organizations.require(branchId);
        if (!branch.type.isBranch()) {
            throw ApiException.unprocessable("not-a-branch", "organizationId", "登记表按党支部编制，所选组织是" + branch.type.label());
        }
        YearMonth from = YearMonth.of(year, 1);
        YearMonth to = YearMonth.of(year, 12);
        YearMonth current = YearMonth.from(periods.today());
        List<Member> people = em.createQuery("""
                select m from Member m where m.organizationId = :branch
                  and (m.status in :active or m.statusChangedOn >= :start) order by m.name, m.id""", Member.class)
                .setParameter("branch", branch.id).setParameter("active", List.of(MemberStatus.PROBATIONARY, MemberStatus.FULL))
                .setParameter("start", from.atDay(1)).getResultList();
        Map<UUID, List<DuesBooks.Cell>> cells = books.months(people, branch.path, true, from, to);
        long[] monthDue = new long[12];
        long[] monthPaid = new long[12];
        List<RegisterView.Row> rows = new ArrayList<>(people.size());
        for (Member m : people) {
            List<RegisterView.Cell> out = new ArrayList<>(12);
            long due = 0;
            long paid = 0;
            long owed = 0;
            int i = 0;
            for (DuesBooks.Cell c : cells.get(m.id)) {
                RegisterView.CellState state = c.paid() ? RegisterView.CellState.PAID
                        : c.dueFen() == 0 ? RegisterView.CellState.NONE
                        : c.month().isBefore(current) ? RegisterView.CellState.OWED : RegisterView.CellState.DUE;
                out.add(new RegisterView.Cell(c.month().toString(), c.dueFen(), c.paidFen(), state));
                if (!c.month().isAfter(current)) {
                    due += c.dueFen();
                    monthDue[i] += c.dueFen();
                }
                paid += c.paidFen();
                monthPaid[i] += c.paidFen();
                owed += state == RegisterView.CellState.OWED ? c.dueFen() : 0;
                i++;
            }
            rows.add(new RegisterView.Row(StandardService.ref(m), out, due, paid, owed));
        }
        YearTotals t = YearTotals.of(from, monthDue, monthPaid, current);
        return new RegisterView(OrgRef.of(branch), year, t.months().stream().map(RegisterView.Total::month).toList(), rows,
                t.months(), t.dueFen(), t.paidFen(), t.rate());
    }

    /** Members below an organization (default: the caller's) with ended months unpaid, flagged first. */
    @Transactional
    public ArrearsReport arrears(UUID organizationId) {
        Organization org = organizations.require(organizationId == null ? caller.organizationId() : organizationId);
        YearMonth last = YearMonth.from(periods.today()).minusMonths(1);
        YearMonth first = last.minusYears(ARREARS_YEARS).plusMonths(1);
        List<Member> people = em.createQuery("""
                select m from Member m, Organization o where o.id = m.organizationId and o.path like :path
                  and m.status in :active""", Member.class)
                .setParameter("path", org.path + "%")
                .setParameter("active", List.of(MemberStatus.PROBATIONARY, MemberStatus.FULL)).getResultList();
        Map<UUID, List<DuesBooks.Cell>> cells = books.months(people, org.path, false, first, last);
        Map<UUID, OrgRef> refs = organizations.refs(people.stream().map(p -> p.organizationId).distinct().toList());
        List<ArrearsReport.Item> items = new ArrayList<>();
        for (Member m : people) {
            DuesRules.Arrears a = rules.arrears(cells.get(m.id).stream()
                    .map(c -> new DuesRules.Month(c.month(), c.dueFen(), c.paid())).toList());
            if (!a.months().isEmpty()) {
                items.add(new ArrearsReport.Item(StandardService.ref(m), refs.get(m.organizationId),
                        a.months().stream().map(YearMonth::toString).toList(), a.amountFen(), a.longestRun(), a.level()));
            }
        }
        items.sort(Comparator.comparing((ArrearsReport.Item i) -> i.level().ordinal()).reversed()
                .thenComparing(Comparator.comparingLong(ArrearsReport.Item::owedFen).reversed())
                .thenComparing(i -> i.member().name()));
        return new ArrearsReport(items.stream().filter(i -> i.level() == DuesRules.Level.WARNING).count(),
                items.stream().filter(i -> i.level() == DuesRules.Level.FLAG).count(), items);
    }

    /** The subtree's collection by month and its arrears, and the same for each direct child's subtree. */
    @Transactional
    public DuesSummary summary(UUID organizationId, int year) {
        Organization org = organizations.require(organizationId == null ? caller.organizationId() : organizationId);
        YearMonth current = YearMonth.from(periods.today());
        YearMonth last = current.minusMonths(1);
        YearMonth from = YearMonth.of(year, 1);
        YearMonth to = YearMonth.of(year, 12);
        YearMonth arrearsFrom = last.minusYears(ARREARS_YEARS).plusMonths(1);
        YearMonth start = from.isBefore(arrearsFrom) ? from : arrearsFrom;
        YearMonth end = to.isAfter(last) ? to : last;
        List<Member> people = em.createQuery("""
                select m from Member m, Organization o where o.id = m.organizationId and o.path like :path
                  and (m.status in :active or m.statusChangedOn >= :start)""", Member.class)
                .setParameter("path", org.path + "%")
                .setParameter("active", List.of(MemberStatus.PROBATIONARY, MemberStatus.FULL))
                .setParameter("start", from.atDay(1)).getResultList();
        Map<UUID, List<DuesBooks.Cell>> cells = books.months(people, org.path, false, start, end);
        List<Organization> children = em.createQuery("""
                from Organization o where o.parentId = :id and o.archivedAt is null order by o.code""", Organization.class)
                .setParameter("id", org.id).getResultList();
        Map<UUID, String> paths = new java.util.HashMap<>();
        em.createQuery("select o.id, o.path from Organization o where o.path like :path", Object[].class)
                .setParameter("path", org.path + "%").getResultList().forEach(r -> paths.put((UUID) r[0], (String) r[1]));
        List<Organization> groups = new ArrayList<>();
        groups.add(org);
        groups.addAll(children);
        List<DuesSummary.Row> rows = new ArrayList<>(groups.size());
        for (Organization g : groups) {
            long[] due = new long[12];
            long[] paid = new long[12];
            int members = 0;
            int warnings = 0;
            int flags = 0;
            for (Member m : people) {
                if (!paths.getOrDefault(m.organizationId, "").startsWith(g.path)) {
                    continue;
                }
                members++;
                List<DuesRules.Month> history = new ArrayList<>();
                for (DuesBooks.Cell c : cells.get(m.id)) {
                    if (!c.month().isBefore(from) && !c.month().isAfter(to)) {
                        int i = c.month().getMonthValue() - 1;
                        due[i] += c.month().isAfter(current) ? 0 : c.dueFen();
                        paid[i] += c.paidFen();
                    }
                    if (!c.month().isBefore(arrearsFrom) && !c.month().isAfter(last)) {
                        history.add(new DuesRules.Month(c.month(), c.dueFen(), c.paid()));
                    }
                }
                if (m.status.active()) {
                    DuesRules.Level level = rules.arrears(history).level();
                    warnings += level == DuesRules.Level.WARNING ? 1 : 0;
                    flags += level == DuesRules.Level.FLAG ? 1 : 0;
                }
            }
            YearTotals t = YearTotals.of(from, due, paid, current);
            rows.add(new DuesSummary.Row(OrgRef.of(g), t.months(), t.dueFen(), t.paidFen(), t.rate(), members, warnings, flags));
        }
        return new DuesSummary(year, rows);
    }

    /** The name of an organization in the caller's subtree (404 outside it). */
    public String name(UUID organizationId) {
        return organizations.require(organizationId).name;
    }

    /**
     * A year's months with what was due (months up to now) and paid, and the year's totals. The year's rate compares
     * what is due so far with what was paid for those months, so paying ahead does not push it past 100%.
     */
    record YearTotals(List<RegisterView.Total> months, long dueFen, long paidFen, Double rate) {
        static YearTotals of(YearMonth january, long[] due, long[] paid, YearMonth current) {
            List<RegisterView.Total> months = new ArrayList<>(12);
            long dueSum = 0;
            long paidSum = 0;
            long paidToNow = 0;
            for (int i = 0; i < 12; i++) {
                YearMonth month = january.plusMonths(i);
                months.add(new RegisterView.Total(month.toString(), due[i], paid[i], DuesReports.rate(paid[i], due[i])));
                dueSum += due[i];
                paidSum += paid[i];
                paidToNow += month.isAfter(current) ? 0 : paid[i];
            }
            return new YearTotals(months, dueSum, paidSum, DuesReports.rate(paidToNow, dueSum));
        }
    }

    /** What was paid over what was due, to four decimals; null when nothing was due. */
    public static Double rate(long paid, long due) {
        return due == 0 ? null : Math.round(paid * 10000.0 / due) / 10000.0;
    }

}
