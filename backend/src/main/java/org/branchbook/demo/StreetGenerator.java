package org.branchbook.demo;

import io.quarkus.narayana.jta.runtime.TransactionConfiguration;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.branchbook.audit.AuditLog;
import org.branchbook.common.Periods;
import org.branchbook.demo.StreetPlan.Org;
import org.branchbook.demo.StreetPlan.Person;
import org.branchbook.demo.StreetPlan.Seat;
import org.branchbook.demo.StreetPlan.Term;
import org.branchbook.dues.DuesRates;
import org.branchbook.member.IdNumber;
import org.branchbook.member.MemberCategory;
import org.branchbook.member.MemberStatus;
import org.branchbook.member.Mobility;
import org.branchbook.member.Registration;
import org.branchbook.organization.ElectionPolicy;
import org.branchbook.organization.OrgCategory;
import org.branchbook.organization.OrgType;
import org.branchbook.organization.OrganizationConfig;
import org.branchbook.organization.Position;
import org.hibernate.Session;
import org.jboss.logging.Logger;

/**
 * A believable demo street with three years of history, on top of the hand-made street of {@link DemoData}, in the
 * size {@code branchbook.demo-data.size} asks for ({@link DemoSize}). Every size gives the hand-made branches their
 * 三会一课 and (where DemoData left them without) their dues; {@code street} and {@code large} add communities,
 * 两新 and 流动党员 organizations, their members, leadership terms and transfers in every state.
 *
 * <p>Rows go in with {@code COPY} (a few hand-made rows are updated with batches), in one transaction. The data are
 * drawn from seeded randoms and laid out relative to today (Asia/Shanghai), so a fresh demo database has the same
 * street every day, and the same gaps: a few % of the organizations and members are out of shape, in arrears,
 * absent, overdue — never all of them.
 */
@ApplicationScoped
public class StreetGenerator {

    private static final Logger LOG = Logger.getLogger(StreetGenerator.class);
    private static final String MARKER = "demo-street-generated";
    private static final long SEED = 20_260_701L;

    private final EntityManager em;
    private final Periods periods;
    private final DuesRates rates;
    private final AuditLog audit;
    private final ElectionPolicy elections;

    public StreetGenerator(EntityManager em, Periods periods, DuesRates rates, AuditLog audit,
            OrganizationConfig organizations) {
        this.em = em;
        this.periods = periods;
        this.rates = rates;
        this.audit = audit;
        this.elections = organizations.electionPolicy();
    }

    /**
     * Builds the street of the given size unless it was built before (a marker in {@code app_state}); called by the
     * bootstrap right after the hand-made street was loaded.
     */
    @Transactional
    @TransactionConfiguration(timeout = 3600)
    public void generateOnce(DemoSize size) {
        long started = System.nanoTime();
        int claimed = em.createNativeQuery(
                "insert into app_state (key, value) values (:key, :value) on conflict do nothing")
                .setParameter("key", MARKER).setParameter("value", size.name().toLowerCase()).executeUpdate();
        if (claimed == 0) {
            return;
        }
        StreetPlan plan = new StreetPlan(periods.today());
        Map<String, Long> rows = new LinkedHashMap<>();
        Map<String, String> took = new LinkedHashMap<>();
        em.unwrap(Session.class).doWork(c -> build(c, plan, size, rows, took));
        // the bulk load runs without per-row triggers: the dashboard's facts of every organization go stale here
        em.createNativeQuery("insert into dashboard_stale (organization_id) select id from organization").executeUpdate();
        if (plan.street == null) {
            LOG.warn("Demo street not generated: the hand-made street (JD-001) is missing");
            return;
        }
        audit.record("demo.generate", "organization", plan.street.id, plan.street.path, null,
                Map.of("size", size.name(), "rows", rows));
        LOG.infof("Demo street (%s) generated in %.1f s (%s): %s", size.name().toLowerCase(),
                (System.nanoTime() - started) / 1e9, String.join(", ", took.values()),
                rows.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(", ")));
    }

    /** Plans the street, then writes it table by table; {@code rows} and {@code took} say what and how long. */
    private void build(Connection c, StreetPlan plan, DemoSize size, Map<String, Long> rows, Map<String, String> took)
            throws SQLException {
        long phase = System.nanoTime();
        Set<String> idNumbers = readHandMadeStreet(c, plan);
        if (plan.street == null) {
            return;
        }
        boolean checkLater = checkForeignKeysLater(c);
        rows.put("membership back-dated", handMadeHistory(c, plan));
        StreetOrganizations tree = new StreetOrganizations(plan, size, elections);
        StreetMembers members = new StreetMembers(plan, idNumbers);
        TransferHistory transfers = new TransferHistory(plan, size, idNumbers);
        if (size.generatesCommunities()) {
            tree.plan();
            members.plan();
            tree.groups();
        }
        for (Person p : plan.people) {
            MeetingHistory.habits(p, plan);
            DuesHistory.habits(p, plan);
        }
        if (size.generatesCommunities()) {
            transfers.plan(c); // moves members: before the leadership picks who sits where
            tree.leadership();
        }
        phase = lap(took, "plan", phase);
        if (size.generatesCommunities()) {
            rows.putAll(tree.write(c));
            rows.putAll(members.write(c));
            phase = lap(took, "tree and members", phase);
        }
        DuesHistory dues = new DuesHistory(plan, size, rates);
        rows.putAll(dues.write(c));
        phase = lap(took, "dues", phase);
        if (size.generatesCommunities()) {
            rows.putAll(transfers.write(c, dues));
        }
        rows.putAll(new MeetingHistory(plan, size).write(c));
        phase = lap(took, "meetings", phase);
        if (checkLater) {
            checkForeignKeys(c);
            phase = lap(took, "foreign keys", phase);
        }
        analyze(c);
        lap(took, "analyze", phase);
    }

    /** Notes how long a phase took; returns the start of the next one. */
    private static long lap(Map<String, String> took, String phase, long since) {
        long now = System.nanoTime();
        took.put(phase, "%s %.1f s".formatted(phase, (now - since) / 1e9));
        return now;
    }

    // ---- the hand-made street ----

    /** Reads the hand-made street into the plan; returns every 身份证号 already taken. */
    private static Set<String> readHandMadeStreet(Connection c, StreetPlan plan) throws SQLException {
        Map<UUID, Org> orgs = new HashMap<>();
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("""
                select id, code, name, type, category, parent_id, established_on, resident_count, covered_unit_count
                from organization where archived_at is null order by depth, code""")) {
            while (r.next()) {
                UUID parentId = r.getObject(6, UUID.class);
                Org o = new Org(r.getObject(1, UUID.class), r.getString(2), r.getString(3),
                        OrgType.valueOf(r.getString(4)),
                        OrgCategory.valueOf(r.getString(5)), parentId == null ? null : orgs.get(parentId));
                o.establishedOn = r.getObject(7, LocalDate.class);
                o.residents = (Integer) r.getObject(8);
                o.units = (Integer) r.getObject(9);
                orgs.put(o.id, plan.add(o));
                if (o.parent == null && "JD-001".equals(o.code)) {
                    plan.street = o;
                }
            }
        }
        Map<UUID, Person> people = new HashMap<>();
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("""
                select m.id, m.name, m.gender, m.birth_date, m.id_number, m.joined_on, m.full_on, m.probation_ends_on,
                       m.status, m.status_changed_on, m.organization_id, m.group_id, m.registration, m.categories,
                       m.mobility, m.mobile_since, (select min(p.from_on) from membership p where p.member_id = m.id)
                from member m order by m.id_number""")) { // a stable order: the plan's draws follow it
            while (r.next()) {
                Person p = new Person();
                p.id = r.getObject(1, UUID.class);
                p.name = r.getString(2);
                p.gender = IdNumber.Gender.valueOf(r.getString(3));
                p.birth = r.getObject(4, LocalDate.class);
                p.idNumber = r.getString(5);
                p.joinedOn = r.getObject(6, LocalDate.class);
                p.fullOn = r.getObject(7, LocalDate.class);
                p.probationEndsOn = r.getObject(8, LocalDate.class);
                p.status = MemberStatus.valueOf(r.getString(9));
                p.statusChangedOn = r.getObject(10, LocalDate.class);
                p.branch = orgs.get(r.getObject(11, UUID.class));
                p.group = orgs.get(r.getObject(12, UUID.class));
                p.registration = Registration.valueOf(r.getString(13));
                for (String category : (String[]) r.getArray(14).getArray()) {
                    p.categories.add(MemberCategory.valueOf(category));
                }
                p.mobility = r.getString(15) == null ? null : Mobility.valueOf(r.getString(15));
                p.mobileSince = r.getObject(16, LocalDate.class);
                p.registeredOn = r.getObject(17, LocalDate.class);
                if (p.branch != null && p.registeredOn != null) {
                    p.branch.roster.add(plan.add(p));
                    people.put(p.id, p);
                }
            }
        }
        Map<UUID, Term> terms = new HashMap<>();
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("""
                select id, organization_id, starts_on, ends_on, closed_on from leadership_term order by starts_on""")) {
            while (r.next()) {
                Org o = orgs.get(r.getObject(2, UUID.class));
                if (o != null) {
                    Term t = new Term();
                    t.id = r.getObject(1, UUID.class);
                    t.startsOn = r.getObject(3, LocalDate.class);
                    t.endsOn = r.getObject(4, LocalDate.class);
                    t.closedOn = r.getObject(5, LocalDate.class);
                    o.terms.add(t);
                    terms.put(t.id, t);
                }
            }
        }
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("""
                select s.term_id, s.position, s.person_name, s.member_id, t.organization_id
                from leadership_seat s join leadership_term t on t.id = s.term_id
                order by s.term_id, s.seat_order""")) {
            while (r.next()) {
                Term t = terms.get(r.getObject(1, UUID.class));
                if (t == null) {
                    continue;
                }
                Org o = orgs.get(r.getObject(5, UUID.class));
                String name = r.getString(3);
                Person member = people.get(r.getObject(4, UUID.class));
                if (member == null && o.type.isBranch()) {
                    // DemoData names a branch's 支委 by their names: the committee is those members
                    member = o.roster.stream().filter(p -> p.name.equals(name)).findFirst().orElse(null);
                }
                t.seats.add(new Seat(Position.valueOf(r.getString(2)), name, member));
            }
        }
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("""
                select distinct m.organization_id from dues_standard d join member m on m.id = d.member_id""")) {
            while (r.next()) {
                Org o = orgs.get(r.getObject(1, UUID.class));
                if (o != null) {
                    o.duesKept = true;
                }
            }
        }
        Set<String> idNumbers = new HashSet<>();
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("""
                select id_number from member
                union select member_id_number from transfer where member_id_number is not null""")) {
            while (r.next()) {
                idNumbers.add(r.getString(1));
            }
        }
        return idNumbers;
    }

    /**
     * The hand-made members were registered on the day the demo was loaded; their history needs them here before:
     * each gets the day they came to the street (their 入党 day at the earliest), and the members of a branch with
     * 党小组 are placed in its groups.
     */
    private static long handMadeHistory(Connection c, StreetPlan plan) throws SQLException {
        Random random = new Random(SEED + 4);
        int updated = 0;
        try (PreparedStatement membership = c.prepareStatement(
                "update membership set from_on = ?, group_id = ? where member_id = ? and from_on = ?");
                PreparedStatement member = c.prepareStatement("update member set group_id = ? where id = ?")) {
            for (Org branch : plan.branches()) {
                List<Org> groups = branch.groups();
                int next = 0;
                for (Person p : branch.roster) {
                    LocalDate loaded = p.registeredOn;
                    if (!loaded.equals(plan.today)) {
                        continue; // not from the demo's first day: leave it
                    }
                    p.registeredOn = p.status == MemberStatus.PROBATIONARY ? p.joinedOn
                            : StreetPlan.latest(p.joinedOn, plan.today.minusDays(1_200 + random.nextInt(4_000)));
                    boolean placeable = p.active() && p.registration == Registration.REGISTERED;
                    if (p.group == null && !groups.isEmpty() && placeable) {
                        p.group = groups.get(next++ % groups.size());
                        member.setObject(1, p.group.id);
                        member.setObject(2, p.id);
                        member.addBatch();
                    }
                    membership.setObject(1, p.registeredOn);
                    membership.setObject(2, p.group == null ? null : p.group.id);
                    membership.setObject(3, p.id);
                    membership.setObject(4, loaded);
                    membership.addBatch();
                    updated++;
                }
            }
            membership.executeBatch();
            member.executeBatch();
        }
        return updated;
    }

    /**
     * Checking each row's foreign keys as it is copied in triples the time of a COPY. A superuser (the embedded
     * database's) can switch those per-row triggers off for this transaction ({@code session_replication_role});
     * {@link #checkForeignKeys} then checks every foreign key once, set-based, before the transaction commits.
     */
    private static boolean checkForeignKeysLater(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
                ResultSet r = s.executeQuery("select rolsuper from pg_roles where rolname = current_user")) {
            if (!r.next() || !r.getBoolean(1)) {
                return false;
            }
            s.execute("set local session_replication_role = replica");
            return true;
        }
    }

    /** Every (single-column) foreign key of the schema, checked with one anti-join each; a violation rolls all back. */
    private static void checkForeignKeys(Connection c) throws SQLException {
        List<String[]> keys = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("""
                select c.conname, c.conrelid::regclass::text, a.attname, c.confrelid::regclass::text, f.attname
                from pg_constraint c
                join pg_attribute a on a.attrelid = c.conrelid and a.attnum = c.conkey[1]
                join pg_attribute f on f.attrelid = c.confrelid and f.attnum = c.confkey[1]
                where c.contype = 'f' and cardinality(c.conkey) = 1 and c.connamespace = 'public'::regnamespace""")) {
            while (r.next()) {
                keys.add(new String[] {r.getString(1), r.getString(2), r.getString(3), r.getString(4), r.getString(5)});
            }
        }
        try (Statement s = c.createStatement()) {
            s.execute("set local session_replication_role = origin");
            s.execute("set local work_mem = '256MB'");
            for (String[] k : keys) {
                String orphans = """
                        select exists (select 1 from %2$s c where c.%3$s is not null
                                       and not exists (select 1 from %4$s p where p.%5$s = c.%3$s))"""
                        .formatted((Object[]) k);
                try (ResultSet r = s.executeQuery(orphans)) {
                    r.next();
                    if (r.getBoolean(1)) {
                        throw new IllegalStateException("demo street: rows of " + k[1] + " break " + k[0]);
                    }
                }
            }
        }
    }

    /** Fresh statistics, so that the first requests on the new street are planned well. */
    private static void analyze(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("analyze organization, member, membership, leadership_term, leadership_seat, dues_standard,"
                    + " dues_payment,"
                    + " dues_payment_month, meeting, meeting_attendee, transfer, transfer_letter, transfer_step");
        }
    }
}
