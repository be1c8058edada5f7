package org.branchbook.dashboard;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.branchbook.access.Caller;
import org.branchbook.common.ApiException;
import org.branchbook.common.Cursor;
import org.branchbook.common.Periods;
import org.branchbook.common.db.SqlValues;
import org.branchbook.dues.DuesReports;
import org.branchbook.meeting.MeetingRules;
import org.branchbook.meeting.Requirement;
import org.branchbook.member.MemberCategory;
import org.branchbook.organization.OrgRef;
import org.branchbook.organization.OrgType;
import org.branchbook.organization.Organization;
import org.branchbook.organization.OrganizationService;

/**
 * The street dashboard's reads: each a few set-based queries over the per-organization facts of a subtree, after
 * the stale ones among them were brought up to date ({@link DashboardFacts}).
 */
@ApplicationScoped
public class DashboardService {

    private final EntityManager em;
    private final Caller caller;
    private final Periods periods;
    private final OrganizationService organizations;
    private final DashboardFacts facts;
    private final DashboardRefresher refresher;
    private final DashboardConfig config;

    public DashboardService(EntityManager em, Caller caller, Periods periods, OrganizationService organizations,
            DashboardFacts facts, DashboardRefresher refresher, DashboardConfig config) {
        this.em = em;
        this.caller = caller;
        this.periods = periods;
        this.organizations = organizations;
        this.facts = facts;
        this.refresher = refresher;
        this.config = config;
    }

    /** The organization a dashboard is about (default: the caller's), its facts brought up to date. */
    public record Scope(Organization org, int pending) {}

    /** A gap limit meaning "all of them" (the export). */
    static final int ALL = Integer.MAX_VALUE;

    public Scope scope(UUID organizationId) {
        Organization org = organizations.require(organizationId == null ? caller.organizationId() : organizationId);
        List<UUID> stale = facts.stale(org.path);
        if (stale.size() > config.syncRefreshLimit()) {
            refresher.wake();
            return new Scope(org, stale.size());
        }
        for (int i = 0; i < stale.size(); i += config.batchSize()) {
            facts.refresh(stale.subList(i, Math.min(stale.size(), i + config.batchSize())));
        }
        return new Scope(org, 0);
    }

    public DashboardPeriod period(String raw) {
        LocalDate today = periods.today();
        DashboardPeriod p = DashboardPeriod.parse(raw, today);
        YearMonth first = YearMonth.of(today.getYear() - DashboardFacts.YEARS_BACK, 1);
        if (p.firstMonth().isBefore(first) || p.lastMonth().getYear() > today.getYear()) {
            throw ApiException.badRequest("period", "总览可查看 " + first.getYear() + " 年至 " + today.getYear() + " 年的期间");
        }
        return p;
    }

    @Transactional
    public DashboardOverview overview(Scope scope, DashboardPeriod period) {
        Organization org = scope.org();
        String path = org.path + "%";
        List<DashboardOverview.TypeCount> types = new ArrayList<>();
        int orgTotal = 0;
        for (Object[] r : rows("""
                select o.type, count(*) from organization o where o.path like :path and o.archived_at is null
                group by o.type""", Map.of("path", path))) {
            int n = ((Number) r[1]).intValue();
            types.add(new DashboardOverview.TypeCount(OrgType.valueOf((String) r[0]), n));
            orgTotal += n;
        }
        types.sort(java.util.Comparator.comparing(DashboardOverview.TypeCount::type));
        Object[] m = rows("""
                select coalesce(sum(d.members_full), 0), coalesce(sum(d.members_probationary), 0), coalesce(sum(d.reporting), 0),
                       coalesce(sum(d.outflow), 0), coalesce(sum(d.inflow), 0), coalesce(sum(d.retired), 0),
                       coalesce(sum(d.unemployed), 0), coalesce(sum(d.in_hardship), 0), coalesce(sum(d.veteran), 0),
                       coalesce(sum(d.bedridden), 0), coalesce(sum(d.probation_due), 0), coalesce(sum(d.probation_overdue), 0),
                       coalesce(sum(d.dues_warning), 0), coalesce(sum(d.dues_flagged), 0), coalesce(sum(d.inactive), 0),
                       min(d.computed_at)
                from dashboard_org d join organization o on o.id = d.organization_id
                where o.path like :path and o.archived_at is null""", Map.of("path", path)).get(0);
        int[] n = new int[15];
        for (int i = 0; i < 15; i++) {
            n[i] = ((Number) m[i]).intValue();
        }
        List<DashboardOverview.CategoryCount> categories = new ArrayList<>();
        MemberCategory[] cats = {MemberCategory.RETIRED, MemberCategory.UNEMPLOYED, MemberCategory.IN_HARDSHIP,
            MemberCategory.VETERAN, MemberCategory.BEDRIDDEN};
        for (int i = 0; i < cats.length; i++) {
            categories.add(new DashboardOverview.CategoryCount(cats[i], n[5 + i]));
        }
        DashboardOverview.Members members = new DashboardOverview.Members(n[0] + n[1], n[0], n[1], n[2], n[3], n[4],
                n[10], n[11], categories);
        long[] months = monthTotals(org.id, period);
        DashboardOverview.Dues dues = new DashboardOverview.Dues(months[0], months[1], DuesReports.rate(months[1], months[0]), n[12], n[13]);
        DashboardOverview.Meetings meetings = new DashboardOverview.Meetings((int) months[2], (int) months[3],
                (int) months[4], (int) months[5], (int) months[6], n[14]);
        Map<GapKind, Integer> byKind = new EnumMap<>(GapKind.class);
        Map<String, Integer> byCode = new HashMap<>();
        int urgent = 0;
        int total = 0;
        for (Object[] r : rows("""
                select g.kind, g.code, g.severity, count(*) from dashboard_gap g join organization o on o.id = g.organization_id
                where o.path like :path and o.archived_at is null group by g.kind, g.code, g.severity""", Map.of("path", path))) {
            int c = ((Number) r[3]).intValue();
            byKind.merge(GapKind.valueOf((String) r[0]), c, Integer::sum);
            if (r[1] != null) {
                byCode.merge((String) r[1], c, Integer::sum);
            }
            urgent += GapSeverity.URGENT.name().equals(r[2]) ? c : 0;
            total += c;
        }
        Number open = (Number) em.createNativeQuery("""
                with s as (select o.id from organization o where o.path like :path)
                select count(*) from transfer t where t.state in ('REQUESTED', 'ISSUED')
                  and (t.from_organization_id in (select id from s) or t.to_organization_id in (select id from s)
                       or t.approver_organization_id in (select id from s))""").setParameter("path", path).getSingleResult();
        DashboardOverview.Transfers transfers = new DashboardOverview.Transfers(open.intValue(),
                byKind.getOrDefault(GapKind.TRANSFER_OVERDUE, 0));
        DashboardOverview.Terms terms = new DashboardOverview.Terms(byKind.getOrDefault(GapKind.ELECTION_OVERDUE, 0),
                byKind.getOrDefault(GapKind.ELECTION_DUE, 0), byCode.getOrDefault("NO_LEADERSHIP", 0));
        Instant computedAt = m[15] == null ? Periods.now() : SqlValues.instant(m[15]);
        return new DashboardOverview(OrgRef.of(org), period, computedAt, scope.pending(),
                new DashboardOverview.Organizations(orgTotal, types), members, dues, meetings, transfers, terms,
                new DashboardOverview.Gaps(total, urgent, kindCounts(byKind)));
    }

    /** due, paid (months up to this one), held, required, met, missing, open over the period, for a subtree. */
    private long[] monthTotals(UUID root, DashboardPeriod period) {
        Object[] r = rows("""
                select coalesce(sum(x.due_fen) filter (where x.month <= :current), 0),
                       coalesce(sum(x.paid_fen) filter (where x.month <= :current), 0),
                       coalesce(sum(x.meetings_held), 0), coalesce(sum(x.required), 0), coalesce(sum(x.met), 0),
                       coalesce(sum(x.missing), 0), coalesce(sum(x.open), 0)
                from dashboard_subtree_month x where x.organization_id = :root and x.month between :from and :to""",
                Map.of("root", root, "current", YearMonth.from(periods.today()).atDay(1),
                        "from", period.firstMonth().atDay(1), "to", period.lastMonth().atDay(1))).get(0);
        long[] out = new long[7];
        for (int i = 0; i < 7; i++) {
            out[i] = ((Number) r[i]).longValue();
        }
        return out;
    }

    @Transactional
    public GapList gaps(Scope scope, Set<GapKind> kinds, Integer limit) {
        String path = scope.org().path + "%";
        int max = limit != null && limit == ALL ? ALL - 1 : Cursor.limit(limit);
        String kindFilter = kinds.isEmpty() ? "" : " and g.kind in (:kinds)";
        Map<String, Object> params = new HashMap<>();
        params.put("path", path);
        if (!kinds.isEmpty()) {
            params.put("kinds", kinds.stream().map(Enum::name).toList());
        }
        Map<GapKind, Integer> byKind = new EnumMap<>(GapKind.class);
        int total = 0;
        for (Object[] r : rows("select g.kind, count(*) from dashboard_gap g join organization o on o.id = g.organization_id"
                + " where o.path like :path and o.archived_at is null" + kindFilter + " group by g.kind", params)) {
            int c = ((Number) r[1]).intValue();
            byKind.put(GapKind.valueOf((String) r[0]), c);
            total += c;
        }
        params.put("limit", max + 1);
        List<Object[]> rows = rows("""
                select g.kind, g.severity, o.id, o.code, o.name, o.type, g.since, g.detail, g.item_count, g.code,
                       g.transfer_id, g.member_id, g.member_name
                from dashboard_gap g join organization o on o.id = g.organization_id
                where o.path like :path and o.archived_at is null""" + kindFilter + """
                \norder by g.severity_rank, g.since nulls last, o.code, g.seq limit :limit""", params);
        boolean truncated = rows.size() > max;
        List<GapList.Gap> items = new ArrayList<>();
        for (Object[] r : truncated ? rows.subList(0, max) : rows) {
            items.add(new GapList.Gap(GapKind.valueOf((String) r[0]), GapSeverity.valueOf((String) r[1]),
                    new OrgRef((UUID) r[2], (String) r[3], (String) r[4], OrgType.valueOf((String) r[5])),
                    SqlValues.localDate(r[6]), (String) r[7], r[8] == null ? null : ((Number) r[8]).intValue(),
                    (String) r[9], (UUID) r[10], (UUID) r[11], (String) r[12]));
        }
        return new GapList(OrgRef.of(scope.org()), total, kindCounts(byKind), items, truncated);
    }

    /** Each organization directly below (its subtree), and the organization's own figures when it has any. */
    @Transactional
    public Breakdown breakdown(Scope scope, DashboardPeriod period) {
        Organization org = scope.org();
        Map<String, Object> params = childParams(org);
        Map<UUID, long[]> sums = new LinkedHashMap<>();
        // 0 orgs, 1 members, 2 probationary, 3 flagged, 4 inactive
        for (Object[] r : rows(CHILD + """
                select x.child, count(*), coalesce(sum(d.members_full + d.members_probationary), 0),
                       coalesce(sum(d.members_probationary), 0), coalesce(sum(d.dues_flagged), 0), coalesce(sum(d.inactive), 0)
                from x left join dashboard_org d on d.organization_id = x.id group by x.child""", params)) {
            long[] s = sums.computeIfAbsent((UUID) r[0], k -> new long[13]);
            for (int i = 0; i < 5; i++) {
                s[i] = ((Number) r[i + 1]).longValue();
            }
        }
        Map<String, Object> months = monthParams(org, period.firstMonth(), period.lastMonth());
        months.put("current", YearMonth.from(periods.today()).atDay(1));
        // 5 due, 6 paid, 7 required, 8 met, 9 missing
        for (Object[] r : rows(MONTHS + """
                select m.child, coalesce(sum(m.due_fen) filter (where m.month <= :current), 0),
                       coalesce(sum(m.paid_fen) filter (where m.month <= :current), 0),
                       coalesce(sum(m.required), 0), coalesce(sum(m.met), 0), coalesce(sum(m.missing), 0)
                from m group by m.child""", months)) {
            long[] s = sums.computeIfAbsent((UUID) r[0], k -> new long[13]);
            for (int i = 0; i < 5; i++) {
                s[5 + i] = ((Number) r[i + 1]).longValue();
            }
        }
        // 10 gaps, 11 urgent
        for (Object[] r : rows(CHILD + """
                , g as (select organization_id, count(*) as n, count(*) filter (where severity = 'URGENT') as u
                        from dashboard_gap group by organization_id)
                select x.child, sum(g.n), sum(g.u) from x join g on g.organization_id = x.id group by x.child""", params)) {
            long[] s = sums.computeIfAbsent((UUID) r[0], k -> new long[13]);
            s[10] = ((Number) r[1]).longValue();
            s[11] = ((Number) r[2]).longValue();
        }
        List<Breakdown.Row> rows = new ArrayList<>();
        for (Child c : children(org)) {
            long[] s = sums.getOrDefault(c.ref().id(), new long[13]);
            boolean own = c.ref().id().equals(org.id);
            if (own && s[1] == 0 && s[5] == 0 && s[7] == 0 && s[10] == 0) {
                continue;
            }
            rows.add(new Breakdown.Row(c.ref(), own, !own && c.hasChildren(), (int) s[0], (int) s[1], (int) s[2], s[5], s[6],
                    DuesReports.rate(s[6], s[5]), (int) s[3], (int) s[7], (int) s[8], (int) s[9], (int) s[4], (int) s[10], (int) s[11]));
        }
        return new Breakdown(OrgRef.of(org), period, rows);
    }

    @Transactional
    public MeetingHeatmap meetings(Scope scope, DashboardPeriod period) {
        Organization org = scope.org();
        int year = period.lastMonth().getYear();
        Map<UUID, Map<Integer, Object[]>> cells = new HashMap<>();
        for (Object[] r : rows(MONTHS + """
                select m.child, extract(month from m.month), sum(m.required), sum(m.met), sum(m.missing), sum(m.open),
                       sum(m.meetings_held), array_to_string(array_agg(array_to_string(m.missing_requirements, ',')), ',')
                from m group by m.child, extract(month from m.month)""",
                monthParams(org, YearMonth.of(year, 1), YearMonth.of(year, 12)))) {
            cells.computeIfAbsent((UUID) r[0], k -> new HashMap<>()).put(((Number) r[1]).intValue(), r);
        }
        List<String> months = new ArrayList<>(12);
        for (int i = 1; i <= 12; i++) {
            months.add(YearMonth.of(year, i).toString());
        }
        YearMonth current = YearMonth.from(periods.today());
        List<MeetingHeatmap.Row> rows = new ArrayList<>();
        for (Child c : children(org)) {
            Map<Integer, Object[]> byMonth = cells.get(c.ref().id());
            boolean own = c.ref().id().equals(org.id);
            if (byMonth == null || byMonth.values().stream().allMatch(r -> ((Number) r[2]).intValue() == 0)) {
                if (own || byMonth == null && !c.hasChildren()) {
                    continue;
                }
            }
            List<MeetingHeatmap.Cell> out = new ArrayList<>(12);
            int missingTotal = 0;
            for (int i = 1; i <= 12; i++) {
                Object[] r = byMonth == null ? null : byMonth.get(i);
                int required = r == null ? 0 : ((Number) r[2]).intValue();
                int met = r == null ? 0 : ((Number) r[3]).intValue();
                int missing = r == null ? 0 : ((Number) r[4]).intValue();
                int open = r == null ? 0 : ((Number) r[5]).intValue();
                int held = r == null ? 0 : ((Number) r[6]).intValue();
                MeetingRules.Status status = missing > 0 ? MeetingRules.Status.MISSING : open > 0 ? MeetingRules.Status.OPEN
                        : required > 0 ? MeetingRules.Status.MET
                        : YearMonth.of(year, i).isAfter(current) ? MeetingRules.Status.FUTURE : null;
                List<Requirement> missed = new ArrayList<>();
                if (own && r != null && r[7] != null) {
                    for (String code : ((String) r[7]).split(",")) {
                        if (!code.isBlank()) {
                            missed.add(Requirement.valueOf(code));
                        }
                    }
                }
                missingTotal += missing;
                out.add(new MeetingHeatmap.Cell(months.get(i - 1), required, met, missing, open, held, status, missed));
            }
            rows.add(new MeetingHeatmap.Row(c.ref(), own, !own && c.hasChildren(), out, missingTotal));
        }
        return new MeetingHeatmap(OrgRef.of(org), year, months, rows);
    }

    @Transactional
    public DuesTrend duesTrend(Scope scope, DashboardPeriod period) {
        Organization org = scope.org();
        YearMonth current = YearMonth.from(periods.today());
        YearMonth last = period.lastMonth().isAfter(current) ? current : period.lastMonth();
        YearMonth first = last.minusMonths(11);
        YearMonth oldest = YearMonth.of(current.getYear() - DashboardFacts.YEARS_BACK, 1);
        if (first.isBefore(oldest)) {
            first = oldest;
        }
        List<String> months = new ArrayList<>();
        for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
            months.add(m.toString());
        }
        Map<UUID, Map<String, long[]>> sums = new HashMap<>();
        Map<String, long[]> total = new HashMap<>();
        for (Object[] r : rows(MONTHS + """
                select m.child, m.month, sum(m.due_fen), sum(m.paid_fen) from m group by m.child, m.month""",
                monthParams(org, first, last))) {
            String month = SqlValues.localDate(r[1]).toString().substring(0, 7);
            long due = ((Number) r[2]).longValue();
            long paid = ((Number) r[3]).longValue();
            sums.computeIfAbsent((UUID) r[0], k -> new HashMap<>()).put(month, new long[] {due, paid});
            long[] t = total.computeIfAbsent(month, k -> new long[2]);
            t[0] += due;
            t[1] += paid;
        }
        List<DuesTrend.Series> series = new ArrayList<>();
        series.add(new DuesTrend.Series(OrgRef.of(org), true, false, points(months, total)));
        List<Child> children = children(org);
        for (Child c : children.size() == 1 ? List.<Child>of() : children) { // a leaf's own series is the total
            Map<String, long[]> s = sums.get(c.ref().id());
            if (s == null || s.values().stream().allMatch(v -> v[0] == 0)) {
                continue;
            }
            if (c.ref().id().equals(org.id)) {
                series.add(new DuesTrend.Series(c.ref(), false, false, points(months, s)));
            } else {
                series.add(new DuesTrend.Series(c.ref(), false, c.hasChildren(), points(months, s)));
            }
        }
        return new DuesTrend(OrgRef.of(org), months, series);
    }

    private static List<DuesTrend.Point> points(List<String> months, Map<String, long[]> sums) {
        List<DuesTrend.Point> out = new ArrayList<>(months.size());
        for (String month : months) {
            long[] v = sums.getOrDefault(month, new long[2]);
            out.add(new DuesTrend.Point(month, v[0], v[1], DuesReports.rate(v[1], v[0])));
        }
        return out;
    }

    // ---- helpers ----

    /**
     * {@code x(id, child)}: every active organization of the subtree with the organization directly below the root it
     * lies under (the root itself for the root).
     */
    private static final String CHILD = """
            with x as (
                select o.id, case when o.id = :root then o.id
                                  else cast(split_part(substr(o.path, :len + 1), '/', 1) as uuid) end as child
                from organization o where o.path like :path and o.archived_at is null)
            """;

    /**
     * {@code m(child, month, …)}: the months of each active organization directly below the root (its subtree's
     * sums) and of the root itself (its own), from {@code :from} to {@code :to}.
     */
    private static final String MONTHS = """
            with m as (
                select s.organization_id as child, s.month, s.due_fen, s.paid_fen, s.meetings_held, s.required, s.met,
                       s.missing, s.open, cast('{}' as varchar(40)[]) as missing_requirements
                from dashboard_subtree_month s join organization c on c.id = s.organization_id
                where c.parent_id = :root and c.archived_at is null and s.month between :from and :to
                union all
                select o.organization_id, o.month, o.due_fen, o.paid_fen, o.meetings_held, o.required, o.met, o.missing,
                       o.open, o.missing_requirements
                from dashboard_org_month o where o.organization_id = :root and o.month between :from and :to)
            """;

    private static Map<String, Object> monthParams(Organization org, YearMonth from, YearMonth to) {
        Map<String, Object> params = new HashMap<>();
        params.put("root", org.id);
        params.put("from", from.atDay(1));
        params.put("to", to.atDay(1));
        return params;
    }

    private static Map<String, Object> childParams(Organization org) {
        Map<String, Object> params = new HashMap<>();
        params.put("root", org.id);
        params.put("len", org.path.length());
        params.put("path", org.path + "%");
        return params;
    }

    private record Child(OrgRef ref, boolean hasChildren) {}

    /** The organization itself, then its active children by code. */
    private List<Child> children(Organization org) {
        List<Child> out = new ArrayList<>();
        out.add(new Child(OrgRef.of(org), true));
        for (Object[] r : rows("""
                select c.id, c.code, c.name, c.type,
                       exists (select 1 from organization g where g.parent_id = c.id and g.archived_at is null
                               and g.type <> 'PARTY_GROUP')
                from organization c where c.parent_id = :id and c.archived_at is null and c.type <> 'PARTY_GROUP'
                order by c.code""", Map.of("id", org.id))) {
            out.add(new Child(new OrgRef((UUID) r[0], (String) r[1], (String) r[2], OrgType.valueOf((String) r[3])),
                    (Boolean) r[4]));
        }
        return out;
    }

    private static List<DashboardOverview.KindCount> kindCounts(Map<GapKind, Integer> byKind) {
        return byKind.entrySet().stream().map(e -> new DashboardOverview.KindCount(e.getKey(), e.getValue())).toList();
    }

    private List<Object[]> rows(String sql, Map<String, Object> params) {
        var q = em.createNativeQuery(sql);
        params.forEach(q::setParameter);
        @SuppressWarnings("unchecked")
        List<Object[]> out = q.getResultList();
        return out;
    }
}
