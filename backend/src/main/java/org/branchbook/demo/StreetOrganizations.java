package org.branchbook.demo;

import static org.branchbook.demo.StreetPlan.between;
import static org.branchbook.demo.StreetPlan.earliest;
import static org.branchbook.demo.StreetPlan.latest;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.branchbook.common.db.CopyStream;
import org.branchbook.demo.StreetPlan.Kind;
import org.branchbook.demo.StreetPlan.Org;
import org.branchbook.demo.StreetPlan.Person;
import org.branchbook.demo.StreetPlan.Seat;
import org.branchbook.demo.StreetPlan.Term;
import org.branchbook.member.MemberCategory;
import org.branchbook.member.MemberStatus;
import org.branchbook.member.Registration;
import org.branchbook.organization.ElectionPolicy;
import org.branchbook.organization.OrgCategory;
import org.branchbook.organization.OrgEventKind;
import org.branchbook.organization.OrgType;
import org.branchbook.organization.Position;

/**
 * The generated part of the demo street's tree: communities (社区党委 or 党总支 with 网格, 居民, 离退休 and 联合党支部,
 * a 离退休党总支, 党小组), 两新 committees with company branches and joint branches, more 流动党员 branches; then the
 * leadership terms of every generated organization (the current one and the one before). A few % are out of shape:
 * a branch under three full members, a joint branch over five units, no leadership recorded, 换届 overdue or due
 * within a month.
 */
final class StreetOrganizations {

    private static final long SEED = 20_260_705L;

    // ---- the shape of a generated community ----
    /** Communities whose own body is a 党总支 although they have hundreds of members (SHOULD_BE_PARTY_COMMITTEE). */
    static final double COMMUNITY_AS_GENERAL_BRANCH = 0.12;
    /** 党委 communities that gather retiree branches in a 离退休党总支 (of two, to stay below 100 members). */
    static final double RETIREE_GENERAL_BRANCH = 0.6;
    static final int RETIREE_GENERAL_BRANCH_SIZE = 2;
    /** Communities with a 居委会党支部 of fewer than 3 full members (TOO_FEW_FULL_MEMBERS). */
    static final double TINY_BRANCH = 0.3;
    /** A community's branches by kind: 网格, 居民, 离退休; the rest are 联合党支部. */
    static final double GRID_BRANCHES = 0.55;
    static final double RESIDENT_BRANCHES = 0.12;
    static final double RETIREE_BRANCHES = 0.22;
    /** Branches grown past 50 members (SHOULD_BE_GENERAL_BRANCH). */
    static final double OVERSIZED_BRANCH = 0.03;
    /** 联合党支部 covering more than 5 units (JOINT_BRANCH_TOO_MANY_UNITS). */
    static final double JOINT_TOO_MANY_UNITS = 0.15;
    /** Branches of 40 members or more that meet in 党小组 (two or three). */
    static final double BRANCH_WITH_GROUPS = 0.15;
    /** Per {@link DemoSize#unitsScale}: company branches, 楼宇 joint branches, social organizations, 流动党员 branches. */
    static final int COMPANY_BRANCHES = 10;
    static final int COMPANY_JOINT_BRANCHES = 2;
    static final int SOCIAL_BRANCHES = 5;
    static final int MOBILE_BRANCHES = 1;

    // ---- leadership ----
    /** Organizations with no leadership recorded (NO_LEADERSHIP). */
    static final double NO_LEADERSHIP = 0.02;
    /** Terms that ended without a new election (ELECTION_OVERDUE). */
    static final double ELECTION_OVERDUE = 0.03;
    /** Terms ending within a month (ELECTION_DUE_VERY_SOON). */
    static final double ELECTION_WITHIN_MONTH = 0.02;
    /** Branches of 7 full members or more with only a secretary (NO_COMMITTEE). */
    static final double NO_COMMITTEE = 0.03;
    /** Community bodies whose 班子 is smaller than the rule wants (COMMUNITY_LEADERSHIP_SIZE). */
    static final double COMMUNITY_LEADERSHIP_SHORT = 0.1;

    private final StreetPlan plan;
    private final DemoSize size;
    private final ElectionPolicy elections;
    private final Random random = new Random(SEED);

    StreetOrganizations(StreetPlan plan, DemoSize size, ElectionPolicy elections) {
        this.plan = plan;
        this.size = size;
        this.elections = elections;
    }

    /** Writes the organizations, their history (成立, 换届), terms and seats; returns the rows per table. */
    Map<String, Long> write(Connection c) throws SQLException {
        Map<String, Long> rows = new LinkedHashMap<>();
        rows.put("organization", writeOrganizations(c));
        rows.put("organization_event", writeOrganizationEvents(c));
        rows.put("leadership_term", writeTerms(c));
        rows.put("leadership_seat", writeSeats(c));
        return rows;
    }

    // ---- organizations ----

    /** The generated part of the tree: 两新 and 流动党员 organizations first, then communities sharing the rest. */
    void plan() {
        int budget = size.members;
        for (int k = 0; k < size.unitsScale; k++) {
            budget -= nonPublic(k);
            budget -= socialOrganizations(k);
            budget -= mobileBranches(k);
        }
        int share = budget / size.communities;
        for (int n = 0; n < size.communities; n++) {
            int members = n == size.communities - 1 ? budget : (int) (share * (0.75 + 0.5 * random.nextDouble()));
            budget -= community(n, Math.max(members, 200));
        }
    }

    /** One community: its own body, a 离退休党总支 perhaps, and branches until it has about {@code members}. */
    private int community(int n, int members) {
        String place = StreetNames.community(n);
        int number = 105 + n;
        boolean generalBranch = random.nextDouble() < COMMUNITY_AS_GENERAL_BRANCH;
        Org body = org(plan.street, "SQ-%04d".formatted(number), place + "社区" + (generalBranch ? "党总支" : "党委"),
                generalBranch ? OrgType.GENERAL_BRANCH : OrgType.PARTY_COMMITTEE, OrgCategory.COMMUNITY,
                        Kind.COMMITTEE);
        body.residents = 2_400 + random.nextInt(9_600);
        body.address = place + "路" + (1 + random.nextInt(300)) + "号";
        body.contactPhone = "6" + (1_000_000 + random.nextInt(8_999_999));
        int child = 0;
        Org retirees = null;
        if (!generalBranch && random.nextDouble() < RETIREE_GENERAL_BRANCH) {
            retirees = org(body, body.code + "-%02d".formatted(++child), place + "社区离退休党总支",
                    OrgType.GENERAL_BRANCH, OrgCategory.COMMUNITY, Kind.COMMITTEE);
        }
        int planned = 0;
        int grids = 0;
        int residents = 0;
        int retireeBranches = 0;
        int joints = 0;
        if (random.nextDouble() < TINY_BRANCH) {
            Org tiny = branch(body, body.code + "-%02d".formatted(++child), place + "社区居委会党支部",
                    OrgType.BRANCH, OrgCategory.COMMUNITY, Kind.RESIDENT, 2 + random.nextInt(3));
            tiny.belowThreeFull = true;
            planned += tiny.plannedMembers;
        }
        while (planned < members) {
            double x = random.nextDouble();
            Org b;
            if (x < GRID_BRANCHES) {
                b = branch(body, body.code + "-%02d".formatted(++child), place + "社区第" + StreetNames.ordinal(++grids)
                        + "网格党支部", OrgType.BRANCH, OrgCategory.GRID, Kind.GRID, between(random, 32, 50));
            } else if (x < GRID_BRANCHES + RESIDENT_BRANCHES) {
                b = branch(body, body.code + "-%02d".formatted(++child),
                        place + "社区第" + StreetNames.ordinal(++residents)
                        + "居民党支部", OrgType.BRANCH, OrgCategory.COMMUNITY, Kind.RESIDENT, between(random, 25, 48));
            } else if (x < GRID_BRANCHES + RESIDENT_BRANCHES + RETIREE_BRANCHES) {
                boolean inGeneralBranch = retirees != null && retireeBranches < RETIREE_GENERAL_BRANCH_SIZE;
                Org parent = inGeneralBranch ? retirees : body;
                String code = inGeneralBranch ? retirees.code + "-%02d".formatted(retireeBranches + 1)
                        : body.code + "-%02d".formatted(++child);
                b = branch(parent, code, place + "社区离退休第" + StreetNames.ordinal(++retireeBranches) + "党支部",
                        OrgType.BRANCH, OrgCategory.COMMUNITY, Kind.RETIREE, between(random, 35, 50));
            } else {
                String[] kinds = {"非公企业", "物业企业", "沿街商户", "楼宇企业"};
                b = branch(body, "LH-%04d-%02d".formatted(number, ++joints), place + "社区" + kinds[joints % kinds.length]
                        + (joints > kinds.length ? "第" + StreetNames.ordinal((joints - 1) / kinds.length + 1) : "")
                        + "联合党支部", OrgType.JOINT_BRANCH, OrgCategory.NON_PUBLIC, Kind.JOINT, between(random, 6, 15));
                b.units = random.nextDouble() < JOINT_TOO_MANY_UNITS ? between(random, 6, 9) : between(random, 2, 5);
            }
            if (b.kind != Kind.JOINT && random.nextDouble() < OVERSIZED_BRANCH) {
                b.plannedMembers = between(random, 52, 75);
            }
            planned += b.plannedMembers;
        }
        return planned;
    }

    /** Company and 楼宇 joint branches under the hand-made 非公企业党委 (the large street adds more committees). */
    private int nonPublic(int k) {
        Org committee = k == 0 ? find("FG-001") : org(plan.street, "FG-%03d".formatted(k + 1),
                "幸福街道非公企业第" + StreetNames.ordinal(k + 1) + "综合党委", OrgType.PARTY_COMMITTEE, OrgCategory.NON_PUBLIC,
                Kind.COMMITTEE);
        int planned = 0;
        int child = k == 0 ? 1 : 0; // FG-001-01 is the hand-made 星辰科技
        for (int i = 0; i < COMPANY_BRANCHES; i++) {
            String company = StreetNames.company(k * COMPANY_BRANCHES + i);
            planned += branch(committee, committee.code + "-%02d".formatted(++child), company + "党支部", OrgType.BRANCH,
                    OrgCategory.NON_PUBLIC, Kind.WORKPLACE, between(random, 5, 35)).plannedMembers;
        }
        for (int i = 0; i < COMPANY_JOINT_BRANCHES; i++) {
            Org joint = branch(committee, committee.code + "-%02d".formatted(++child), "幸福街道楼宇企业联合党支部（"
                    + StreetNames.ordinal(k * COMPANY_JOINT_BRANCHES + i + 1) + "）", OrgType.JOINT_BRANCH,
                    OrgCategory.NON_PUBLIC,
                    Kind.JOINT, between(random, 6, 14));
            joint.units = random.nextDouble() < JOINT_TOO_MANY_UNITS ? between(random, 6, 9) : between(random, 3, 5);
            planned += joint.plannedMembers;
        }
        return planned;
    }

    /** A 社会组织综合党委 with the branches of social organizations and a joint branch of the small ones. */
    private int socialOrganizations(int k) {
        Org committee = org(plan.street, "SZ-%03d".formatted(k + 1), k == 0 ? "幸福街道社会组织综合党委"
                : "幸福街道社会组织第" + StreetNames.ordinal(k + 1) + "综合党委", OrgType.PARTY_COMMITTEE,
                OrgCategory.SOCIAL_ORGANIZATION, Kind.COMMITTEE);
        int planned = 0;
        for (int i = 0; i < SOCIAL_BRANCHES; i++) {
            String name = StreetNames.socialOrganization(StreetNames.community(k * SOCIAL_BRANCHES + i), i);
            planned += branch(committee, committee.code + "-%02d".formatted(i + 1), name + "党支部", OrgType.BRANCH,
                    OrgCategory.SOCIAL_ORGANIZATION, Kind.WORKPLACE, between(random, 3, 15)).plannedMembers;
        }
        Org joint = branch(committee, committee.code + "-%02d".formatted(SOCIAL_BRANCHES + 1), "社会组织联合党支部",
                OrgType.JOINT_BRANCH,
                OrgCategory.SOCIAL_ORGANIZATION, Kind.JOINT, between(random, 6, 12));
        joint.units = between(random, 3, 5);
        return planned + joint.plannedMembers;
    }

    /** More 流动党员 branches under the hand-made 流动党员党总支. */
    private int mobileBranches(int k) {
        Org committee = find("LD-001");
        int planned = 0;
        for (int i = 0; i < MOBILE_BRANCHES; i++) {
            int n = 2 + k * MOBILE_BRANCHES + i;
            planned += branch(committee, "LD-001-%02d".formatted(n), "流动党员第" + StreetNames.ordinal(n) + "党支部",
                    OrgType.BRANCH, OrgCategory.MOBILE_MEMBERS, Kind.MOBILE, between(random, 20, 40)).plannedMembers;
        }
        return planned;
    }

    private Org branch(Org parent, String code, String name, OrgType type, OrgCategory category, Kind kind,
            int members) {
        Org b = org(parent, code, name, type, category, kind);
        b.plannedMembers = members;
        b.address = parent.address;
        return b;
    }

    private Org org(Org parent, String code, String name, OrgType type, OrgCategory category, Kind kind) {
        Org o = new Org(StreetPlan.uuid(random), code, name, type, category, parent);
        o.kind = kind;
        o.generated = true;
        LocalDate latest = plan.today.minusYears(8);
        o.establishedOn = parent.generated
                ? earliest(parent.establishedOn.plusDays(random.nextInt(1_500)), latest)
                : LocalDate.of(2004, 7, 1).plusDays(random.nextInt(3_000));
        if (parent.establishedOn != null && o.establishedOn.isBefore(parent.establishedOn)) {
            o.establishedOn = parent.establishedOn;
        }
        return plan.add(o);
    }

    /** 党小组 for the larger branches (once they have their members, so that each group gets a share of them). */
    void groups() {
        for (Org b : new ArrayList<>(plan.orgs)) {
            if (b.generated && b.type.isBranch()) {
                groups(b);
            }
        }
    }

    private void groups(Org branch) {
        if (branch.roster.size() < 40 || random.nextDouble() >= BRANCH_WITH_GROUPS) {
            return;
        }
        int count = 2 + random.nextInt(2);
        List<Org> groups = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            Org g = org(branch, branch.code + "-%02d".formatted(i), "第" + StreetNames.ordinal(i) + "党小组",
                    OrgType.PARTY_GROUP, branch.category, Kind.GROUP);
            groups.add(g);
        }
        int next = 0;
        for (Person p : branch.roster) {
            if (p.registration == Registration.REGISTERED) {
                p.group = groups.get(next++ % count);
            }
        }
    }

    private Org find(String code) {
        return plan.orgs.stream().filter(o -> o.code.equals(code)).findFirst()
                .orElseThrow(() -> new IllegalStateException("the hand-made street has no " + code));
    }

    // ---- leadership ----

    /** The current term of each generated organization (a few none, overdue or ending soon) and the one before. */
    void leadership() {
        for (Org o : plan.orgs) {
            if (!o.generated || o.type == OrgType.PARTY_GROUP) {
                continue;
            }
            double x = random.nextDouble();
            if (x < NO_LEADERSHIP) {
                continue;
            }
            int years = elections.termYears(o.type, o.communityBody());
            LocalDate ends;
            if (x < NO_LEADERSHIP + ELECTION_OVERDUE) {
                ends = plan.today.minusDays(20 + random.nextInt(300));
            } else if (x < NO_LEADERSHIP + ELECTION_OVERDUE + ELECTION_WITHIN_MONTH) {
                ends = plan.today.plusDays(3 + random.nextInt(25));
            } else {
                ends = plan.today.plusDays(35 + random.nextInt(years * 365 - 40));
            }
            LocalDate starts = ends.minusYears(years);
            LocalDate before = starts.minusYears(years);
            if (!before.isBefore(o.establishedOn)) {
                Term previous = term(o, before, starts, starts);
                previous.closedOn = starts;
            }
            term(o, starts, ends, plan.today);
        }
    }

    /** A term from {@code starts}; its seats go to members there from its start to {@code stillThere}. */
    private Term term(Org o, LocalDate starts, LocalDate ends, LocalDate stillThere) {
        Term t = new Term();
        t.id = StreetPlan.uuid(random);
        t.startsOn = starts;
        t.endsOn = ends;
        t.documentNumber = issuer(o) + "〔" + starts.getYear() + "〕" + (1 + random.nextInt(40)) + "号";
        List<Person> candidates = candidates(o, starts, stillThere);
        Collections.shuffle(candidates, random);
        List<Position> posts = posts(o, candidates);
        for (int i = 0; i < posts.size(); i++) {
            Person p = i < candidates.size() ? candidates.get(i) : null;
            String name = p != null ? p.name : StreetNames.person(random, 1965 + random.nextInt(25),
                    random.nextBoolean());
            t.seats.add(new Seat(posts.get(i), name, p));
        }
        o.terms.add(t);
        return t;
    }

    /** The 班子's posts: a committee of 3–5 in a branch of 7 full members or more, else a 书记; 5–9 in a community. */
    private List<Position> posts(Org o, List<Person> candidates) {
        List<Position> committee = List.of(Position.SECRETARY, Position.ORGANIZATION_COMMITTEE_MEMBER,
                Position.PUBLICITY_COMMITTEE_MEMBER, Position.DISCIPLINE_COMMITTEE_MEMBER,
                        Position.YOUTH_COMMITTEE_MEMBER);
        if (o.type.isBranch()) {
            long full = o.roster.stream()
                    .filter(p -> p.status == MemberStatus.FULL && p.registration == Registration.REGISTERED).count();
            if (full >= 7 && random.nextDouble() >= NO_COMMITTEE) {
                return committee.subList(0, between(random, 3, Math.min(5, candidates.size())));
            }
            return full >= 4 && random.nextDouble() < 0.4 ? List.of(Position.SECRETARY, Position.DEPUTY_SECRETARY)
                    : List.of(Position.SECRETARY);
        }
        if (o.communityBody()) {
            int most = o.residents != null && o.residents >= 3_000 ? 9 : 7;
            int size = random.nextDouble() < COMMUNITY_LEADERSHIP_SHORT ? between(random, 3, 4) : between(random, 5,
                    most);
            List<Position> all = List.of(Position.SECRETARY, Position.DEPUTY_SECRETARY,
                    Position.ORGANIZATION_COMMITTEE_MEMBER,
                    Position.PUBLICITY_COMMITTEE_MEMBER, Position.DISCIPLINE_COMMITTEE_MEMBER,
                            Position.YOUTH_COMMITTEE_MEMBER,
                    Position.UNITED_FRONT_COMMITTEE_MEMBER, Position.DEPUTY_SECRETARY, Position.COMMITTEE_MEMBER);
            return all.subList(0, size);
        }
        return committee.subList(0, between(random, 3, 5));
    }

    /** Who may sit in an organization's 班子 on a day: full, registered members below it who are there and about. */
    private static List<Person> candidates(Org o, LocalDate day, LocalDate stillThere) {
        List<Person> out = new ArrayList<>();
        collect(o, day, stillThere, out);
        return out;
    }

    private static void collect(Org o, LocalDate day, LocalDate stillThere, List<Person> out) {
        for (Person p : o.roster) {
            int age = day.getYear() - p.birth.getYear();
            if (p.inBranchOn(o, day) && p.inBranchOn(o,
                    stillThere) && p.votingOn(day) && p.mobility == null && p.inactiveSince == null
                    && !p.categories.contains(MemberCategory.BEDRIDDEN) && age >= 25 && age <= 70) {
                out.add(p);
            }
        }
        for (Org child : o.children) {
            if (child.type != OrgType.PARTY_GROUP) {
                collect(child, day, stillThere, out);
            }
        }
    }

    /** The short name of the committee that approves an organization's election (for 文号). */
    private String issuer(Org o) {
        Org up = o.parent;
        if (up == null || up == plan.street) {
            return "幸街党工";
        }
        String name = up.name.replace("幸福街道", "");
        return name.substring(0, Math.min(3, name.length())) + "党";
    }

    // ---- writing ----

    private long writeOrganizations(Connection c) throws SQLException {
        try (CopyStream copy = CopyStream.open(c, "organization",
                "id, code, name, type, category, parent_id, path, depth, established_on, address, contact_phone, "
                + "resident_count, covered_unit_count, created_at, updated_at")) {
            for (Org o : plan.orgs) {
                if (!o.generated) {
                    continue;
                }
                String created = StreetPlan.at(o.establishedOn, 9, 0).toString();
                copy.uuid(o.id).text(o.code).text(o.name).text(o.type.name()).text(o.category.name()).uuid(o.parent.id)
                        .text(o.path).number(o.depth).date(o.establishedOn).text(o.address).text(o.contactPhone)
                        .text(o.residents == null ? null : o.residents.toString())
                        .text(o.units == null ? null : o.units.toString()).text(created).text(created);
                copy.endRow();
            }
            return copy.finish();
        }
    }

    /** 成立 and each 换届, as the organization's history shows them. */
    private long writeOrganizationEvents(Connection c) throws SQLException {
        try (CopyStream copy = CopyStream.open(c, "organization_event",
                "id, organization_id, kind, effective_on, document_number, reason, to_parent_id, to_type, "
                + "recorded_at")) {
            for (Org o : plan.orgs) {
                if (!o.generated) {
                    continue;
                }
                copy.uuid(StreetPlan.uuid(random)).uuid(o.id).text(OrgEventKind.CREATED.name()).date(o.establishedOn)
                        .text(null).text(null).uuid(o.parent.id).text(o.type.name())
                        .text(StreetPlan.at(o.establishedOn, 9, 0).toString());
                copy.endRow();
                for (Term t : o.terms) {
                    copy.uuid(StreetPlan.uuid(random)).uuid(o.id).text(OrgEventKind.TERM_STARTED.name())
                            .date(t.startsOn).text(t.documentNumber).text("换届：任期至" + t.endsOn).text(null).text(null)
                            .text(StreetPlan.at(t.startsOn, 16, 0).toString());
                    copy.endRow();
                }
            }
            return copy.finish();
        }
    }

    private long writeTerms(Connection c) throws SQLException {
        try (CopyStream copy = CopyStream.open(c, "leadership_term",
                "id, organization_id, starts_on, ends_on, closed_on, document_number, created_at")) {
            for (Org o : plan.orgs) {
                for (Term t : o.generated ? o.terms : List.<Term>of()) {
                    copy.uuid(t.id).uuid(o.id).date(t.startsOn).date(t.endsOn).date(t.closedOn).text(t.documentNumber)
                            .text(StreetPlan.at(t.startsOn, 16, 0).toString());
                    copy.endRow();
                }
            }
            return copy.finish();
        }
    }

    private long writeSeats(Connection c) throws SQLException {
        try (CopyStream copy = CopyStream.open(c, "leadership_seat",
                "term_id, seat_order, position, person_name, member_id")) {
            for (Org o : plan.orgs) {
                for (Term t : o.generated ? o.terms : List.<Term>of()) {
                    for (int i = 0; i < t.seats.size(); i++) {
                        Seat s = t.seats.get(i);
                        copy.uuid(t.id).number(i).text(s.position().name()).text(s.personName())
                                .uuid(s.member() == null ? null : s.member().id);
                        copy.endRow();
                    }
                }
            }
            return copy.finish();
        }
    }

}
