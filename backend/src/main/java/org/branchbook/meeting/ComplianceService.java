package org.branchbook.meeting;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.branchbook.access.Caller;
import org.branchbook.common.Periods;
import org.branchbook.common.db.SqlValues;
import org.branchbook.dues.DuesReports;
import org.branchbook.dues.DuesRules;
import org.branchbook.member.Registration;
import org.branchbook.organization.OrgRef;
import org.branchbook.organization.OrgType;
import org.branchbook.organization.Organization;
import org.branchbook.organization.OrganizationService;

/** 三会一课 compliance (one organization, a subtree's matrix, reminders) and attendance, from the stored rules. */
@ApplicationScoped
public class ComplianceService {

    private final EntityManager em;
    private final Caller caller;
    private final OrganizationService organizations;
    private final MeetingConfig config;
    private final DuesReports dues;
    private final MeetingService meetingService;

    public ComplianceService(EntityManager em, Caller caller, OrganizationService organizations, MeetingConfig config,
            DuesReports dues, MeetingService meetingService) {
        this.meetingService = meetingService;
        this.em = em;
        this.caller = caller;
        this.organizations = organizations;
        this.config = config;
        this.dues = dues;
    }

    @Transactional
    public ComplianceView compliance(UUID organizationId, int year) {
        Organization org = organizations.require(organizationId);
        return compliance(org, year, rules(), Periods.now());
    }

    /** Organization × month for every organization below that owes meetings. */
    @Transactional
    public ComplianceMatrix matrix(UUID organizationId, int year) {
        Organization root = organizations.require(organizationId);
        Versions rules = rules();
        Instant now = Periods.now();
        List<String> months = new ArrayList<>(12);
        for (int i = 1; i <= 12; i++) {
            months.add(LocalDate.of(year, i, 1).toString().substring(0, 7));
        }
        List<ComplianceMatrix.Row> rows = new ArrayList<>();
        for (Organization o : owing(root, rules)) {
            ComplianceView c = compliance(o, year, rules, now);
            List<ComplianceMatrix.Cell> cells = new ArrayList<>(12);
            int missing = 0;
            for (String month : months) {
                LocalDate end = LocalDate.parse(month + "-01").plusMonths(1);
                List<ComplianceView.Item> ending = c.items().stream().filter(i -> periodEnd(i).equals(end)).toList();
                List<Requirement> miss = ending.stream().filter(i -> i.status() == MeetingRules.Status.MISSING)
                        .map(ComplianceView.Item::requirement).toList();
                List<Requirement> open = ending.stream().filter(i -> i.status() == MeetingRules.Status.OPEN)
                        .map(ComplianceView.Item::requirement).toList();
                MeetingRules.Status status = !miss.isEmpty() ? MeetingRules.Status.MISSING
                        : !open.isEmpty() ? MeetingRules.Status.OPEN
                        : ending.stream().allMatch(i -> i.status() == MeetingRules.Status.FUTURE) && !ending.isEmpty()
                                ? MeetingRules.Status.FUTURE : MeetingRules.Status.MET;
                missing += miss.size();
                cells.add(new ComplianceMatrix.Cell(month, status, miss, open));
            }
            rows.add(new ComplianceMatrix.Row(OrgRef.of(o), cells, missing));
        }
        return new ComplianceMatrix(year, months, rows);
    }

    /** What each organization below still owes in the current period, and what it missed this year. */
    @Transactional
    public Reminders reminders(UUID organizationId) {
        Organization root = organizations.require(organizationId == null ? caller.organizationId() : organizationId);
        Versions rules = rules();
        Instant now = Periods.now();
        int year = now.atZone(Periods.ZONE).getYear();
        List<Reminders.Row> rows = new ArrayList<>();
        for (Organization o : owing(root, rules)) {
            ComplianceView c = compliance(o, year, rules, now);
            List<ComplianceView.Item> due = c.items().stream().filter(i -> i.status() == MeetingRules.Status.OPEN).toList();
            List<ComplianceView.Item> overdue = c.items().stream().filter(i -> i.status() == MeetingRules.Status.MISSING).toList();
            if (!due.isEmpty() || !overdue.isEmpty()) {
                rows.add(new Reminders.Row(OrgRef.of(o), due, overdue));
            }
        }
        return new Reminders(rows);
    }

    /** Attendance of the members below an organization at held meetings in [from, to], with the flags. */
    @Transactional
    public AttendanceReport attendance(UUID organizationId, LocalDate from, LocalDate to) {
        Organization org = organizations.require(organizationId == null ? caller.organizationId() : organizationId);
        LocalDate today = Periods.now().atZone(Periods.ZONE).toLocalDate();
        LocalDate end = to == null ? today : to;
        LocalDate start = from == null ? end.withDayOfYear(1) : from;
        LocalDate inactiveSince = today.minusMonths(config.inactiveMonths());
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select m.id, m.name, m.registration, m.organization_id,
                       count(a.seq) filter (where mt.starts_at >= :start and mt.starts_at < :end),
                       count(a.seq) filter (where a.status = 'PRESENT' and mt.starts_at >= :start and mt.starts_at < :end),
                       count(a.seq) filter (where a.status = 'LEAVE' and mt.starts_at >= :start and mt.starts_at < :end),
                       count(a.seq) filter (where a.status = 'ABSENT' and mt.starts_at >= :start and mt.starts_at < :end),
                       count(a.seq) filter (where a.status = 'PRESENT' and mt.starts_at >= :since),
                       (select min(p.from_on) from membership p where p.member_id = m.id) as since
                from member m join organization o on o.id = m.organization_id
                left join meeting_attendee a on a.member_id = m.id and not a.invited
                left join meeting mt on mt.id = a.meeting_id and mt.state = 'HELD'
                where o.path like :path and m.status in ('PROBATIONARY', 'FULL')
                group by m.id, m.name, m.registration, m.organization_id
                order by m.name collate "zh-x-icu", m.id""")
                .setParameter("path", org.path + "%")
                .setParameter("start", java.sql.Timestamp.from(start.atStartOfDay(Periods.ZONE).toInstant()))
                .setParameter("end", java.sql.Timestamp.from(end.plusDays(1).atStartOfDay(Periods.ZONE).toInstant()))
                .setParameter("since", java.sql.Timestamp.from(inactiveSince.atStartOfDay(Periods.ZONE).toInstant()))
                .getResultList();
        Map<UUID, DuesRules.Level> duesLevels = new HashMap<>();
        dues.arrears(org.id).items().forEach(i -> duesLevels.put(i.member().id(), i.level()));
        Map<UUID, OrgRef> refs = organizations.refs(rows.stream().map(r -> (UUID) r[3]).distinct().toList());
        List<AttendanceReport.Row> out = new ArrayList<>(rows.size());
        for (Object[] r : rows) {
            UUID id = (UUID) r[0];
            Registration registration = Registration.valueOf((String) r[2]);
            int expected = ((Number) r[4]).intValue();
            int present = ((Number) r[5]).intValue();
            int min = registration == Registration.REGISTERED ? config.registeredMinPercent() : config.reportingMinPercent();
            LocalDate since = r[9] == null ? today : SqlValues.localDate(r[9]);
            boolean inactive = registration == Registration.REGISTERED && !since.isAfter(inactiveSince)
                    && ((Number) r[8]).intValue() == 0;
            out.add(new AttendanceReport.Row(id, (String) r[1], registration, refs.get((UUID) r[3]), expected, present,
                    ((Number) r[6]).intValue(), ((Number) r[7]).intValue(),
                    expected == 0 ? null : Math.round(present * 1000.0 / expected) / 1000.0,
                    MeetingRules.belowThreshold(present, expected, min), inactive,
                    duesLevels.get(id) == DuesRules.Level.FLAG));
        }
        Map<UUID, int[]> byOrg = new java.util.LinkedHashMap<>();
        for (Object[] r : rows) {
            int[] sums = byOrg.computeIfAbsent((UUID) r[3], k -> new int[2]);
            sums[0] += ((Number) r[4]).intValue();
            sums[1] += ((Number) r[5]).intValue();
        }
        List<AttendanceReport.OrgRow> orgRows = byOrg.entrySet().stream()
                .filter(e -> refs.get(e.getKey()) != null)
                .map(e -> new AttendanceReport.OrgRow(refs.get(e.getKey()), e.getValue()[0], e.getValue()[1],
                        e.getValue()[0] == 0 ? null : Math.round(e.getValue()[1] * 1000.0 / e.getValue()[0]) / 1000.0))
                .sorted(java.util.Comparator.comparing(o -> o.organization().code())).toList();
        return new AttendanceReport(start, end, out, orgRows);
    }

    /** One month of an organization for the dashboard: the requirement periods ending in it, meetings held in it. */
    public record MonthFacts(java.time.YearMonth month, int required, int met, int missing, int open, int held,
            List<Requirement> missingRequirements) {}

    /** An organization's months over some years, and what it missed in the last closed period of each kind. */
    public record Facts(List<MonthFacts> months, List<ComplianceView.Item> lastClosedMissing) {}

    /**
     * The dashboard's facts of each organization for the years {@code fromYear}..{@code toYear}: requirement periods
     * that have begun (met, missing or open) counted in the month they end, as {@link #matrix} shows them.
     */
    public Map<UUID, Facts> facts(List<Organization> orgs, int fromYear, int toYear) {
        Versions rules = rules();
        Instant now = Periods.now();
        LocalDate today = now.atZone(Periods.ZONE).toLocalDate();
        Map<UUID, Facts> out = new HashMap<>();
        for (Organization o : orgs) {
            boolean owes = rules.containsKey(o.type.name());
            List<MonthFacts> months = new ArrayList<>();
            List<ComplianceView.Item> lastClosed = new ArrayList<>();
            for (int year = fromYear; year <= toYear; year++) {
                int[] held = new int[12];
                List<Meeting> meetings = meetingService.held(o.id, year);
                meetings.forEach(m -> held[m.startsAt.atZone(Periods.ZONE).getMonthValue() - 1]++);
                List<ComplianceView.Item> items = owes ? compliance(o, year, rules, now, meetings).items() : List.of();
                for (int i = 1; i <= 12; i++) {
                    LocalDate end = LocalDate.of(year, i, 1).plusMonths(1);
                    int met = 0;
                    int missing = 0;
                    int open = 0;
                    List<Requirement> missed = new ArrayList<>();
                    for (ComplianceView.Item item : items) {
                        if (!periodEnd(item).equals(end)) {
                            continue;
                        }
                        switch (item.status()) {
                            case MET -> met++;
                            case MISSING -> {
                                missing++;
                                missed.add(item.requirement());
                                if (end.equals(Period.of(item.periodKind(), today).start())) {
                                    lastClosed.add(item);
                                }
                            }
                            case OPEN -> open++;
                            case FUTURE -> { }
                        }
                    }
                    months.add(new MonthFacts(java.time.YearMonth.of(year, i), met + missing + open, met, missing, open,
                            held[i - 1], missed));
                }
            }
            out.put(o.id, new Facts(months, lastClosed));
        }
        return out;
    }

    /** The day after an item's period: when a missed requirement became missing. */
    public static LocalDate closedOn(ComplianceView.Item i) {
        return periodEnd(i);
    }

    // ---- helpers ----

    private ComplianceView compliance(Organization org, int year, Versions rules, Instant now) {
        return compliance(org, year, rules, now, meetingService.held(org.id, year));
    }

    /** The compliance of a year from its held meetings ({@link MeetingService#held}). */
    private ComplianceView compliance(Organization org, int year, Versions rules, Instant now, List<Meeting> meetings) {
        LocalDate start = LocalDate.of(year, 1, 1);
        LocalDate end = LocalDate.of(year, 12, 31);
        LocalDate asOf = now.atZone(Periods.ZONE).toLocalDate();
        LocalDate factsOn = asOf.isAfter(end) ? end : asOf.isBefore(start) ? start : asOf;
        Number seats = (Number) em.createNativeQuery("""
                select count(*) from leadership_seat s join leadership_term t on t.id = s.term_id
                where t.organization_id = :org and t.starts_on <= :day and (t.closed_on is null or t.closed_on > :day)""")
                .setParameter("org", org.id).setParameter("day", factsOn).getSingleResult();
        boolean hasCommittee = seats.intValue() >= 3;
        int groups = em.createQuery("select count(o) from Organization o where o.parentId = :id and o.type = :group"
                + " and o.archivedAt is null", Long.class).setParameter("id", org.id)
                .setParameter("group", OrgType.PARTY_GROUP).getSingleResult().intValue();
        List<MeetingRules.Held> held = meetings.stream().map(m -> new MeetingRules.Held(m.startsAt,
                MeetingRules.counts(m.typeSet(), m.secretaryLectured), m.groupId)).toList();
        List<ComplianceView.Item> items = MeetingRules.compliance(rules.getOrDefault(org.type.name(), new java.util.TreeMap<>()),
                hasCommittee, groups, held, start, end, now).stream()
                .map(p -> new ComplianceView.Item(p.requirement(), p.period().label(), p.period().kind(), p.required(),
                        p.held(), p.status())).toList();
        int met = (int) items.stream().filter(i -> i.status() == MeetingRules.Status.MET).count();
        int missing = (int) items.stream().filter(i -> i.status() == MeetingRules.Status.MISSING).count();
        int open = (int) items.stream().filter(i -> i.status() == MeetingRules.Status.OPEN).count();
        return new ComplianceView(OrgRef.of(org), year, hasCommittee, groups, items, met, missing, open);
    }

    /** Every version of the rules per organization type: first day → rules (each period uses the one in force then). */
    Versions rules() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select r.org_type, r.effective_from, r.requirement, r.period, r.times from meeting_rule r
                order by r.org_type, r.effective_from, r.requirement""").getResultList();
        Versions out = new Versions();
        for (Object[] r : rows) {
            LocalDate from = SqlValues.localDate(r[1]);
            out.computeIfAbsent((String) r[0], k -> new java.util.TreeMap<>()).computeIfAbsent(from, k -> new ArrayList<>())
                    .add(new MeetingRules.Rule(Requirement.valueOf((String) r[2]), Period.Kind.valueOf((String) r[3]),
                            ((Number) r[4]).intValue()));
        }
        return out;
    }

    /** Organization type → first day of a version → its rules. */
    static final class Versions extends HashMap<String, java.util.NavigableMap<LocalDate, List<MeetingRules.Rule>>> {
        private static final long serialVersionUID = 1L;
    }

    /** The active organizations of a subtree whose type has rules, in tree order. */
    private List<Organization> owing(Organization root, Versions rules) {
        Set<String> types = rules.keySet();
        return em.createQuery("from Organization o where o.path like :path and o.archivedAt is null order by o.path",
                Organization.class).setParameter("path", root.path + "%").getResultList().stream()
                .filter(o -> types.contains(o.type.name())).toList();
    }

    private static LocalDate periodEnd(ComplianceView.Item i) {
        String p = i.period();
        return switch (i.periodKind()) {
            case MONTH -> LocalDate.parse(p + "-01").plusMonths(1);
            case QUARTER -> LocalDate.of(Integer.parseInt(p.substring(0, 4)), Integer.parseInt(p.substring(6)) * 3, 1).plusMonths(1);
            case YEAR -> LocalDate.of(Integer.parseInt(p) + 1, 1, 1);
        };
    }
}
