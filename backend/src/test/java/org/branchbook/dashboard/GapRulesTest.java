package org.branchbook.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.branchbook.meeting.Requirement;
import org.branchbook.organization.OrgShape;
import org.branchbook.transfer.OverdueKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GapRulesTest {

    private static final LocalDate DAY = LocalDate.of(2026, 10, 1);
    private static final GapRules.Flagged NONE = new GapRules.Flagged(0, null);

    private static GapRules.Facts facts(List<GapRules.Shape> shape, GapRules.Flagged probation, GapRules.Flagged flagged,
            GapRules.Flagged arrears, GapRules.Flagged inactive, List<GapRules.Missed> missed,
            List<GapRules.LateTransfer> transfers) {
        return new GapRules.Facts(shape, probation, flagged, arrears, inactive, missed, transfers);
    }

    @ParameterizedTest
    @CsvSource({
        "TOO_FEW_FULL_MEMBERS, HIGH, ORG_SHAPE, URGENT",
        "JOINT_BRANCH_TOO_MANY_UNITS, MEDIUM, ORG_SHAPE, WARNING",
        "COMMITTEE_TOO_LARGE, LOW, ORG_SHAPE, NOTICE",
        "NO_LEADERSHIP, MEDIUM, LEADERSHIP, WARNING",
        "NO_SECRETARY, HIGH, LEADERSHIP, URGENT",
        "ELECTION_OVERDUE, HIGH, ELECTION_OVERDUE, URGENT",
        "ELECTION_DUE_VERY_SOON, MEDIUM, ELECTION_DUE, WARNING",
    })
    void shapeWarningsBecomeGapsOfTheirKindAndUrgency(OrgShape.Code code, OrgShape.Severity severity, GapKind kind,
            GapSeverity expected) {
        GapRules.Gap g = GapRules.shape(new GapRules.Shape(code, severity, "说明", DAY));
        assertEquals(kind, g.kind());
        assertEquals(expected, g.severity());
        assertEquals(code.name(), g.code());
        assertEquals(DAY, g.since());
    }

    @Test
    void aTermEndingWithinSixMonthsIsOnlyInformationNotAGap() {
        assertNull(GapRules.shape(new GapRules.Shape(OrgShape.Code.ELECTION_DUE_SOON, OrgShape.Severity.LOW, "x", DAY)));
    }

    @Test
    void memberFlagsAreOneGapPerOrganizationWithTheCountAndTheEarliestDay() {
        List<GapRules.Gap> gaps = GapRules.gaps(facts(List.of(), new GapRules.Flagged(2, DAY), new GapRules.Flagged(3, DAY),
                new GapRules.Flagged(4, DAY.plusMonths(1)), new GapRules.Flagged(5, DAY), List.of(), List.of()));
        assertEquals(List.of(GapKind.DUES_FLAGGED, GapKind.DUES_ARREARS, GapKind.MEMBERS_INACTIVE, GapKind.PROBATION_OVERDUE),
                gaps.stream().map(GapRules.Gap::kind).toList());
        assertEquals(List.of(GapSeverity.URGENT, GapSeverity.WARNING, GapSeverity.WARNING, GapSeverity.WARNING),
                gaps.stream().map(GapRules.Gap::severity).toList());
        assertEquals(List.of(3, 4, 5, 2), gaps.stream().map(GapRules.Gap::count).toList());
        assertTrue(gaps.get(0).detail().startsWith("3 名党员"));
    }

    @Test
    void nothingWrongIsNoGap() {
        assertEquals(List.of(), GapRules.gaps(facts(List.of(), NONE, NONE, NONE, NONE, List.of(), List.of())));
    }

    @Test
    void missedMeetingsOfTheLastClosedPeriodsAreOneGapNamingEachPeriodAndSinceTheEarliest() {
        List<GapRules.Gap> gaps = GapRules.gaps(facts(List.of(), NONE, NONE, NONE, NONE, List.of(
                new GapRules.Missed("2026-10", LocalDate.of(2026, 11, 1), List.of(Requirement.COMMITTEE_MEETING, Requirement.THEMED_PARTY_DAY)),
                new GapRules.Missed("2026-Q3", LocalDate.of(2026, 10, 1), List.of(Requirement.GENERAL_MEETING))), List.of()));
        assertEquals(1, gaps.size());
        GapRules.Gap g = gaps.get(0);
        assertEquals(GapKind.MEETINGS_MISSED, g.kind());
        assertEquals(3, g.count());
        assertEquals(LocalDate.of(2026, 10, 1), g.since());
        assertEquals("2026-10 未落实：" + Requirement.COMMITTEE_MEETING.label() + "、" + Requirement.THEMED_PARTY_DAY.label()
                + "；2026-Q3 未落实：" + Requirement.GENERAL_MEETING.label(), g.detail());
    }

    @Test
    void lateTransfersAreGapsOfTheirOwnAMissingReceiptOnlyANotice() {
        UUID t = UUID.randomUUID();
        List<GapRules.Gap> gaps = GapRules.gaps(facts(List.of(), NONE, NONE, NONE, NONE, List.of(), List.of(
                new GapRules.LateTransfer(OverdueKind.APPROVAL_OVERDUE, DAY, 3, t, null, "张三"),
                new GapRules.LateTransfer(OverdueKind.RECEIPT_MISSING, DAY, 9, t, null, "李四"))));
        assertEquals(List.of(GapSeverity.WARNING, GapSeverity.NOTICE), gaps.stream().map(GapRules.Gap::severity).toList());
        assertEquals("APPROVAL_OVERDUE", gaps.get(0).code());
        assertEquals(t, gaps.get(0).transferId());
        assertEquals("张三：审批超期（3 天）", gaps.get(0).detail());
    }

    @Test
    void periodsParseAsMonthQuarterOrYear() {
        LocalDate today = LocalDate.of(2026, 11, 23);
        assertEquals("2026-11", DashboardPeriod.parse(null, today).label());
        DashboardPeriod q = DashboardPeriod.parse("2026-Q4", today);
        assertEquals(LocalDate.of(2026, 10, 1), q.from());
        assertEquals(LocalDate.of(2026, 12, 31), q.to());
        DashboardPeriod y = DashboardPeriod.parse("2025", today);
        assertEquals(LocalDate.of(2025, 12, 31), y.to());
        assertEquals(LocalDate.of(2026, 2, 28), DashboardPeriod.parse("2026-02", today).to());
    }
}
