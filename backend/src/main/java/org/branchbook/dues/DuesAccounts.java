package org.branchbook.dues;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.branchbook.access.Caller;
import org.branchbook.audit.AuditLog;
import org.branchbook.common.ApiException;
import org.branchbook.common.Params;
import org.branchbook.common.Periods;
import org.branchbook.common.db.SqlValues;
import org.branchbook.organization.OrgRef;
import org.branchbook.organization.Organization;
import org.branchbook.organization.OrganizationService;

/**
 * An organization's dues account: remittances to the upper committee, expenses, the balances of a subtree
 * and the yearly disclosure. Entries are append-only; a mistake is reversed by a negative entry.
 */
@ApplicationScoped
public class DuesAccounts {

    private final EntityManager em;
    private final Caller caller;
    private final AuditLog audit;
    private final Periods periods;
    private final OrganizationService organizations;
    private final DuesRules rules;

    public DuesAccounts(EntityManager em, Caller caller, AuditLog audit, Periods periods,
            OrganizationService organizations, DuesConfig config) {
        this.em = em;
        this.caller = caller;
        this.audit = audit;
        this.periods = periods;
        this.organizations = organizations;
        this.rules = config.rules();
    }

    // ---- entries ----

    @Transactional
    public AccountEntryView remit(RemittanceInput in) {
        Organization org = organizations.require(in.organizationId());
        if (org.parentId == null) {
            throw ApiException.unprocessable("no-upper-committee", "organizationId", "街道党工委的上缴不在本系统记录");
        }
        YearMonth from = YearMonth.parse(in.fromMonth());
        YearMonth to = YearMonth.parse(in.toMonth());
        if (to.isBefore(from)) {
            throw ApiException.unprocessable("invalid-months", "toMonth", "结束月份不能早于开始月份");
        }
        notInFuture(in.remittedOn(), "remittedOn");
        DuesRemittance r = new DuesRemittance();
        r.id = UUID.randomUUID();
        r.organizationId = org.id;
        r.toOrganizationId = org.parentId;
        r.fromMonth = from.atDay(1);
        r.toMonth = to.atDay(1);
        r.amountFen = in.amountFen();
        r.remittedOn = in.remittedOn();
        r.reference = Params.strippedOrNull(in.reference());
        r.note = Params.strippedOrNull(in.note());
        r.recordedAt = Periods.now();
        r.recordedBy = caller.signature();
        r.persist();
        em.flush();
        audit.record("dues.remittance", "dues-remittance", r.id, org.path, null, Map.of("amountFen", r.amountFen,
                "fromMonth", from.toString(), "toMonth", to.toString()));
        return remittanceViews(List.of(r)).get(0);
    }

    @Transactional
    public AccountEntryView spend(ExpenseInput in) {
        Organization org = organizations.require(in.organizationId());
        notInFuture(in.spentOn(), "spentOn");
        DuesExpense e = new DuesExpense();
        e.id = UUID.randomUUID();
        e.organizationId = org.id;
        e.spentOn = in.spentOn();
        e.amountFen = in.amountFen();
        e.purpose = in.purpose().strip();
        e.approvalReference = Params.strippedOrNull(in.approvalReference());
        e.recordedAt = Periods.now();
        e.recordedBy = caller.signature();
        e.persist();
        em.flush();
        audit.record("dues.expense", "dues-expense", e.id, org.path, null,
                Map.of("amountFen", e.amountFen, "purpose", e.purpose));
        return expenseViews(List.of(e)).get(0);
    }

    @Transactional
    public AccountEntryView reverseRemittance(UUID id, ReversalInput in) {
        DuesRemittance original = id == null ? null : em.find(DuesRemittance.class, id, LockModeType.PESSIMISTIC_WRITE);
        Organization org = original == null ? null : em.find(Organization.class, original.organizationId);
        if (org == null || !caller.covers(org.path)) {
            throw ApiException.notFound("上缴记录不存在");
        }
        requireReversible(original.reversesId, "select count(r) from DuesRemittance r where r.reversesId = :id", id);
        DuesRemittance r = new DuesRemittance();
        r.id = UUID.randomUUID();
        r.organizationId = original.organizationId;
        r.toOrganizationId = original.toOrganizationId;
        r.fromMonth = original.fromMonth;
        r.toMonth = original.toMonth;
        r.amountFen = -original.amountFen;
        r.remittedOn = periods.today();
        r.note = in.reason().strip();
        r.reversesId = original.id;
        r.recordedAt = Periods.now();
        r.recordedBy = caller.signature();
        r.persist();
        em.flush();
        audit.record("dues.remittance-reversal", "dues-remittance", r.id, org.path, null,
                Map.of("reverses", original.id, "reason", r.note));
        return remittanceViews(List.of(r)).get(0);
    }

    @Transactional
    public AccountEntryView reverseExpense(UUID id, ReversalInput in) {
        DuesExpense original = id == null ? null : em.find(DuesExpense.class, id, LockModeType.PESSIMISTIC_WRITE);
        Organization org = original == null ? null : em.find(Organization.class, original.organizationId);
        if (org == null || !caller.covers(org.path)) {
            throw ApiException.notFound("党费使用记录不存在");
        }
        requireReversible(original.reversesId, "select count(e) from DuesExpense e where e.reversesId = :id", id);
        DuesExpense e = new DuesExpense();
        e.id = UUID.randomUUID();
        e.organizationId = original.organizationId;
        e.spentOn = periods.today();
        e.amountFen = -original.amountFen;
        e.purpose = "冲销：" + in.reason().strip();
        if (e.purpose.length() > 200) {
            e.purpose = e.purpose.substring(0, 200);
        }
        e.reversesId = original.id;
        e.recordedAt = Periods.now();
        e.recordedBy = caller.signature();
        e.persist();
        em.flush();
        audit.record("dues.expense-reversal", "dues-expense", e.id, org.path, null,
                Map.of("reverses", original.id, "reason", in.reason().strip()));
        return expenseViews(List.of(e)).get(0);
    }

    private void requireReversible(UUID reversesId, String countReversals, UUID id) {
        if (reversesId != null) {
            throw ApiException.conflict("not-reversible", "冲销记录不能再冲销；如有错误请重新录入");
        }
        if (em.createQuery(countReversals, Long.class).setParameter("id", id).getSingleResult() > 0) {
            throw ApiException.conflict("already-reversed", "该记录已冲销");
        }
    }

    // ---- reads ----

    /** Remittances made or received below an organization in a year, newest first. */
    @Transactional
    public AccountEntryPage remittances(UUID organizationId, int year) {
        Organization org = organizations.require(organizationId == null ? caller.organizationId() : organizationId);
        List<DuesRemittance> rows = em.createQuery("""
                select r from DuesRemittance r, Organization o where o.id = r.organizationId and o.path like :path
                  and r.remittedOn between :start and :end order by r.remittedOn desc, r.recordedAt desc""", DuesRemittance.class)
                .setParameter("path", org.path + "%").setParameter("start", LocalDate.of(year, 1, 1))
                .setParameter("end", LocalDate.of(year, 12, 31)).getResultList();
        return new AccountEntryPage(remittanceViews(rows));
    }

    /** Expenses below an organization in a year, newest first. */
    @Transactional
    public AccountEntryPage expenses(UUID organizationId, int year) {
        Organization org = organizations.require(organizationId == null ? caller.organizationId() : organizationId);
        return new AccountEntryPage(expenseViews(expensesOf(org.path + "%", year)));
    }

    private List<DuesExpense> expensesOf(String pathPattern, int year) {
        return em.createQuery("""
                select e from DuesExpense e, Organization o where o.id = e.organizationId and o.path like :path
                  and e.spentOn between :start and :end order by e.spentOn desc, e.recordedAt desc""", DuesExpense.class)
                .setParameter("path", pathPattern).setParameter("start", LocalDate.of(year, 1, 1))
                .setParameter("end", LocalDate.of(year, 12, 31)).getResultList();
    }

    /** Every organization of a subtree with its account for the year. */
    @Transactional
    public BalanceReport balances(UUID organizationId, int year) {
        Organization org = organizations.require(organizationId == null ? caller.organizationId() : organizationId);
        Map<UUID, long[]> sums = sums(org.path + "%", year);
        List<Organization> orgs = em.createQuery("""
                from Organization o where o.path like :path and (o.archivedAt is null or o.id in :active)
                  and o.type <> org.branchbook.organization.OrgType.PARTY_GROUP order by o.path""", Organization.class)
                .setParameter("path", org.path + "%")
                .setParameter("active", sums.isEmpty() ? List.of(org.id) : List.copyOf(sums.keySet())).getResultList();
        List<BalanceReport.Row> rows = new ArrayList<>(orgs.size());
        for (Organization o : orgs) {
            rows.add(row(o, sums.getOrDefault(o.id, new long[10])));
        }
        return new BalanceReport(year, rows);
    }

    private BalanceReport.Row row(Organization o, long[] s) {
        // s: collected, received, remitted, spent — before the year [0..3] and in it [4..7]
        long opening = s[0] + s[1] - s[2] - s[3];
        long balance = opening + s[4] + s[5] - s[6] - s[7];
        long toRemit = Math.max(0, rules.remittanceDue(s[4]) - s[6]);
        return new BalanceReport.Row(OrgRef.of(o), s[4], s[5], s[6], s[7], opening, balance, toRemit);
    }

    /** Per organization below the pattern: collected, received, remitted, spent, before and in the year. */
    private Map<UUID, long[]> sums(String pathPattern, int year) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                with orgs as (select id from organization where path like :path),
                entries as (
                    select organization_id as org, 0 as k, paid_on as on_day, amount_fen from dues_payment
                    union all select to_organization_id, 1, remitted_on, amount_fen from dues_remittance
                    union all select organization_id, 2, remitted_on, amount_fen from dues_remittance
                    union all select organization_id, 3, spent_on, amount_fen from dues_expense)
                select e.org, e.k, sum(case when e.on_day < :start then e.amount_fen else 0 end),
                       sum(case when e.on_day >= :start then e.amount_fen else 0 end)
                from entries e join orgs o on o.id = e.org where e.on_day <= :end group by e.org, e.k""")
                .setParameter("path", pathPattern).setParameter("start", LocalDate.of(year, 1, 1))
                .setParameter("end", LocalDate.of(year, 12, 31)).getResultList();
        Map<UUID, long[]> out = new HashMap<>();
        for (Object[] r : rows) {
            long[] s = out.computeIfAbsent((UUID) r[0], k -> new long[10]);
            int k = ((Number) r[1]).intValue();
            s[k] = ((Number) r[2]).longValue();
            s[4 + k] = ((Number) r[3]).longValue();
        }
        return out;
    }

    /** 党费收缴使用情况公示 of one organization for a year. */
    @Transactional
    public DisclosureView disclosure(UUID organizationId, int year) {
        Organization org = organizations.require(organizationId);
        BalanceReport.Row account = row(org, sums(org.path, year).getOrDefault(org.id, new long[10]));
        @SuppressWarnings("unchecked")
        List<Object[]> months = em.createNativeQuery("""
                select extract(month from paid_on)::int, sum(amount_fen) from dues_payment
                where organization_id = :org and paid_on between :start and :end group by 1 order by 1""")
                .setParameter("org", org.id).setParameter("start", LocalDate.of(year, 1, 1))
                .setParameter("end", LocalDate.of(year, 12, 31)).getResultList();
        long[] byMonth = new long[12];
        months.forEach(r -> byMonth[((Number) r[0]).intValue() - 1] = ((Number) r[1]).longValue());
        List<DisclosureView.Line> lines = new ArrayList<>(12);
        for (int i = 0; i < 12; i++) {
            lines.add(new DisclosureView.Line(YearMonth.of(year, i + 1).toString(), byMonth[i]));
        }
        Object[] payers = (Object[]) em.createNativeQuery("""
                select count(distinct p.member_id) filter (where p.kind = 'REGULAR' and not exists
                           (select 1 from dues_payment r where r.reverses_id = p.id)),
                       coalesce(sum(p.amount_fen) filter (where p.kind = 'VOLUNTARY'
                           or (p.kind = 'REVERSAL' and exists (select 1 from dues_payment v where v.id = p.reverses_id
                               and v.kind = 'VOLUNTARY'))), 0)
                from dues_payment p where p.organization_id = :org and p.paid_on between :start and :end""")
                .setParameter("org", org.id).setParameter("start", LocalDate.of(year, 1, 1))
                .setParameter("end", LocalDate.of(year, 12, 31)).getSingleResult();
        List<DuesRemittance> remitted = em.createQuery("""
                from DuesRemittance r where r.organizationId = :org and r.remittedOn between :start and :end
                order by r.remittedOn, r.recordedAt""", DuesRemittance.class)
                .setParameter("org", org.id).setParameter("start", LocalDate.of(year, 1, 1))
                .setParameter("end", LocalDate.of(year, 12, 31)).getResultList();
        List<DuesExpense> spent = new ArrayList<>(expensesOf(org.path, year));
        java.util.Collections.reverse(spent); // oldest first, as a published list reads
        return new DisclosureView(OrgRef.of(org), year, account.openingFen(), account.collectedFen(),
                ((Number) payers[1]).longValue(), ((Number) payers[0]).intValue(), account.receivedFen(),
                account.remittedFen(), account.spentFen(), account.balanceFen(), lines,
                expenseViews(spent), remittanceViews(remitted));
    }

    /** One line of an organization's 党费收缴使用账簿. */
    public record BookLine(LocalDate on, String kind, String text, long incomeFen, long outgoFen, long balanceFen) {}

    /** 党费收缴使用账簿 of one organization for a year: its entries in order with the running balance (first line: 上年结转). */
    @Transactional
    public List<BookLine> book(UUID organizationId, int year) {
        Organization org = organizations.require(organizationId);
        long balance = row(org, sums(org.path, year).getOrDefault(org.id, new long[10])).openingFen();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select x.on_day, x.kind, x.text, x.income, x.outgo from (
                    select p.paid_on as on_day, p.kind as kind, m.name || coalesce('（' || to_char(p.from_month, 'YYYY-MM')
                               || ' 至 ' || to_char(p.to_month, 'YYYY-MM') || '）', '') || coalesce(' ' || p.reason, '') as text,
                           p.amount_fen as income, 0 as outgo, p.recorded_at as at
                    from dues_payment p join member m on m.id = p.member_id where p.organization_id = :org
                    union all
                    select r.remitted_on, 'RECEIVED', o.name || '上缴' || coalesce(' ' || r.note, ''), r.amount_fen, 0, r.recorded_at
                    from dues_remittance r join organization o on o.id = r.organization_id where r.to_organization_id = :org
                    union all
                    select r.remitted_on, 'REMITTED', '上缴' || o.name || coalesce(' ' || r.note, ''), 0, r.amount_fen, r.recorded_at
                    from dues_remittance r join organization o on o.id = r.to_organization_id where r.organization_id = :org
                    union all
                    select e.spent_on, 'EXPENSE', e.purpose, 0, e.amount_fen, e.recorded_at
                    from dues_expense e where e.organization_id = :org) x
                where x.on_day between :start and :end order by x.on_day, x.at""")
                .setParameter("org", org.id).setParameter("start", LocalDate.of(year, 1, 1))
                .setParameter("end", LocalDate.of(year, 12, 31)).getResultList();
        List<BookLine> out = new ArrayList<>(rows.size() + 1);
        out.add(new BookLine(LocalDate.of(year, 1, 1), "OPENING", "上年结转", 0, 0, balance));
        for (Object[] r : rows) {
            long income = ((Number) r[3]).longValue();
            long outgo = ((Number) r[4]).longValue();
            balance += income - outgo;
            out.add(new BookLine(SqlValues.localDate(r[0]), (String) r[1], (String) r[2], income, outgo, balance));
        }
        return out;
    }

    // ---- views ----

    private List<AccountEntryView> remittanceViews(List<DuesRemittance> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<UUID, UUID> reversedBy = reversals("select r.reversesId, r.id from DuesRemittance r where r.reversesId in :ids",
                rows.stream().map(r -> r.id).toList());
        Map<UUID, OrgRef> refs = organizations.refsOfVisibleRecord(rows.stream()
                .flatMap(r -> java.util.stream.Stream.of(r.organizationId, r.toOrganizationId)).distinct().toList());
        return rows.stream().map(r -> new AccountEntryView(r.id, refs.get(r.organizationId), refs.get(r.toOrganizationId),
                r.remittedOn, YearMonth.from(r.fromMonth).toString(), YearMonth.from(r.toMonth).toString(), r.amountFen,
                null, r.reference, r.note, r.reversesId, reversedBy.get(r.id), r.recordedAt, r.recordedBy)).toList();
    }

    private List<AccountEntryView> expenseViews(List<DuesExpense> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<UUID, UUID> reversedBy = reversals("select e.reversesId, e.id from DuesExpense e where e.reversesId in :ids",
                rows.stream().map(e -> e.id).toList());
        Map<UUID, OrgRef> refs = organizations.refsOfVisibleRecord(rows.stream().map(e -> e.organizationId).distinct().toList());
        return rows.stream().map(e -> new AccountEntryView(e.id, refs.get(e.organizationId), null, e.spentOn, null, null,
                e.amountFen, e.purpose, e.approvalReference, null, e.reversesId, reversedBy.get(e.id), e.recordedAt,
                e.recordedBy)).toList();
    }

    private Map<UUID, UUID> reversals(String jpql, List<UUID> ids) {
        Map<UUID, UUID> out = new LinkedHashMap<>();
        em.createQuery(jpql, Object[].class).setParameter("ids", ids).getResultList()
                .forEach(r -> out.put((UUID) r[0], (UUID) r[1]));
        return out;
    }

    private void notInFuture(LocalDate day, String field) {
        if (day.isAfter(periods.today())) {
            throw ApiException.unprocessable("date-in-future", field, "日期不能晚于今天");
        }
    }


}
