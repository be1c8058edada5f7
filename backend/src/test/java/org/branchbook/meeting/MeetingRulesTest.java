package org.branchbook.meeting;

import org.branchbook.common.Periods;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Periods in Shanghai time, what a meeting counts for, what applies, compliance, quorum and attendance. */
class MeetingRulesTest {

    private static final List<MeetingRules.Rule> DEFAULTS = List.of(
            new MeetingRules.Rule(Requirement.GENERAL_MEETING, Period.Kind.QUARTER, 1),
            new MeetingRules.Rule(Requirement.COMMITTEE_MEETING, Period.Kind.MONTH, 1),
            new MeetingRules.Rule(Requirement.GROUP_MEETING, Period.Kind.MONTH, 1),
            new MeetingRules.Rule(Requirement.PARTY_LECTURE, Period.Kind.QUARTER, 1),
            new MeetingRules.Rule(Requirement.SECRETARY_LECTURE, Period.Kind.YEAR, 1),
            new MeetingRules.Rule(Requirement.THEMED_PARTY_DAY, Period.Kind.MONTH, 1));

    private static Instant shanghai(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(Periods.ZONE).toInstant();
    }

    @ParameterizedTest(name = "{0} Shanghai is in {1}")
    @CsvSource({
        "2026-09-30T23:59:59, 2026-Q3",   // the last second of a quarter
        "2026-10-01T00:00:00, 2026-Q4",
        "2026-12-31T23:59:59, 2026-Q4",
        "2027-01-01T00:00:00, 2027-Q1",
    })
    void quartersFollowTheClockInShanghai(String local, String quarter) {
        assertEquals(quarter, Period.of(Period.Kind.QUARTER, shanghai(local)).label());
    }

    @Test
    void theLastSecondOfAQuarterInShanghaiIsStillInItThoughUtcIsEarlier() {
        Instant last = shanghai("2026-09-30T23:59:59");
        Period q3 = Period.of(Period.Kind.QUARTER, LocalDate.of(2026, 8, 1));
        assertTrue(q3.contains(last));
        assertFalse(q3.contains(last.plusSeconds(1)));
        // 2026-10-01 07:59:59 in UTC is still 2026-10-01 in Shanghai: Q4
        assertEquals("2026-Q4", Period.of(Period.Kind.QUARTER, Instant.parse("2026-09-30T16:00:00Z")).label());
        assertEquals("2026-Q3", Period.of(Period.Kind.QUARTER, Instant.parse("2026-09-30T15:59:59Z")).label());
    }

    @Test
    void aThemedPartyDayWithALectureCountsForBoth() {
        assertEquals(EnumSet.of(Requirement.THEMED_PARTY_DAY, Requirement.PARTY_LECTURE),
                MeetingRules.counts(Set.of(MeetingType.THEMED_PARTY_DAY, MeetingType.PARTY_LECTURE), false));
        assertEquals(EnumSet.of(Requirement.PARTY_LECTURE, Requirement.SECRETARY_LECTURE),
                MeetingRules.counts(Set.of(MeetingType.PARTY_LECTURE), true));
        assertEquals(EnumSet.noneOf(Requirement.class), MeetingRules.counts(Set.of(MeetingType.OTHER), true));
    }

    @Test
    void noCommitteeMeansNoCommitteeMeetingsAndNoGroupsNoGroupMeetings() {
        List<Requirement> bare = MeetingRules.applicable(DEFAULTS, false, 0).stream().map(MeetingRules.Rule::requirement).toList();
        assertFalse(bare.contains(Requirement.COMMITTEE_MEETING));
        assertFalse(bare.contains(Requirement.GROUP_MEETING));
        assertEquals(4, bare.size());
        assertEquals(6, MeetingRules.applicable(DEFAULTS, true, 2).size());
    }

    @Test
    void complianceCountsHeldMeetingsPerPeriodAndGroup() {
        UUID g1 = UUID.randomUUID();
        UUID g2 = UUID.randomUUID();
        List<MeetingRules.Held> held = List.of(
                new MeetingRules.Held(shanghai("2026-07-10T09:00:00"), EnumSet.of(Requirement.THEMED_PARTY_DAY, Requirement.PARTY_LECTURE), null),
                new MeetingRules.Held(shanghai("2026-07-12T09:00:00"), EnumSet.of(Requirement.GROUP_MEETING), g1),
                new MeetingRules.Held(shanghai("2026-07-20T09:00:00"), EnumSet.of(Requirement.GROUP_MEETING), g1),
                new MeetingRules.Held(shanghai("2026-08-31T23:59:59"), EnumSet.of(Requirement.THEMED_PARTY_DAY), null));
        Instant now = shanghai("2026-08-15T12:00:00");
        List<MeetingRules.PeriodResult> r = MeetingRules.compliance(MeetingRules.applicable(DEFAULTS, false, 2), 2, held,
                LocalDate.of(2026, 7, 1), LocalDate.of(2026, 9, 30), now);
        assertEquals(MeetingRules.Status.MET, find(r, Requirement.THEMED_PARTY_DAY, "2026-07").status());
        assertEquals(MeetingRules.Status.MET, find(r, Requirement.THEMED_PARTY_DAY, "2026-08").status()); // counted though the month is open
        assertEquals(MeetingRules.Status.FUTURE, find(r, Requirement.THEMED_PARTY_DAY, "2026-09").status());
        MeetingRules.PeriodResult groups = find(r, Requirement.GROUP_MEETING, "2026-07");
        assertEquals(2, groups.required()); // each of the two groups
        assertEquals(1, groups.held());     // g1 twice counts once; g2 never met
        assertEquals(MeetingRules.Status.MISSING, groups.status());
        assertEquals(MeetingRules.Status.OPEN, find(r, Requirement.GROUP_MEETING, "2026-08").status());
        assertEquals(MeetingRules.Status.MET, find(r, Requirement.PARTY_LECTURE, "2026-Q3").status());
        assertEquals(MeetingRules.Status.OPEN, find(r, Requirement.GENERAL_MEETING, "2026-Q3").status());
        assertEquals(MeetingRules.Status.OPEN, find(r, Requirement.SECRETARY_LECTURE, "2026").status());
    }

    private static MeetingRules.PeriodResult find(List<MeetingRules.PeriodResult> r, Requirement req, String label) {
        return r.stream().filter(x -> x.requirement() == req && x.period().label().equals(label)).findFirst().orElseThrow();
    }

    private static List<MeetingRules.Seat> seats(int presentVoting, int absentVoting, int presentCommittee, int absentCommittee) {
        List<MeetingRules.Seat> out = new java.util.ArrayList<>();
        for (int i = 0; i < presentVoting; i++) out.add(new MeetingRules.Seat(true, true, false));
        for (int i = 0; i < absentVoting; i++) out.add(new MeetingRules.Seat(false, true, false));
        for (int i = 0; i < presentCommittee; i++) out.add(new MeetingRules.Seat(true, true, true));
        for (int i = 0; i < absentCommittee; i++) out.add(new MeetingRules.Seat(false, true, true));
        return out;
    }

    @ParameterizedTest(name = "{0} with {1} of {2} voting present: {3}")
    @CsvSource({
        "RESOLUTION, 6, 10, true",   // more than half
        "RESOLUTION, 5, 10, false",  // exactly half is not enough
        "RESOLUTION, 4, 7, true",
        "ELECTION, 8, 10, true",     // exactly four fifths
        "ELECTION, 7, 10, false",
        "ELECTION, 4, 5, true",
    })
    void votesNeedTheirQuorum(MeetingRules.Vote vote, int present, int eligible, boolean met) {
        MeetingRules.Quorum q = MeetingRules.quorum(Set.of(MeetingType.BRANCH_GENERAL_MEETING), vote,
                seats(present, eligible - present, 0, 0));
        assertEquals(met, q.met());
        assertEquals(eligible, q.eligible());
    }

    @ParameterizedTest(name = "支委会 with {0} of {1} committee members: {2}")
    @CsvSource({"2, 3, true", "2, 4, false", "3, 5, true", "1, 1, true", "0, 1, false"})
    void aCommitteeMeetingNeedsMoreThanHalfItsMembers(int present, int committee, boolean met) {
        assertEquals(met, MeetingRules.quorum(Set.of(MeetingType.BRANCH_COMMITTEE_MEETING), MeetingRules.Vote.NONE,
                seats(0, 0, present, committee - present)).met());
    }

    @Test
    void anOrdinaryMeetingNeedsNoQuorum() {
        assertTrue(MeetingRules.quorum(Set.of(MeetingType.THEMED_PARTY_DAY), MeetingRules.Vote.NONE, seats(0, 9, 0, 0)).met());
    }

    @ParameterizedTest(name = "{0} of {1} at minimum {2}%: flagged {3}")
    @CsvSource({"8, 10, 80, false", "7, 10, 80, true", "1, 2, 50, false", "0, 2, 50, true", "0, 0, 80, false", "79, 99, 80, true"})
    void attendanceBelowTheThresholdIsFlagged(int present, int expected, int min, boolean flagged) {
        assertEquals(flagged, MeetingRules.belowThreshold(present, expected, min));
    }

    @Test
    void eachPeriodIsJudgedByTheRulesInForceWhenItStarts() {
        java.util.TreeMap<LocalDate, List<MeetingRules.Rule>> versions = new java.util.TreeMap<>();
        versions.put(LocalDate.of(2000, 1, 1), List.of(new MeetingRules.Rule(Requirement.THEMED_PARTY_DAY, Period.Kind.MONTH, 1)));
        versions.put(LocalDate.of(2026, 7, 1), List.of(new MeetingRules.Rule(Requirement.THEMED_PARTY_DAY, Period.Kind.QUARTER, 2)));
        List<MeetingRules.PeriodResult> r = MeetingRules.compliance(versions, false, 0, List.of(), LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 12, 31), shanghai("2027-01-05T00:00:00"));
        assertEquals(List.of("2026-01", "2026-02", "2026-03", "2026-04", "2026-05", "2026-06", "2026-Q3", "2026-Q4"),
                r.stream().map(x -> x.period().label()).toList());
        assertEquals(2, r.get(7).required());
        assertEquals(1, r.get(0).required());
    }
}
