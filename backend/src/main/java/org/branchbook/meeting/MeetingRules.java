package org.branchbook.meeting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * 三会一课: what an organization owes (the rules as configured, less what does not apply to it), which
 * requirements a meeting counts for, and each period's compliance. Pure: the caller brings the facts.
 */
public final class MeetingRules {

    /** One rule: {@code times} meetings for a requirement every period. */
    public record Rule(Requirement requirement, Period.Kind period, int times) {}

    /** A held meeting as compliance sees it: when it started, what it counts for, and its 党小组 if any. */
    public record Held(Instant startsAt, Set<Requirement> counts, UUID groupId) {}

    @Schema(name = "MeetingComplianceStatus", description = "MET; MISSING (the period is over); OPEN (the current period, "
            + "not yet met); FUTURE")
    public enum Status { MET, MISSING, OPEN, FUTURE }

    /** One requirement in one period. */
    public record PeriodResult(Requirement requirement, Period period, int required, int held, Status status) {}

    private MeetingRules() {}

    /** The requirements a meeting of these types counts for. A 党课 by the secretary also counts as 书记讲党课. */
    public static Set<Requirement> counts(Set<MeetingType> types, boolean secretaryLectured) {
        Set<Requirement> out = EnumSet.noneOf(Requirement.class);
        for (MeetingType t : types) {
            switch (t) {
                case BRANCH_GENERAL_MEETING -> out.add(Requirement.GENERAL_MEETING);
                case BRANCH_COMMITTEE_MEETING -> out.add(Requirement.COMMITTEE_MEETING);
                case PARTY_GROUP_MEETING -> out.add(Requirement.GROUP_MEETING);
                case PARTY_LECTURE -> {
                    out.add(Requirement.PARTY_LECTURE);
                    if (secretaryLectured) {
                        out.add(Requirement.SECRETARY_LECTURE);
                    }
                }
                case THEMED_PARTY_DAY -> out.add(Requirement.THEMED_PARTY_DAY);
                case ORGANIZATIONAL_LIFE_MEETING -> out.add(Requirement.ORGANIZATIONAL_LIFE_MEETING);
                case DEMOCRATIC_APPRAISAL -> out.add(Requirement.DEMOCRATIC_APPRAISAL);
                case OTHER -> { }
            }
        }
        return out;
    }

    /** The rules that apply: no 支委会 without a committee, no 党小组会 without 党小组. */
    public static List<Rule> applicable(List<Rule> rules, boolean hasCommittee, int groups) {
        return rules.stream().filter(r -> (r.requirement() != Requirement.COMMITTEE_MEETING || hasCommittee)
                && (r.requirement() != Requirement.GROUP_MEETING || groups > 0)).toList();
    }

    /**
     * Each applicable rule in each of its periods that start in {@code from}..{@code to} (days, inclusive of the
     * periods containing them): how many were required and held, and the status as of {@code now}. A 党小组会
     * is owed by every group: required = times × groups, and each group's meetings count up to times.
     */
    public static List<PeriodResult> compliance(List<Rule> rules, int groups, List<Held> held, LocalDate from,
            LocalDate to, Instant now) {
        List<PeriodResult> out = new ArrayList<>();
        for (Rule rule : rules) {
            for (Period p = Period.of(rule.period(), from); !p.start().isAfter(to); p = p.next()) {
                int required = rule.requirement() == Requirement.GROUP_MEETING ? rule.times() * groups : rule.times();
                int count = heldIn(rule, p, held);
                Status status = count >= required ? Status.MET
                        : !now.isBefore(p.endsAt()) ? Status.MISSING
                        : now.isBefore(p.startsAt()) ? Status.FUTURE : Status.OPEN;
                out.add(new PeriodResult(rule.requirement(), p, required, count, status));
            }
        }
        return out;
    }

    /**
     * Compliance under rules that change over time: each period is judged by the version in force on its
     * first day ({@code versions}: first day of a version → its rules, before {@link #applicable} filtering).
     */
    public static List<PeriodResult> compliance(java.util.NavigableMap<LocalDate, List<Rule>> versions,
            boolean hasCommittee, int groups, List<Held> held, LocalDate from, LocalDate to, Instant now) {
        List<PeriodResult> out = new ArrayList<>();
        for (Map.Entry<LocalDate, List<Rule>> v : versions.entrySet()) {
            LocalDate next = versions.higherKey(v.getKey());
            LocalDate segStart = v.getKey().isAfter(from) ? v.getKey() : from;
            LocalDate segEnd = next == null || next.isAfter(to) ? to : next.minusDays(1);
            if (segEnd.isBefore(segStart)) {
                continue;
            }
            for (PeriodResult r : compliance(applicable(v.getValue(), hasCommittee, groups), groups, held, segStart, segEnd,
                    now)) {
                // a period belongs to the version in force when it starts (the first one of the range always counts)
                if (!r.period().start().isBefore(segStart) || segStart.equals(from)) {
                    out.add(r);
                }
            }
        }
        return out;
    }

    private static int heldIn(Rule rule, Period p, List<Held> held) {
        if (rule.requirement() != Requirement.GROUP_MEETING) {
            return (int) held.stream().filter(h -> h.counts().contains(rule.requirement()) && p.contains(h.startsAt())).count();
        }
        Map<UUID, Integer> byGroup = new HashMap<>();
        for (Held h : held) {
            if (h.counts().contains(Requirement.GROUP_MEETING) && h.groupId() != null && p.contains(h.startsAt())) {
                byGroup.merge(h.groupId(), 1, Integer::sum);
            }
        }
        return byGroup.values().stream().mapToInt(n -> Math.min(n, rule.times())).sum();
    }

    // ---- quorum ----

    @Schema(name = "MeetingVote", description = "NONE; RESOLUTION 表决 (more than half of the members with voting rights "
            + "present); ELECTION 选举 (at least 4/5 present)")
    public enum Vote { NONE, RESOLUTION, ELECTION }

    /** Who counts for quorum: the expected attendees' flags and whether they came. */
    public record Seat(boolean present, boolean voting, boolean committee) {}

    /** Whether a meeting had its quorum; {@code needed} is null when none is needed. */
    public record Quorum(String needed, int present, int eligible, boolean met) {}

    /**
     * A 支委会 needs more than half its committee members present; a meeting that votes needs more than half
     * of the members with voting rights; an election needs four fifths of them.
     */
    public static Quorum quorum(Set<MeetingType> types, Vote vote, List<Seat> seats) {
        if (vote == Vote.ELECTION || vote == Vote.RESOLUTION) {
            int eligible = (int) seats.stream().filter(Seat::voting).count();
            int present = (int) seats.stream().filter(s -> s.voting() && s.present()).count();
            boolean met = vote == Vote.ELECTION ? present * 5 >= eligible * 4 && eligible > 0 : present * 2 > eligible;
            return new Quorum(vote == Vote.ELECTION ? "应到有选举权的党员五分之四以上" : "应到有表决权的党员半数以上",
                    present, eligible, met);
        }
        if (types.contains(MeetingType.BRANCH_COMMITTEE_MEETING)) {
            int eligible = (int) seats.stream().filter(Seat::committee).count();
            int present = (int) seats.stream().filter(s -> s.committee() && s.present()).count();
            return new Quorum("应到支委半数以上", present, eligible, present * 2 > eligible);
        }
        return new Quorum(null, 0, 0, true);
    }

    // ---- attendance ----

    /** A rate below {@code minPercent} (both in whole percent) is flagged; no expected meetings is never flagged. */
    public static boolean belowThreshold(int present, int expected, int minPercent) {
        return expected > 0 && present * 100 < minPercent * expected;
    }
}
