package org.branchbook.demo;

import java.sql.Connection;
import java.sql.SQLException;
import java.text.Collator;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.branchbook.common.db.CopyStream;
import org.branchbook.demo.StreetPlan.Kind;
import org.branchbook.demo.StreetPlan.Org;
import org.branchbook.demo.StreetPlan.Person;
import org.branchbook.demo.StreetPlan.Seat;
import org.branchbook.demo.StreetPlan.Term;
import org.branchbook.meeting.AttendanceStatus;
import org.branchbook.meeting.Meeting;
import org.branchbook.meeting.MeetingRules;
import org.branchbook.meeting.MeetingType;
import org.branchbook.member.MemberCategory;
import org.branchbook.member.Registration;
import org.branchbook.organization.OrgCategory;

/**
 * 三会一课 for the demo street, as the default {@code meeting_rule} asks of every branch: a 主题党日 each month (every
 * second month of a quarter also the 支部党员大会 with a 党课, the secretary lecturing once a year), a 支委会 each month
 * where there is a committee, a 党小组会 each month per group, and the 组织生活会 with 民主评议 each December; some
 * of next month's planned, a few cancelled and held a week later. Most branches keep to it; a few let it slip in
 * recent months, and a few members have had no organizational life for more than six months.
 *
 * <p>A branch's meetings are drawn from a random of its own, so the two passes (meetings, attendance) agree.
 */
final class MeetingHistory {

    private static final long SEED = 20_260_703L;

    /** Registered members with no organizational life since 7–14 months ago. */
    static final double INACTIVE = 0.02;
    /** Branches that let meetings slip in the last six months, and how often they do. */
    static final double LAX_BRANCHES = 0.08;
    static final double LAX_SKIP = 0.4;
    /** Any branch's chance of missing a meeting. */
    static final double SKIP = 0.003;
    /** 主题党日 cancelled and held a week later. */
    static final double CANCELLED = 0.005;
    /** Branches that already planned next month's meetings. */
    static final double PLANNED_AHEAD = 0.3;
    /** 党员大会 that voted on something. */
    static final double RESOLUTION = 0.25;
    /** The chance of being present; of those not present, the share who asked for leave. */
    static final double PRESENT = 0.93;
    static final double PRESENT_BEDRIDDEN = 0.3;
    static final double PRESENT_AWAY = 0.35;
    static final double PRESENT_OVER_85 = 0.8;
    static final double PRESENT_REPORTING = 0.6;
    static final double ASKED_FOR_LEAVE = 0.75;

    /** What a record is in the branch's monthly rhythm; its meeting types follow from it. */
    enum Occasion { THEMED_DAY, GENERAL, COMMITTEE, GROUP, ORGANIZATIONAL_LIFE }

    record Attendee(Person person, boolean voting, boolean committee, AttendanceStatus status, String reason) {}

    /** One record of the 组织生活记实簿. */
    static final class Record {
        UUID id;
        Org group;
        Occasion kind;
        Set<MeetingType> types;
        Meeting.State state;
        LocalDate day;
        Instant startsAt;
        Instant endsAt;
        String topic;
        String host;
        String recorder;
        String lecturer;
        boolean secretaryLectured;
        MeetingRules.Vote vote = MeetingRules.Vote.NONE;
        String minutes;
        String resolutions;
        String cancelReason;
        Instant createdAt;
        String createdBy;
        Instant updatedAt;
        List<Attendee> attendees = List.of();
    }

    private static final Collator PINYIN = Collator.getInstance(Locale.CHINA);

    private final StreetPlan plan;
    private final DemoSize size;

    MeetingHistory(StreetPlan plan, DemoSize size) {
        this.plan = plan;
        this.size = size;
    }

    /** How a member takes part: how often they come, and whether they stopped coming altogether. */
    static void habits(Person p, StreetPlan plan) {
        Random random = StreetPlan.random(SEED + 1, p.index);
        LocalDate today = plan.today;
        int age = today.getYear() - p.birth.getYear();
        p.presence = p.categories.contains(MemberCategory.BEDRIDDEN) ? PRESENT_BEDRIDDEN
                : p.mobility != null ? PRESENT_AWAY
                : p.registration == Registration.REPORTING ? PRESENT_REPORTING
                : age >= 85 ? PRESENT_OVER_85 : PRESENT;
        if (p.active() && p.registration == Registration.REGISTERED && p.registeredOn.isBefore(today.minusMonths(9))
                && random.nextDouble() < INACTIVE) {
            p.inactiveSince = today.minusDays(210 + random.nextInt(220));
        }
    }

    /** Writes the meetings, then their attendance; returns the rows per table. */
    Map<String, Long> write(Connection c) throws SQLException {
        Map<String, Long> rows = new LinkedHashMap<>();
        List<Org> branches = plan.branches();
        for (Org b : branches) {
            b.roster.sort(Comparator.comparing((Person p) -> p.name, PINYIN).thenComparing(p -> p.idNumber));
        }
        try (CopyStream copy = CopyStream.open(c, "meeting",
                "id, organization_id, group_id, types, state, starts_at, ends_at, place, topic, host, recorder, "
                + "lecturer, secretary_lectured, vote, minutes, resolutions, cancel_reason, created_at, "
                + "created_by, updated_at")) {
            for (Org b : branches) {
                for (Record m : records(b)) {
                    copy.uuid(m.id).uuid(b.id).uuid(m.group == null ? null : m.group.id)
                            .text(m.types.stream().sorted().map(Enum::name).collect(Collectors.joining(",", "{", "}")))
                            .text(m.state.name()).text(m.startsAt.toString()).text(m.endsAt.toString())
                            .text(b.meetingPlace)
                            .text(m.topic).text(m.host).text(m.recorder).text(m.lecturer).bool(m.secretaryLectured)
                            .text(m.vote.name()).text(m.minutes).text(m.resolutions).text(m.cancelReason)
                            .text(m.createdAt.toString()).text(m.createdBy).text(m.updatedAt.toString());
                    copy.endRow();
                }
            }
            rows.put("meeting", copy.finish());
        }
        try (CopyStream copy = CopyStream.open(c, "meeting_attendee",
                "meeting_id, seq, member_id, name, voting, committee, status, reason")) {
            for (Org b : branches) {
                for (Record m : records(b)) {
                    int seq = 0;
                    for (Attendee a : m.attendees) {
                        copy.uuid(m.id).number(++seq).uuid(a.person().id).text(a.person().name).bool(a.voting())
                                .bool(a.committee()).text(a.status().name()).text(a.reason());
                        copy.endRow();
                    }
                }
            }
            rows.put("meeting_attendee", copy.finish());
        }
        return rows;
    }

    /** Every record of one branch over the history and the coming month. */
    List<Record> records(Org branch) {
        Random random = StreetPlan.random(SEED, branch.index);
        boolean lax = random.nextDouble() < LAX_BRANCHES;
        boolean workplace = branch.kind == Kind.WORKPLACE || branch.kind == Kind.JOINT
                || branch.category == OrgCategory.NON_PUBLIC || branch.category == OrgCategory.SOCIAL_ORGANIZATION;
        int themedDay = workplace ? StreetPlan.between(random, 12, 20) : 10; // communities hold it on the 10th
        int hour = workplace ? 16 : 9;
        int committeeDay = StreetPlan.between(random, 3, 7);
        boolean planAhead = random.nextDouble() < PLANNED_AHEAD;
        branch.meetingPlace = place(branch, random);
        List<Org> groups = branch.groups();
        int[] groupDays = groups.stream().mapToInt(g -> StreetPlan.between(random, 15, 25)).toArray();
        YearMonth current = plan.currentMonth();
        LocalDate start = StreetPlan.latest(plan.historyStart.atDay(1), branch.establishedOn);
        List<Record> out = new ArrayList<>();
        for (YearMonth month = plan.historyStart; !month.isAfter(current.plusMonths(1)); month = month.plusMonths(1)) {
            boolean recent = !month.isBefore(current.minusMonths(5));
            boolean ahead = month.isAfter(current) ? planAhead : true;
            double skip = lax && recent ? LAX_SKIP : SKIP;
            boolean general = month.getMonthValue() % 3 == 2;
            Occasion themed = general ? Occasion.GENERAL : Occasion.THEMED_DAY;
            // the 党员大会 is what every member attends in the large street: it is never skipped there
            double themedSkip = general && !size.fullAttendance ? 0 : skip;
            add(out, branch, random, themed, null, day(month, themedDay), hour, themedSkip, ahead, start, true);
            if (branch.hasCommitteeOn(factsDay(month))) {
                add(out, branch, random, Occasion.COMMITTEE, null, day(month, committeeDay), 15, skip, ahead, start,
                        false);
            }
            for (int g = 0; g < groups.size(); g++) {
                add(out, branch, random, Occasion.GROUP, groups.get(g), day(month, groupDays[g]), 19, skip, ahead,
                        start, false);
            }
            if (month.getMonthValue() == 12) {
                add(out, branch, random, Occasion.ORGANIZATIONAL_LIFE, null,
                        day(month, StreetPlan.between(random, 18, 26)),
                        hour, skip / 4, ahead, start, false);
            }
        }
        Record forced = out.stream()
                .filter(m -> m.state == Meeting.State.HELD && wholeBranch(m.kind) && recorded(m.kind))
                .reduce((a, b) -> b).orElse(null);
        for (Record m : out) {
            if (recorded(m.kind)) {
                m.attendees = attendees(branch, m, m == forced, random);
            }
            finish(branch, m, random);
        }
        return out;
    }

    /** One record, or none when skipped, before the branch existed, or too far ahead; a few are cancelled first. */
    private void add(List<Record> out, Org branch, Random random, Occasion kind, Org group, LocalDate day, int hour,
            double skip,
            boolean ahead, LocalDate start, boolean mayCancel) {
        boolean past = day.isBefore(plan.today);
        boolean skipped = random.nextDouble() < skip;
        boolean cancelled = mayCancel && random.nextDouble() < CANCELLED;
        if (day.isBefore(start) || (past && skipped) || (!past && !ahead)) {
            return;
        }
        if (past && cancelled) {
            out.add(record(branch, random, kind, group, day, hour, Meeting.State.CANCELLED));
            day = day.plusDays(7);
            if (!day.isBefore(plan.today) || day.getMonth() != day.minusDays(7).getMonth()) {
                return; // not made up within the month
            }
        }
        out.add(record(branch, random, kind, group, day, hour, past ? Meeting.State.HELD : Meeting.State.PLANNED));
    }

    private Record record(Org branch, Random random, Occasion kind, Org group, LocalDate day, int hour,
            Meeting.State state) {
        Record m = new Record();
        m.id = StreetPlan.uuid(random);
        m.group = group;
        m.kind = kind;
        m.day = day;
        m.state = state;
        m.types = switch (kind) {
            case THEMED_DAY -> EnumSet.of(MeetingType.THEMED_PARTY_DAY);
            case GENERAL -> EnumSet.of(MeetingType.THEMED_PARTY_DAY, MeetingType.BRANCH_GENERAL_MEETING,
                    MeetingType.PARTY_LECTURE);
            case COMMITTEE -> EnumSet.of(MeetingType.BRANCH_COMMITTEE_MEETING);
            case GROUP -> EnumSet.of(MeetingType.PARTY_GROUP_MEETING);
            case ORGANIZATIONAL_LIFE -> EnumSet.of(MeetingType.ORGANIZATIONAL_LIFE_MEETING,
                    MeetingType.DEMOCRATIC_APPRAISAL);
        };
        m.startsAt = StreetPlan.at(day, hour, random.nextBoolean() ? 0 : 30);
        boolean wholeMorning = kind == Occasion.GENERAL || kind == Occasion.ORGANIZATIONAL_LIFE;
        m.endsAt = m.startsAt.plusSeconds(wholeMorning ? 7_200 : 5_400);
        m.topic = switch (kind) {
            case THEMED_DAY -> "主题党日：" + StreetNames.pick(random, StreetNames.THEMED_DAY_TOPICS);
            case GENERAL -> "支部党员大会暨主题党日：" + StreetNames.pick(random, StreetNames.LECTURE_TOPICS);
            case COMMITTEE -> StreetNames.pick(random, StreetNames.COMMITTEE_TOPICS);
            case GROUP -> group.name + "会：" + StreetNames.pick(random, StreetNames.GROUP_TOPICS);
            case ORGANIZATIONAL_LIFE -> day.getYear() + "年度组织生活会暨民主评议党员";
        };
        if (state == Meeting.State.CANCELLED) {
            m.cancelReason = StreetNames.pick(random, StreetNames.CANCEL_REASONS);
        }
        return m;
    }

    /** Who was expected and how they attended; everyone but the inactive came to the {@code forced} meeting. */
    private List<Attendee> attendees(Org branch, Record m, boolean forced, Random random) {
        List<Person> committee = committee(branch, m.day);
        List<Attendee> out = new ArrayList<>();
        for (Person p : branch.roster) {
            if (!p.inBranchOn(branch, m.day)) {
                continue;
            }
            boolean onCommittee = committee.contains(p);
            boolean expected = switch (m.kind) {
                case COMMITTEE -> onCommittee;
                case GROUP -> p.groupOn(m.day) == m.group;
                default -> true;
            };
            if (!expected) {
                continue;
            }
            AttendanceStatus status;
            String reason = null;
            if (m.state != Meeting.State.HELD) {
                status = AttendanceStatus.EXPECTED;
            } else if (p.inactiveSince != null && !m.day.isBefore(p.inactiveSince)) {
                boolean leave = random.nextBoolean();
                status = leave ? AttendanceStatus.LEAVE : AttendanceStatus.ABSENT;
                reason = leave ? StreetNames.pick(random, StreetNames.LEAVE_REASONS) : StreetNames.pick(random,
                        StreetNames.ABSENT_REASONS);
            } else if (forced || random.nextDouble() < p.presence) {
                status = AttendanceStatus.PRESENT;
            } else if (random.nextDouble() < ASKED_FOR_LEAVE) {
                status = AttendanceStatus.LEAVE;
                reason = p.categories.contains(MemberCategory.BEDRIDDEN) ? "长期卧床"
                        : p.mobility != null ? "外出流动" : StreetNames.pick(random, StreetNames.LEAVE_REASONS);
            } else {
                status = AttendanceStatus.ABSENT;
                reason = StreetNames.pick(random, StreetNames.ABSENT_REASONS);
            }
            out.add(new Attendee(p, p.votingOn(m.day), onCommittee, status, reason));
        }
        return out;
    }

    /** Host, recorder, lecturer, vote, minutes and the record's own times. */
    private void finish(Org branch, Record m, Random random) {
        LocalDate facts = factsDay(YearMonth.from(m.day));
        m.host = firstNonNull(branch.secretaryOn(m.day), branch.secretaryOn(facts));
        m.recorder = firstNonNull(branch.organizerOn(m.day), branch.organizerOn(facts));
        if (m.kind == Occasion.GENERAL) {
            // the secretary gives the 党课 of the second quarter (书记讲党课, once a year)
            m.secretaryLectured = m.host != null && m.day.getMonthValue() == 5;
            m.lecturer = m.secretaryLectured ? m.host : random.nextBoolean() ? "街道党校讲师" : m.recorder;
            if (m.state == Meeting.State.HELD && random.nextDouble() < RESOLUTION && quorum(m)) {
                m.vote = MeetingRules.Vote.RESOLUTION;
                m.resolutions = StreetNames.pick(random, StreetNames.GENERAL_RESOLUTIONS);
            }
        }
        if (m.state == Meeting.State.HELD) {
            long expected = m.attendees.size();
            long present = m.attendees.stream().filter(a -> a.status() == AttendanceStatus.PRESENT).count();
            m.minutes = (m.host == null ? "" : "会议由" + m.host + "主持。") + m.topic + "。"
                    + (expected == 0 ? "" : "应到" + expected + "人，实到" + present + "人。")
                    + (m.vote == MeetingRules.Vote.NONE ? "" : "会议" + m.resolutions + "。");
        }
        LocalDate planned = StreetPlan.earliest(m.day.minusDays(7), plan.today.minusDays(1));
        m.createdAt = StreetPlan.at(planned, 15, random.nextInt(60));
        m.createdBy = m.recorder == null ? "组织委员" : m.recorder;
        m.updatedAt = m.state == Meeting.State.PLANNED ? m.createdAt : m.endsAt.plusSeconds(3_600
                + random.nextInt(86_400));
        if (m.updatedAt.isBefore(m.createdAt)) {
            m.updatedAt = m.createdAt;
        }
    }

    /** The 支委 on a day: the members in the seats of the term then (or, before any term, of the year's term). */
    private List<Person> committee(Org branch, LocalDate day) {
        Term t = branch.termOn(day);
        if (t == null) {
            t = branch.termOn(factsDay(YearMonth.from(day)));
        }
        if (t == null || t.seats.size() < 3) {
            return List.of();
        }
        return t.seats.stream().map(Seat::member).filter(p -> p != null && p.inBranchOn(branch, day)).toList();
    }

    private static boolean quorum(Record m) {
        long voting = m.attendees.stream().filter(Attendee::voting).count();
        long present = m.attendees.stream().filter(a -> a.voting() && a.status() == AttendanceStatus.PRESENT).count();
        return voting > 0 && present * 2 > voting;
    }

    /** The day compliance takes its facts (committee, groups) from for a month's year: its last day, or today. */
    private LocalDate factsDay(YearMonth month) {
        LocalDate end = LocalDate.of(month.getYear(), 12, 31);
        return end.isAfter(plan.today) ? plan.today : end;
    }

    private static boolean wholeBranch(Occasion kind) {
        return kind == Occasion.THEMED_DAY || kind == Occasion.GENERAL || kind == Occasion.ORGANIZATIONAL_LIFE;
    }

    /** Whether attendance is recorded for this kind of meeting in this size of street. */
    private boolean recorded(Occasion kind) {
        return size.fullAttendance
                || kind == Occasion.GENERAL || kind == Occasion.COMMITTEE || kind == Occasion.ORGANIZATIONAL_LIFE;
    }

    private static LocalDate day(YearMonth month, int day) {
        return month.atDay(Math.min(day, month.lengthOfMonth()));
    }

    private static String place(Org branch, Random random) {
        Org top = branch.topLevel();
        String where = top.category == OrgCategory.COMMUNITY ? top.name.replaceAll("(党委|党总支|党支部)$", "") : null;
        if (branch.kind == Kind.WORKPLACE) {
            return branch.name.replace("党支部", "") + "会议室";
        }
        if (where == null) {
            return random.nextBoolean() ? "幸福街道党群服务中心" : "幸福街道新时代文明实践所";
        }
        return where + (random.nextBoolean() ? "党群服务中心会议室" : "党员活动室");
    }

    private static String firstNonNull(String a, String b) {
        return a != null ? a : b;
    }
}
