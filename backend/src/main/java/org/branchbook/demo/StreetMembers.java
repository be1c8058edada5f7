package org.branchbook.demo;

import static org.branchbook.demo.StreetPlan.between;
import static org.branchbook.demo.StreetPlan.latest;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

import org.branchbook.common.db.CopyStream;
import org.branchbook.demo.StreetPlan.Kind;
import org.branchbook.demo.StreetPlan.Org;
import org.branchbook.demo.StreetPlan.Person;
import org.branchbook.member.Education;
import org.branchbook.member.IdNumber;
import org.branchbook.member.LeaveKind;
import org.branchbook.member.Lifecycle;
import org.branchbook.member.MemberAction;
import org.branchbook.member.MemberCategory;
import org.branchbook.member.MemberStatus;
import org.branchbook.member.Mobility;
import org.branchbook.member.Registration;
import org.branchbook.organization.OrgCategory;

/**
 * The members of the generated branches: ages, join dates and special groups that fit the branch (retirees in a
 * 离退休党支部, working age in a company), valid made-up 身份证号, where they came from and when; a few still 预备党员
 * past their probation, 流出 for months, 在职党员到社区报到, dead or gone during the history. Written with their
 * membership periods (split where a transfer moved them) and their lifecycle events.
 */
final class StreetMembers {

    private static final long SEED = 20_260_706L;

    /** Members under 50 who are still 预备党员. */
    static final double PROBATIONARY = 0.07;
    /** Of those, probation over without 转正 recorded. */
    static final double PROBATION_OVERDUE = 0.15;
    /** Working-age residents of a community branch who are 在职党员到社区报到 (their relationship is elsewhere). */
    static final double REPORTING = 0.05;
    /** Working-age members away (流出); of them, away for less than six months. */
    static final double AWAY = 0.03;
    static final double AWAY_RECENTLY = 0.3;
    /** Members whose relationship came to the street during the history (组织关系转入). */
    static final double MOVED_IN = 0.08;
    static final double BEDRIDDEN_OVER_80 = 0.12;
    static final double IN_HARDSHIP = 0.04;
    static final double UNEMPLOYED = 0.03;
    /** Members over 75 who died during the history; members who left (出党). */
    static final double DIED_OVER_75 = 0.01;
    static final double LEFT = 0.0015;

    private final StreetPlan plan;
    private final Set<String> idNumbers;
    private final Random random = new Random(SEED);

    StreetMembers(StreetPlan plan, Set<String> idNumbers) {
        this.plan = plan;
        this.idNumbers = idNumbers;
    }

    /** Writes the members, their memberships and their lifecycle events; returns the rows per table. */
    Map<String, Long> write(Connection c) throws SQLException {
        Map<String, Long> rows = new LinkedHashMap<>();
        rows.put("member", writeMembers(c));
        rows.put("membership", writeMemberships(c));
        rows.put("member_event", writeMemberEvents(c));
        return rows;
    }

    // ---- planning ----

    /** The members of every generated branch. */
    void plan() {
        for (Org b : new ArrayList<>(plan.orgs)) {
            if (!b.generated || !b.type.isBranch()) {
                continue;
            }
            boolean tiny = b.belowThreeFull;
            for (int i = 0; i < b.plannedMembers; i++) {
                // a tiny branch keeps one or two full members, the rest probationary
                Person p = person(plan, b, random, idNumbers, tiny && i >= 1 + (b.plannedMembers > 3 ? 1 : 0));
                b.roster.add(plan.add(p));
            }
        }
    }

    /** One made-up member of a branch, with an age and a life that fit the branch. */
    static Person person(StreetPlan plan, Org branch, Random random, Set<String> idNumbers, boolean probationary) {
        LocalDate today = plan.today;
        int age = switch (branch.kind) {
            case RETIREE -> between(random, 60, 92);
            case JOINT, WORKPLACE, MOBILE -> between(random, 22, 55);
            default -> {
                double x = random.nextDouble();
                yield x < 0.45 ? between(random, 60, 90) : x < 0.9 ? between(random, 26, 59) : between(random, 20, 27);
            }
        };
        if (probationary) {
            age = Math.min(age, 45);
        }
        probationary |= age < 50 && random.nextDouble() < PROBATIONARY;
        Person p = new Person();
        p.generated = true;
        p.id = StreetPlan.uuid(random);
        boolean male = random.nextDouble() < (age >= 60 ? 0.45 : 0.55);
        p.gender = male ? IdNumber.Gender.MALE : IdNumber.Gender.FEMALE;
        p.birth = today.minusYears(age).minusDays(1 + random.nextInt(364));
        p.idNumber = idNumber(random, p.birth, male, idNumbers);
        p.name = StreetNames.person(random, p.birth.getYear(), male);
        p.ethnicity = random.nextDouble() < 0.94 ? "汉族" : StreetNames.pick(random, StreetNames.MINORITIES);
        p.phone = "1%c%09d".formatted("3589".charAt(random.nextInt(4)), random.nextInt(1_000_000_000));
        p.branch = branch;
        if (probationary) {
            p.status = MemberStatus.PROBATIONARY;
            p.joinedOn = random.nextDouble() < PROBATION_OVERDUE ? today.minusMonths(13).minusDays(random.nextInt(100))
                    : today.minusDays(20 + random.nextInt(340));
            p.probationEndsOn = org.branchbook.member.Lifecycle.probationEnd(p.joinedOn);
        } else {
            int joinAge = 18 + random.nextInt(Math.max(1, Math.min(age - 19, 30)));
            p.joinedOn = p.birth.plusYears(joinAge).plusDays(random.nextInt(300));
            if (p.joinedOn.isAfter(today.minusMonths(13))) {
                p.joinedOn = today.minusMonths(13).minusDays(random.nextInt(600));
            }
            p.fullOn = org.branchbook.member.Lifecycle.probationEnd(p.joinedOn);
        }
        boolean retired = age >= 60 || (!male && age >= 55 && random.nextDouble() < 0.7);
        if (retired) {
            p.categories.add(MemberCategory.RETIRED);
        }
        if (!probationary && p.joinedOn.isBefore(today.minusYears(50))) {
            p.categories.add(MemberCategory.VETERAN);
        }
        if (age >= 80 && random.nextDouble() < BEDRIDDEN_OVER_80) {
            p.categories.add(MemberCategory.BEDRIDDEN);
        }
        if (random.nextDouble() < IN_HARDSHIP) {
            p.categories.add(MemberCategory.IN_HARDSHIP);
        }
        if (!retired && age < 60 && random.nextDouble() < UNEMPLOYED) {
            p.categories.add(MemberCategory.UNEMPLOYED);
        }
        boolean resident = branch.kind == Kind.GRID || branch.kind == Kind.RESIDENT;
        if (resident && !retired && !probationary && random.nextDouble() < REPORTING) {
            p.registration = Registration.REPORTING;
        }
        boolean away = !retired && p.registration == Registration.REGISTERED && random.nextDouble() < AWAY;
        if (branch.kind == Kind.MOBILE || away) {
            p.mobility = Mobility.OUTFLOW;
            p.mobilePlace = StreetNames.pick(random, StreetNames.AWAY_PLACES);
            p.mobileContact = random.nextBoolean() ? "微信群" : p.phone;
            p.mobileOrganization = random.nextDouble() < 0.4 ? p.mobilePlace + "流动党员服务站" : null;
            p.mobileSince = branch.kind != Kind.MOBILE && random.nextDouble() < AWAY_RECENTLY
                    ? today.minusDays(20 + random.nextInt(150)) : today.minusDays(200 + random.nextInt(1_200));
        }
        p.education = education(random, age);
        if (!retired || random.nextDouble() < 0.3) {
            p.workUnit = branch.kind == Kind.WORKPLACE ? branch.name.replace("党支部", "") : StreetNames.workUnit(random,
                    retired);
            p.jobTitle = retired ? null : random.nextBoolean() ? StreetNames.jobTitle(random) : null;
        }
        Org community = branch.topLevel();
        p.address = community.category == OrgCategory.COMMUNITY
                ? community.name.replaceAll("社区.*", "") + "路" + (1 + random.nextInt(300)) + "号"
                        + (1 + random.nextInt(12)) + "栋"
                        + (101 + random.nextInt(6) * 100 + random.nextInt(4)) + "室"
                : null;
        if (probationary) {
            p.registeredOn = p.joinedOn;
        } else if (random.nextDouble() < MOVED_IN) {
            p.registeredOn = plan.historyStart.atDay(1).plusDays(30 + random.nextInt(
                    Math.max(1, (int) (today.toEpochDay() - plan.historyStart.atDay(1).toEpochDay()) - 90)));
            p.registeredReason = "组织关系转入";
        } else {
            p.registeredOn = today.minusDays(1_500 + random.nextInt(6_000));
        }
        p.registeredOn = latest(latest(p.registeredOn, p.joinedOn), branch.establishedOn);
        leaving(p, random, age, today, plan);
        return p;
    }

    /** A few members die (the old) or leave the Party during the history; they stay in the books. */
    private static void leaving(Person p, Random random, int age, LocalDate today, StreetPlan plan) {
        if (p.status != MemberStatus.FULL) {
            return;
        }
        boolean died = age >= 75 && random.nextDouble() < DIED_OVER_75;
        boolean left = !died && age < 60 && random.nextDouble() < LEFT;
        if (!died && !left) {
            return;
        }
        LocalDate from = latest(p.registeredOn.plusDays(60), plan.historyStart.atDay(1));
        long span = today.minusDays(20).toEpochDay() - from.toEpochDay();
        if (span <= 0) {
            return;
        }
        p.statusBefore = p.status;
        p.status = died ? MemberStatus.DECEASED : MemberStatus.LEFT;
        p.leftKind = left ? (random.nextDouble() < 0.7 ? LeaveKind.LAPSED : LeaveKind.STRUCK_OFF) : null;
        p.statusChangedOn = from.plusDays(random.nextLong(span));
    }

    private static String idNumber(Random random, LocalDate birth, boolean male, Set<String> taken) {
        while (true) {
            int sequence = random.nextInt(500) * 2 + (male ? 1 : 0);
            String id = IdNumber.compose(StreetNames.pick(random, StreetNames.AREA_CODES), birth, sequence);
            if (taken.add(id)) {
                return id;
            }
        }
    }

    private static Education education(Random random, int age) {
        Education[] old = {Education.PRIMARY_OR_BELOW, Education.JUNIOR_HIGH, Education.HIGH_SCHOOL,
            Education.SECONDARY_VOCATIONAL, Education.ASSOCIATE};
        Education[] middle = {Education.HIGH_SCHOOL, Education.SECONDARY_VOCATIONAL, Education.ASSOCIATE,
                Education.BACHELOR,
            Education.BACHELOR};
        Education[] young = {Education.ASSOCIATE, Education.BACHELOR, Education.BACHELOR, Education.BACHELOR,
            Education.POSTGRADUATE};
        Education[] band = age >= 70 ? old : age >= 45 ? middle : young;
        return band[random.nextInt(band.length)];
    }

    // ---- writing ----

    private long writeMembers(Connection c) throws SQLException {
        try (CopyStream copy = CopyStream.open(c, "member",
                "id, name, gender, ethnicity, birth_date, id_number, phone, education, work_unit, job_title, "
                + "address, joined_on, full_on, probation_ends_on, probation_extended, status, status_before, "
                + "left_kind, status_changed_on, organization_id, group_id, registration, categories, mobility, "
                + "mobile_place, mobile_organization, mobile_contact, mobile_since, created_at, updated_at")) {
            for (Person p : plan.people) {
                if (!p.generated) {
                    continue;
                }
                String created = StreetPlan.at(p.registeredOn, 9, 30).toString();
                LocalDate changed = p.movedOn != null
                        && (p.statusChangedOn == null || p.movedOn.isAfter(p.statusChangedOn))
                        ? p.movedOn : p.statusChangedOn;
                copy.uuid(p.id).text(p.name).text(p.gender.name()).text(p.ethnicity).date(p.birth).text(p.idNumber)
                        .text(p.phone)
                        .text(p.education.name()).text(p.workUnit).text(p.jobTitle).text(p.address).date(p.joinedOn)
                        .date(p.fullOn).date(p.probationEndsOn).bool(p.probationExtended).text(p.status.name())
                        .text(p.statusBefore == null ? null : p.statusBefore.name())
                        .text(p.leftKind == null ? null : p.leftKind.name()).date(p.statusChangedOn).uuid(p.branch.id)
                        .uuid(p.group == null ? null : p.group.id).text(p.registration.name())
                        .text(p.categories.stream().map(Enum::name).collect(Collectors.joining(",", "{", "}")))
                        .text(p.mobility == null ? null : p.mobility.name()).text(p.mobilePlace)
                        .text(p.mobileOrganization).text(p.mobileContact).date(p.mobileSince).text(created)
                        .text(changed == null ? created : StreetPlan.at(changed, 17, 0).toString());
                copy.endRow();
            }
            return copy.finish();
        }
    }

    /** One row per period in a branch: since registration, split where an internal transfer moved the member. */
    private long writeMemberships(Connection c) throws SQLException {
        try (CopyStream copy = CopyStream.open(c, "membership",
                "id, member_id, organization_id, group_id, from_on, to_on, reason, recorded_at")) {
            for (Person p : plan.people) {
                if (!p.generated) {
                    continue;
                }
                LocalDate end = p.leftOn();
                if (p.previousBranch != null) {
                    membership(copy, random, p, p.previousBranch, p.previousGroup, p.registeredOn, p.movedOn,
                            p.registeredReason);
                    membership(copy, random, p, p.branch, p.group, p.movedOn, end, p.movedReason);
                } else {
                    membership(copy, random, p, p.branch, p.group, p.registeredOn, end, p.registeredReason);
                }
            }
            return copy.finish();
        }
    }

    private static void membership(CopyStream copy, Random random, Person p, Org branch, Org group, LocalDate from,
            LocalDate to, String reason) throws SQLException {
        copy.uuid(StreetPlan.uuid(random)).uuid(p.id).uuid(branch.id).uuid(group == null ? null : group.id).date(from)
                .date(to).text(reason).text(StreetPlan.at(from, 9, 30).toString());
        copy.endRow();
    }

    /** 转正 within the history, and the deaths and 出党 the plan made. */
    private long writeMemberEvents(Connection c) throws SQLException {
        LocalDate since = plan.historyStart.atDay(1);
        try (CopyStream copy = CopyStream.open(c, "member_event",
                "id, member_id, kind, effective_on, from_status, to_status, left_kind, reason, recorded_at, "
                + "recorded_by")) {
            for (Person p : plan.people) {
                if (!p.generated) {
                    continue;
                }
                if (p.fullOn != null && !p.fullOn.isBefore(since) && !p.fullOn.isBefore(p.registeredOn)) {
                    event(copy, random, p, MemberAction.CONFIRMED, p.fullOn, MemberStatus.PROBATIONARY,
                            MemberStatus.FULL, null, "支部大会讨论通过，按期转正");
                }
                if (p.status == MemberStatus.DECEASED) {
                    event(copy, random, p, MemberAction.DIED, p.statusChangedOn, p.statusBefore, p.status, null,
                            "因病去世");
                } else if (p.status == MemberStatus.LEFT) {
                    event(copy, random, p, MemberAction.LEFT, p.statusChangedOn, p.statusBefore, p.status, p.leftKind,
                            p.leftKind == LeaveKind.LAPSED ? "连续六个月不参加党的组织生活、不交纳党费，经支部大会讨论按自行脱党处理"
                                    : "经教育仍无转变，支部大会决定除名");
                }
            }
            return copy.finish();
        }
    }

    private static void event(CopyStream copy, Random random, Person p, MemberAction kind, LocalDate on,
            MemberStatus from, MemberStatus to, LeaveKind leftKind, String reason) throws SQLException {
        copy.uuid(StreetPlan.uuid(random)).uuid(p.id).text(kind.name()).date(on).text(from.name()).text(to.name())
                .text(leftKind == null ? null : leftKind.name()).text(reason).text(StreetPlan.at(on, 16, 30).toString())
                .text("组织委员");
        copy.endRow();
    }

}
