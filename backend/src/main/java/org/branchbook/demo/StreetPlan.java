package org.branchbook.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.branchbook.common.Periods;
import org.branchbook.dues.Adjustment;
import org.branchbook.dues.DuesCategory;
import org.branchbook.member.Education;
import org.branchbook.member.IdNumber;
import org.branchbook.member.LeaveKind;
import org.branchbook.member.MemberCategory;
import org.branchbook.member.MemberStatus;
import org.branchbook.member.Mobility;
import org.branchbook.member.Registration;
import org.branchbook.organization.OrgCategory;
import org.branchbook.organization.OrgType;
import org.branchbook.organization.Position;

/**
 * The demo street in memory while {@link StreetGenerator} builds it: organizations, people and leadership terms
 * (the hand-made ones read back from the database, the generated ones planned here), each with the facts the
 * history generators need (who was in which branch when, who pays how, who stopped coming).
 */
final class StreetPlan {

    final LocalDate today;
    /** The first month of the history: January two years ago. */
    final YearMonth historyStart;
    final List<Org> orgs = new ArrayList<>();
    final List<Person> people = new ArrayList<>();
    Org street;

    StreetPlan(LocalDate today) {
        this.today = today;
        this.historyStart = YearMonth.of(today.getYear() - 2, 1);
    }

    YearMonth currentMonth() {
        return YearMonth.from(today);
    }

    /** The branches (党支部 and 联合党支部) that hold 三会一课 and keep members. */
    List<Org> branches() {
        return orgs.stream().filter(o -> o.type.isBranch()).toList();
    }

    Org add(Org o) {
        o.index = orgs.size();
        orgs.add(o);
        if (o.parent != null) {
            o.parent.children.add(o);
        }
        return o;
    }

    Person add(Person p) {
        p.index = people.size();
        people.add(p);
        return p;
    }

    /** A timestamp on a day in Shanghai. */
    static Instant at(LocalDate day, int hour, int minute) {
        return day.atTime(LocalTime.of(hour, minute)).atZone(Periods.ZONE).toInstant();
    }

    /** A whole number from {@code min} to {@code max}, both included. */
    static int between(java.util.Random random, int min, int max) {
        return max <= min ? min : min + random.nextInt(max - min + 1);
    }

    /** The later of two days (a null one does not count). */
    static LocalDate latest(LocalDate a, LocalDate b) {
        return a == null ? b : b == null || a.isAfter(b) ? a : b;
    }

    static LocalDate earliest(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    /** A random of its own for one unit (a person, a branch), so that each pass over the units sees the same draws. */
    static java.util.Random random(long seed, int index) {
        long z = seed + 0x9E3779B97F4A7C15L * (index + 1L);
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return new java.util.Random(z ^ (z >>> 31));
    }

    /** A version-4 UUID from the seeded random, so that a fresh demo database has the same ids every time. */
    static UUID uuid(java.util.Random random) {
        long high = (random.nextLong() & 0xffffffffffff0fffL) | 0x0000000000004000L;
        long low = (random.nextLong() & 0x3fffffffffffffffL) | 0x8000000000000000L;
        return new UUID(high, low);
    }

    /** What an organization is in the street: it decides who its members are and how they live. */
    enum Kind {
        /** The hand-made street's organizations (members as DemoPeople made them). */
        HAND_MADE,
        /** A community's own body, a 党总支 or a 两新 committee: holds no members itself. */
        COMMITTEE,
        /** 网格党支部: residents of all ages. */
        GRID,
        /** 居民党支部 / 居委会党支部: residents of all ages. */
        RESIDENT,
        /** 离退休党支部: retirees. */
        RETIREE,
        /** 联合党支部 of small units (企业, 物业, 商户, 社会组织): working age. */
        JOINT,
        /** A company's or a social organization's own branch: working age. */
        WORKPLACE,
        /** 流动党员党支部: working age, away. */
        MOBILE,
        /** 党小组. */
        GROUP
    }

    /** One organization of the tree. */
    static final class Org {
        int index;
        Kind kind = Kind.HAND_MADE;
        /** Generated branches: how many members to give it, and whether fewer than three of them are full members. */
        int plannedMembers;
        boolean belowThreeFull;
        UUID id;
        String code;
        String name;
        OrgType type;
        OrgCategory category;
        Org parent;
        String path;
        int depth;
        LocalDate establishedOn;
        String address;
        String contactPhone;
        Integer residents;
        Integer units;
        /** Made here (else read from the hand-made street). */
        boolean generated;
        final List<Org> children = new ArrayList<>();
        /** Everyone who belonged to the branch during the history (now or before). */
        final List<Person> roster = new ArrayList<>();
        /** Leadership terms, oldest first. */
        final List<Term> terms = new ArrayList<>();
        /** A branch that lets its 三会一课 slip in recent months. */
        boolean lax;
        /** The branch collects dues by the quarter (with the members' consent) rather than monthly. */
        boolean quarterlyDues;
        /** The hand-made street already keeps this branch's dues (DemoData.dues): left as it is. */
        boolean duesKept;
        /** Where its meetings are held. */
        String meetingPlace;

        Org(UUID id, String code, String name, OrgType type, OrgCategory category, Org parent) {
            this.id = id;
            this.code = code;
            this.name = name;
            this.type = type;
            this.category = category;
            this.parent = parent;
            this.path = (parent == null ? "/" : parent.path) + id + "/";
            this.depth = parent == null ? 0 : parent.depth + 1;
        }

        List<Org> groups() {
            return children.stream().filter(c -> c.type == OrgType.PARTY_GROUP).toList();
        }

        /** A community's own Party body (社区党委/党总支/党支部 directly under the street). */
        boolean communityBody() {
            return category == OrgCategory.COMMUNITY && parent != null
                    && parent.type == OrgType.STREET_WORKING_COMMITTEE;
        }

        /** The term in force on a day (an overdue term stays in force until the next one is recorded). */
        Term termOn(LocalDate day) {
            for (Term t : terms) {
                if (!t.startsOn.isAfter(day) && (t.closedOn == null || t.closedOn.isAfter(day))) {
                    return t;
                }
            }
            return null;
        }

        Term currentTerm() {
            return terms.isEmpty() || terms.get(terms.size() - 1).closedOn != null ? null : terms.get(terms.size() - 1);
        }

        /** As the compliance check sees it: a term with at least three seats in force on the day. */
        boolean hasCommitteeOn(LocalDate day) {
            Term t = termOn(day);
            return t != null && t.seats.size() >= 3;
        }

        /** The 书记 of the term in force on a day, if recorded. */
        String secretaryOn(LocalDate day) {
            Term t = termOn(day);
            return t == null ? null : t.seats.stream().filter(s -> s.position() == Position.SECRETARY)
                    .map(Seat::personName).findFirst().orElse(null);
        }

        /** Who keeps the books on a day: the 组织委员 of the term in force, else its 书记 (null when none is recorded). */
        String organizerOn(LocalDate day) {
            Term t = termOn(day);
            if (t == null) {
                return null;
            }
            return t.seats.stream().filter(s -> s.position() == Position.ORGANIZATION_COMMITTEE_MEMBER)
                    .map(Seat::personName)
                    .findFirst().orElse(secretaryOn(day));
        }

        /** The nearest ancestor that approves transfers (党委 or the street, by the default configuration). */
        Org approver() {
            for (Org o = parent; o != null; o = o.parent) {
                if (o.type == OrgType.PARTY_COMMITTEE || o.type == OrgType.STREET_WORKING_COMMITTEE) {
                    return o;
                }
            }
            throw new IllegalStateException("no approving committee above " + code);
        }

        /** The community (or other top-level organization under the street) this one belongs to. */
        Org topLevel() {
            Org o = this;
            while (o.parent != null && o.parent.parent != null) {
                o = o.parent;
            }
            return o;
        }
    }

    /** A leadership term (一届班子). */
    static final class Term {
        UUID id;
        LocalDate startsOn;
        LocalDate endsOn;
        LocalDate closedOn;
        String documentNumber;
        final List<Seat> seats = new ArrayList<>();
    }

    /** One seat of a term; {@code member} when the seat names a member of the roster. */
    record Seat(Position position, String personName, Person member) {}

    /** One member, as the roster, the memberships, the dues and the meetings need them. */
    static final class Person {
        int index;
        UUID id;
        boolean generated;
        String name;
        IdNumber.Gender gender;
        String ethnicity;
        LocalDate birth;
        String idNumber;
        String phone;
        Education education;
        String workUnit;
        String jobTitle;
        String address;
        LocalDate joinedOn;
        LocalDate fullOn;
        LocalDate probationEndsOn;
        boolean probationExtended;
        MemberStatus status = MemberStatus.FULL;
        MemberStatus statusBefore;
        LeaveKind leftKind;
        LocalDate statusChangedOn;
        Registration registration = Registration.REGISTERED;
        final Set<MemberCategory> categories = EnumSet.noneOf(MemberCategory.class);
        Mobility mobility;
        String mobilePlace;
        String mobileOrganization;
        String mobileContact;
        LocalDate mobileSince;
        /** The branch (and 党小组) now, or the last one for someone off the roster. */
        Org branch;
        Org group;
        /** Since when the member's 组织关系 has been in this street, and why (登记入册, 组织关系转入…). */
        LocalDate registeredOn;
        String registeredReason = "登记入册";
        /** An internal transfer completed during the history: the branch before and the day of the move. */
        Org previousBranch;
        Org previousGroup;
        LocalDate movedOn;
        String movedReason;
        /** Dues: the category, the monthly base in the history's first year, how and until when they pay. */
        DuesCategory duesCategory;
        long baseFen;
        Adjustment adjustment = Adjustment.NONE;
        /** The first month left unpaid for good (arrears), or null. */
        YearMonth duesStop;
        /** One month (or the month a quarter starts) missed long ago and never made up, or null. */
        YearMonth duesMissed;
        /** Pays one quarter late, together with the next one (补交), now and then. */
        boolean latePayer;
        /** Meetings: no organizational life from this day on (the 6-month flag), or null. */
        LocalDate inactiveSince;
        /** The chance of being present at a meeting they are expected at. */
        double presence = 0.9;

        boolean active() {
            return status.active();
        }

        /** The day the member left the roster (dead, 出党, transferred out), or null while on it. */
        LocalDate leftOn() {
            return status.active() ? null : statusChangedOn;
        }

        /** Whether the member belonged to {@code branch} on {@code day} (as a membership row would say). */
        boolean inBranchOn(Org branch, LocalDate day) {
            if (day.isBefore(registeredOn) || (leftOn() != null && !day.isBefore(leftOn()))) {
                return false;
            }
            return branchOn(day) == branch;
        }

        Org branchOn(LocalDate day) {
            return movedOn != null && day.isBefore(movedOn) ? previousBranch : branch;
        }

        Org groupOn(LocalDate day) {
            return movedOn != null && day.isBefore(movedOn) ? previousGroup : group;
        }

        /** A full, registered member on the day: has a vote at meetings. */
        boolean votingOn(LocalDate day) {
            return registration == Registration.REGISTERED && fullOn != null && !fullOn.isAfter(day);
        }

        boolean pays() {
            return registration == Registration.REGISTERED && duesCategory != null;
        }
    }
}
