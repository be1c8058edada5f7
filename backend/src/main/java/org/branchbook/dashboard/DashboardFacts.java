package org.branchbook.dashboard;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.branchbook.common.Periods;
import org.branchbook.common.db.SqlValues;
import org.branchbook.dues.DuesBooks;
import org.branchbook.dues.DuesConfig;
import org.branchbook.dues.DuesRules;
import org.branchbook.meeting.ComplianceService;
import org.branchbook.meeting.ComplianceView;
import org.branchbook.meeting.MeetingConfig;
import org.branchbook.member.Member;
import org.branchbook.member.MemberStatus;
import org.branchbook.organization.Organization;
import org.branchbook.organization.OrganizationWarnings;
import org.branchbook.organization.OrganizationWarningsService;
import org.branchbook.transfer.OverdueReport;
import org.branchbook.transfer.TransferQueries;
import org.hibernate.Session;

/**
 * The dashboard's per-organization facts ({@code dashboard_org}, {@code dashboard_org_month}, {@code dashboard_gap}):
 * which organizations are stale, and bringing them up to date with each feature's own rules, so that the dashboard
 * shows what the registers, compliance and warnings pages show.
 */
@ApplicationScoped
public class DashboardFacts {

    /** Months of dues and meetings kept: from January two years back to December of this year. */
    static final int YEARS_BACK = 2;

    private final EntityManager em;
    private final Periods periods;
    private final OrganizationWarningsService warnings;
    private final ComplianceService compliance;
    private final TransferQueries transfers;
    private final DuesBooks books;
    private final DuesRules duesRules;
    private final MeetingConfig meetings;
    private final DashboardConfig config;

    public DashboardFacts(EntityManager em, Periods periods, OrganizationWarningsService warnings,
            ComplianceService compliance, TransferQueries transfers, DuesBooks books, DuesConfig dues,
            MeetingConfig meetings, DashboardConfig config) {
        this.em = em;
        this.periods = periods;
        this.warnings = warnings;
        this.compliance = compliance;
        this.transfers = transfers;
        this.books = books;
        this.duesRules = dues.rules();
        this.meetings = meetings;
        this.config = config;
    }

    /** Marked stale, computed on an earlier day, or active and never computed. */
    private static final String STALE = """
             and (o.id in (select s.organization_id from dashboard_stale s)
                  or o.id in (select d.organization_id from dashboard_org d where d.computed_on <> :today)
                  or o.archived_at is null and not exists (select 1 from dashboard_org d where d.organization_id = o.id))""";

    /** The organizations below {@code path} (all of them for "/") whose facts are missing, marked stale or from an earlier day. */
    @Transactional
    public List<UUID> stale(String path) {
        @SuppressWarnings("unchecked")
        List<UUID> ids = em.createNativeQuery("""
                select o.id from organization o where o.path like :path""" + " " + STALE + """
                order by o.path""")
                .setParameter("path", path + "%").setParameter("today", periods.today()).getResultList();
        return ids;
    }

    /**
     * Recomputes the facts of the given organizations (one transaction). Concurrent refreshes of the same
     * organization wait for each other; marks left by writes that commit meanwhile keep it stale for the next one.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void refresh(List<UUID> ids) {
        if (ids.isEmpty()) {
            return;
        }
        UUID[] sorted = ids.stream().sorted().distinct().toArray(UUID[]::new);
        em.createNativeQuery("""
                select count(pg_advisory_xact_lock(k)) from (
                    select hashtextextended(cast(x as text), 7) as k from unnest(cast(:ids as uuid[])) as x order by 1) s""")
                .setParameter("ids", sorted).getSingleResult();
        List<UUID> still = stillStale(sorted);
        if (still.isEmpty()) {
            return;
        }
        UUID[] todo = still.toArray(UUID[]::new);
        // the marks committed so far go; whatever they marked is visible to the statements below
        em.createNativeQuery("delete from dashboard_stale where organization_id = any (cast(:ids as uuid[]))")
                .setParameter("ids", todo).executeUpdate();
        em.createNativeQuery("""
                create temporary table if not exists dashboard_delta (organization_id uuid, month date, due_fen bigint,
                    paid_fen bigint, meetings_held int, required int, met int, missing int, open int) on commit delete rows""")
                .executeUpdate();
        // the old months leave the subtrees they were added to
        em.createNativeQuery(DELTA.formatted("-")).setParameter("ids", todo).executeUpdate();
        em.createNativeQuery("delete from dashboard_gap where organization_id = any (cast(:ids as uuid[]))")
                .setParameter("ids", todo).executeUpdate();
        em.createNativeQuery("delete from dashboard_org_month where organization_id = any (cast(:ids as uuid[]))")
                .setParameter("ids", todo).executeUpdate();
        em.createNativeQuery("delete from dashboard_org where organization_id = any (cast(:ids as uuid[]))")
                .setParameter("ids", todo).executeUpdate();
        List<Organization> orgs = em.createQuery("from Organization o where o.id in :ids and o.archivedAt is null order by o.path",
                Organization.class).setParameter("ids", still).getResultList();
        if (!orgs.isEmpty()) {
            compute(orgs);
            em.createNativeQuery(DELTA.formatted("")).setParameter("ids", todo).executeUpdate();
        }
        // one upsert in key order: concurrent refreshes wait for each other's ancestors' rows, never deadlock
        em.createNativeQuery("""
                insert into dashboard_subtree_month as r (organization_id, month, due_fen, paid_fen, meetings_held, required,
                    met, missing, open)
                select organization_id, month, sum(due_fen), sum(paid_fen), sum(meetings_held), sum(required), sum(met),
                       sum(missing), sum(open)
                from dashboard_delta group by organization_id, month order by organization_id, month
                on conflict (organization_id, month) do update set due_fen = r.due_fen + excluded.due_fen,
                    paid_fen = r.paid_fen + excluded.paid_fen, meetings_held = r.meetings_held + excluded.meetings_held,
                    required = r.required + excluded.required, met = r.met + excluded.met,
                    missing = r.missing + excluded.missing, open = r.open + excluded.open""").executeUpdate();
        em.createNativeQuery("delete from dashboard_delta").executeUpdate();
    }

    /** The months of the given organizations, with sign %1$s, for every ancestor on the path they are counted under. */
    private static final String DELTA = """
            insert into dashboard_delta
            select cast(a.ancestor as uuid), m.month, %1$sm.due_fen, %1$sm.paid_fen, %1$sm.meetings_held, %1$sm.required,
                   %1$sm.met, %1$sm.missing, %1$sm.open
            from dashboard_org_month m join dashboard_org d on d.organization_id = m.organization_id
            cross join lateral unnest(string_to_array(trim(both '/' from d.rolled_path), '/')) as a (ancestor)
            where m.organization_id = any (cast(:ids as uuid[]))""";

    private List<UUID> stillStale(UUID[] ids) {
        @SuppressWarnings("unchecked")
        List<UUID> out = em.createNativeQuery("""
                select o.id from organization o where o.id = any (cast(:ids as uuid[]))""" + " " + STALE)
                .setParameter("ids", ids).setParameter("today", periods.today()).getResultList();
        return out;
    }

    private void compute(List<Organization> orgs) {
        LocalDate today = periods.today();
        YearMonth current = YearMonth.from(today);
        YearMonth first = YearMonth.of(today.getYear() - YEARS_BACK, 1);
        YearMonth last = YearMonth.of(today.getYear(), 12);
        List<UUID> ids = orgs.stream().map(o -> o.id).toList();
        Map<UUID, int[]> counts = memberCounts(ids, today);
        Map<UUID, GapRules.Flagged> probation = flagged("""
                select m.organization_id, count(*), min(m.probation_ends_on) from member m
                where m.organization_id in (:ids) and m.status = 'PROBATIONARY' and m.probation_ends_on < :today
                group by 1""", ids, Map.of("today", today));
        Map<UUID, GapRules.Flagged> inactive = inactive(ids, today);
        Map<UUID, ComplianceService.Facts> meetingFacts = compliance.facts(orgs, first.getYear(), last.getYear());
        Map<UUID, OrganizationWarnings> shapes = new HashMap<>();
        warnings.forOrganizations(orgs).forEach(w -> shapes.put(w.organization().id(), w));
        Instant now = Periods.now();
        for (Organization o : orgs) {
            Dues dues = dues(o, first, last, current);
            int[] c = counts.getOrDefault(o.id, new int[13]);
            ComplianceService.Facts mf = meetingFacts.get(o.id);
            em.createNativeQuery("""
                    insert into dashboard_org (organization_id, computed_at, computed_on, rolled_path, members_full, members_probationary,
                        registered, reporting, outflow, inflow, retired, unemployed, in_hardship, veteran, bedridden,
                        probation_due, probation_overdue, dues_warning, dues_flagged, inactive)
                    values (:id, :at, :on, :path, :c0, :c1, :c2, :c3, :c4, :c5, :c6, :c7, :c8, :c9, :c10, :c11, :c12,
                        :warn, :flag, :inactive)""")
                    .setParameter("id", o.id).setParameter("at", Timestamp.from(now)).setParameter("on", today)
                    .setParameter("path", o.path)
                    .setParameter("c0", c[0]).setParameter("c1", c[1]).setParameter("c2", c[2]).setParameter("c3", c[3])
                    .setParameter("c4", c[4]).setParameter("c5", c[5]).setParameter("c6", c[6]).setParameter("c7", c[7])
                    .setParameter("c8", c[8]).setParameter("c9", c[9]).setParameter("c10", c[10])
                    .setParameter("c11", c[11]).setParameter("c12", c[12])
                    .setParameter("warn", dues.warning.count()).setParameter("flag", dues.flagged.count())
                    .setParameter("inactive", inactive.getOrDefault(o.id, GapRules.Flagged.NONE).count())
                    .executeUpdate();
            writeMonths(o.id, first, dues, mf);
            List<GapRules.Shape> shape = shapes.containsKey(o.id) ? shapes.get(o.id).warnings().stream()
                    .map(w -> new GapRules.Shape(w.code(), w.severity(), w.message(), w.since())).toList() : List.of();
            List<GapRules.Missed> missed = missed(mf);
            OverdueReport late = transfers.overdue(o.id, false, 500);
            List<GapRules.LateTransfer> lateTransfers = late.items().stream().map(i -> new GapRules.LateTransfer(i.kind(),
                    i.since(), i.days(), i.transferId(), i.memberId(), i.memberName())).toList();
            writeGaps(o.id, GapRules.gaps(new GapRules.Facts(shape, probation.getOrDefault(o.id, GapRules.Flagged.NONE),
                    dues.flagged, dues.warning, inactive.getOrDefault(o.id, GapRules.Flagged.NONE), missed, lateTransfers)));
        }
    }

    /** Registered members by status and category, reporting ones, mobility, probation due and overdue. */
    private Map<UUID, int[]> memberCounts(List<UUID> ids, LocalDate today) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select m.organization_id,
                  count(*) filter (where r and m.status = 'FULL'),
                  count(*) filter (where r and m.status = 'PROBATIONARY'),
                  count(*) filter (where r),
                  count(*) filter (where not r),
                  count(*) filter (where r and m.mobility = 'OUTFLOW'),
                  count(*) filter (where r and m.mobility = 'INFLOW'),
                  count(*) filter (where r and 'RETIRED' = any (m.categories)),
                  count(*) filter (where r and 'UNEMPLOYED' = any (m.categories)),
                  count(*) filter (where r and 'IN_HARDSHIP' = any (m.categories)),
                  count(*) filter (where r and 'VETERAN' = any (m.categories)),
                  count(*) filter (where r and 'BEDRIDDEN' = any (m.categories)),
                  count(*) filter (where m.status = 'PROBATIONARY' and m.probation_ends_on <= :notice),
                  count(*) filter (where m.status = 'PROBATIONARY' and m.probation_ends_on < :today)
                from member m cross join lateral (select m.registration = 'REGISTERED' as r) x
                where m.organization_id in (:ids) and m.status in ('PROBATIONARY', 'FULL')
                group by 1""")
                .setParameter("ids", ids).setParameter("today", today)
                .setParameter("notice", today.plusDays(config.probationNoticeDays())).getResultList();
        Map<UUID, int[]> out = new HashMap<>();
        for (Object[] r : rows) {
            int[] c = new int[13];
            c[0] = ((Number) r[1]).intValue();
            c[1] = ((Number) r[2]).intValue();
            for (int i = 2; i < 13; i++) {
                c[i] = ((Number) r[i + 1]).intValue();
            }
            out.put((UUID) r[0], c);
        }
        return out;
    }

    /**
     * Registered members with no organizational life (present at a held meeting) for {@code meetings.inactive-months},
     * counted as the attendance report counts them; since: the earliest day one of them became inactive.
     */
    private Map<UUID, GapRules.Flagged> inactive(List<UUID> ids, LocalDate today) {
        LocalDate cutoff = today.minusMonths(meetings.inactiveMonths());
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select m.organization_id, count(*),
                       min(coalesce(cast(timezone('Asia/Shanghai', lp.last) as date), ms.since))
                from member m
                cross join lateral (select min(p.from_on) as since from membership p where p.member_id = m.id) ms
                left join lateral (select max(mt.starts_at) as last from meeting_attendee a
                    join meeting mt on mt.id = a.meeting_id and mt.state = 'HELD'
                    where a.member_id = m.id and not a.invited and a.status = 'PRESENT') lp on true
                where m.organization_id in (:ids) and m.status in ('PROBATIONARY', 'FULL') and m.registration = 'REGISTERED'
                  and ms.since <= :cutoff and (lp.last is null or lp.last < :cutoffAt)
                group by 1""")
                .setParameter("ids", ids).setParameter("cutoff", cutoff)
                .setParameter("cutoffAt", Timestamp.from(cutoff.atStartOfDay(Periods.ZONE).toInstant())).getResultList();
        Map<UUID, GapRules.Flagged> out = new HashMap<>();
        for (Object[] r : rows) {
            LocalDate lastSeen = SqlValues.localDate(r[2]);
            out.put((UUID) r[0], new GapRules.Flagged(((Number) r[1]).intValue(),
                    lastSeen == null ? null : lastSeen.plusMonths(meetings.inactiveMonths())));
        }
        return out;
    }

    private Map<UUID, GapRules.Flagged> flagged(String sql, List<UUID> ids, Map<String, Object> params) {
        var q = em.createNativeQuery(sql).setParameter("ids", ids);
        params.forEach(q::setParameter);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = q.getResultList();
        Map<UUID, GapRules.Flagged> out = new HashMap<>();
        for (Object[] r : rows) {
            out.put((UUID) r[0], new GapRules.Flagged(((Number) r[1]).intValue(), SqlValues.localDate(r[2])));
        }
        return out;
    }

    /** An organization's dues by month (as its register counts them) and its members in arrears today. */
    private record Dues(Map<YearMonth, long[]> months, GapRules.Flagged warning, GapRules.Flagged flagged) {}

    private Dues dues(Organization o, YearMonth first, YearMonth last, YearMonth current) {
        YearMonth lastEnded = current.minusMonths(1);
        YearMonth arrearsFrom = lastEnded.minusYears(3).plusMonths(1);
        YearMonth from = arrearsFrom.isBefore(first) ? arrearsFrom : first;
        List<Member> people = em.createQuery("""
                select m from Member m where m.organizationId = :org
                  and (m.status in :active or m.statusChangedOn >= :start)""", Member.class)
                .setParameter("org", o.id).setParameter("active", List.of(MemberStatus.PROBATIONARY, MemberStatus.FULL))
                .setParameter("start", first.atDay(1)).getResultList();
        Map<YearMonth, long[]> months = new HashMap<>();
        int warning = 0;
        int flagged = 0;
        YearMonth warningSince = null;
        YearMonth flaggedSince = null;
        if (!people.isEmpty()) {
            Map<UUID, List<DuesBooks.Cell>> cells = books.months(people, o.path, true, from, last);
            for (Member m : people) {
                List<DuesRules.Month> history = new ArrayList<>();
                for (DuesBooks.Cell c : cells.get(m.id)) {
                    if (!c.month().isBefore(first)) {
                        long[] sums = months.computeIfAbsent(c.month(), k -> new long[2]);
                        sums[0] += c.dueFen();
                        sums[1] += c.paidFen();
                    }
                    if (!c.month().isBefore(arrearsFrom) && !c.month().isAfter(lastEnded)) {
                        history.add(new DuesRules.Month(c.month(), c.dueFen(), c.paid()));
                    }
                }
                if (!m.status.active()) {
                    continue;
                }
                DuesRules.Arrears a = duesRules.arrears(history);
                YearMonth owedSince = a.months().isEmpty() ? null : a.months().get(0);
                if (a.level() == DuesRules.Level.FLAG) {
                    flagged++;
                    flaggedSince = earlier(flaggedSince, owedSince);
                } else if (a.level() == DuesRules.Level.WARNING) {
                    warning++;
                    warningSince = earlier(warningSince, owedSince);
                }
            }
        }
        return new Dues(months, new GapRules.Flagged(warning, warningSince == null ? null : warningSince.atDay(1)),
                new GapRules.Flagged(flagged, flaggedSince == null ? null : flaggedSince.atDay(1)));
    }

    private static YearMonth earlier(YearMonth a, YearMonth b) {
        return a == null ? b : b == null ? a : a.isBefore(b) ? a : b;
    }

    private void writeMonths(UUID orgId, YearMonth first, Dues dues, ComplianceService.Facts mf) {
        Map<YearMonth, ComplianceService.MonthFacts> byMonth = new HashMap<>();
        if (mf != null) {
            mf.months().forEach(m -> byMonth.put(m.month(), m));
        }
        YearMonth last = YearMonth.of(first.getYear() + YEARS_BACK, 12);
        em.unwrap(Session.class).doWork(c -> {
            try (PreparedStatement ps = c.prepareStatement("""
                    insert into dashboard_org_month (organization_id, month, due_fen, paid_fen, meetings_held, required, met,
                        missing, open, missing_requirements) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
                for (YearMonth month = first; !month.isAfter(last); month = month.plusMonths(1)) {
                    long[] d = dues.months().getOrDefault(month, new long[2]);
                    ComplianceService.MonthFacts m = byMonth.get(month);
                    if (d[0] == 0 && d[1] == 0 && (m == null || m.held() == 0 && m.required() == 0)) {
                        continue;
                    }
                    ps.setObject(1, orgId);
                    ps.setObject(2, month.atDay(1));
                    ps.setLong(3, d[0]);
                    ps.setLong(4, d[1]);
                    ps.setInt(5, m == null ? 0 : m.held());
                    ps.setInt(6, m == null ? 0 : m.required());
                    ps.setInt(7, m == null ? 0 : m.met());
                    ps.setInt(8, m == null ? 0 : m.missing());
                    ps.setInt(9, m == null ? 0 : m.open());
                    ps.setArray(10, c.createArrayOf("varchar", m == null ? new String[0]
                            : m.missingRequirements().stream().map(Enum::name).toArray(String[]::new)));
                    ps.addBatch();
                }
                ps.executeBatch();
            }
        });
    }

    private static List<GapRules.Missed> missed(ComplianceService.Facts mf) {
        if (mf == null) {
            return List.of();
        }
        Map<String, List<ComplianceView.Item>> byPeriod = new java.util.LinkedHashMap<>();
        mf.lastClosedMissing().forEach(i -> byPeriod.computeIfAbsent(i.period(), k -> new ArrayList<>()).add(i));
        return byPeriod.entrySet().stream().map(e -> new GapRules.Missed(e.getKey(),
                ComplianceService.closedOn(e.getValue().get(0)),
                e.getValue().stream().map(ComplianceView.Item::requirement).toList())).toList();
    }

    private void writeGaps(UUID orgId, List<GapRules.Gap> gaps) {
        if (gaps.isEmpty()) {
            return;
        }
        em.unwrap(Session.class).doWork(c -> {
            try (PreparedStatement ps = c.prepareStatement("""
                    insert into dashboard_gap (organization_id, seq, kind, severity, severity_rank, code, since, detail,
                        item_count, transfer_id, member_id, member_name) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
                int seq = 0;
                for (GapRules.Gap g : gaps) {
                    ps.setObject(1, orgId);
                    ps.setInt(2, seq++);
                    ps.setString(3, g.kind().name());
                    ps.setString(4, g.severity().name());
                    ps.setInt(5, g.severity().ordinal());
                    ps.setString(6, g.code());
                    ps.setObject(7, g.since(), Types.DATE);
                    ps.setString(8, g.detail().length() > 500 ? g.detail().substring(0, 499) + "…" : g.detail());
                    ps.setObject(9, g.count(), Types.INTEGER);
                    ps.setObject(10, g.transferId(), Types.OTHER);
                    ps.setObject(11, g.memberId(), Types.OTHER);
                    ps.setString(12, g.memberName());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
        });
    }
}
