package org.branchbook.member;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every lifecycle action against every status, and the date rules. */
class LifecycleTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    private static final LocalDate JOINED = LocalDate.of(2025, 6, 1);

    private static Lifecycle.Facts facts(MemberStatus status, boolean extended) {
        return new Lifecycle.Facts(status, status == MemberStatus.LEFT ? MemberStatus.FULL : null, JOINED,
                Lifecycle.probationEnd(JOINED), extended, null);
    }

    @ParameterizedTest(name = "{0} from {1}: {2}")
    @CsvSource({
        // action, from status, outcome status or refusal code
        "CONFIRMED, PROBATIONARY, FULL",
        "CONFIRMED, FULL, wrong-status",
        "CONFIRMED, LEFT, wrong-status",
        "CONFIRMED, DECEASED, wrong-status",
        "CONFIRMED, DISQUALIFIED, wrong-status",
        "PROBATION_EXTENDED, PROBATIONARY, PROBATIONARY",
        "PROBATION_EXTENDED, FULL, wrong-status",
        "PROBATION_CANCELLED, PROBATIONARY, DISQUALIFIED",
        "PROBATION_CANCELLED, FULL, wrong-status",
        "LEFT, PROBATIONARY, LEFT",
        "LEFT, FULL, LEFT",
        "LEFT, LEFT, wrong-status",
        "LEFT, DECEASED, wrong-status",
        "DIED, FULL, DECEASED",
        "DIED, PROBATIONARY, DECEASED",
        "DIED, DECEASED, wrong-status",
        "DIED, LEFT, wrong-status",
        // a member whose relationship went elsewhere has no lifecycle here
        "DIED, TRANSFERRED_OUT, wrong-status",
        "LEFT, TRANSFERRED_OUT, wrong-status",
        "CONFIRMED, TRANSFERRED_OUT, wrong-status",
        "RESTORED, TRANSFERRED_OUT, wrong-status",
        "RESTORED, LEFT, FULL",
        "RESTORED, FULL, wrong-status",
        "RESTORED, DECEASED, wrong-status",
        "RESTORED, DISQUALIFIED, wrong-status",
    })
    void actionsFollowTheStateMachine(MemberAction action, MemberStatus from, String expected) {
        Lifecycle.Request request = new Lifecycle.Request(action, TODAY, 6, LeaveKind.EXPELLED);
        if (expected.contains("-")) {
            Lifecycle.Refusal r = assertThrows(Lifecycle.Refusal.class,
                    () -> Lifecycle.apply(facts(from, false), request, TODAY));
            assertEquals(expected, r.code());
            assertEquals(true, r.wrongState());
        } else {
            assertEquals(MemberStatus.valueOf(expected), Lifecycle.apply(facts(from, false), request, TODAY).status());
        }
    }

    @ParameterizedTest(name = "{0} on {1}, months {2}, extended {3}: {4}")
    @CsvSource({
        // action, date, months, already extended, refusal code or resulting date (fullOn / new probation end)
        "CONFIRMED, 2026-06-01, , false, 2026-06-01",
        "CONFIRMED, 2026-07-15, , false, 2026-06-01",
        "CONFIRMED, 2026-05-31, , false, probation-not-over",
        "CONFIRMED, 2026-11-23, , false, date-in-future",
        "CONFIRMED, 2025-05-31, , false, before-joining",
        "PROBATION_EXTENDED, 2026-06-01, 6, false, 2026-12-01",
        "PROBATION_EXTENDED, 2026-06-01, 12, false, 2027-06-01",
        "PROBATION_EXTENDED, 2026-06-01, 13, false, extension-length",
        "PROBATION_EXTENDED, 2026-06-01, 0, false, extension-length",
        "PROBATION_EXTENDED, 2026-06-01, , false, extension-length",
        "PROBATION_EXTENDED, 2026-06-01, 6, true, already-extended",
    })
    void datesAndLengths(MemberAction action, LocalDate on, Integer months, boolean extended, String expected) {
        Lifecycle.Request request = new Lifecycle.Request(action, on, months, null);
        Lifecycle.Facts facts = facts(MemberStatus.PROBATIONARY, extended);
        if (expected.contains("-") && !expected.matches("\\d{4}-\\d{2}-\\d{2}")) {
            assertEquals(expected, assertThrows(Lifecycle.Refusal.class,
                    () -> Lifecycle.apply(facts, request, TODAY)).code());
        } else {
            Lifecycle.Outcome out = Lifecycle.apply(facts, request, TODAY);
            assertEquals(LocalDate.parse(expected),
                    action == MemberAction.CONFIRMED ? out.fullOn() : out.probationEndsOn());
        }
    }

    @ParameterizedTest
    @CsvSource({"2026-01-01, before-last-event", "2026-03-01, ok"})
    void anActionCannotPredateTheLastOne(LocalDate on, String expected) {
        Lifecycle.Facts facts = new Lifecycle.Facts(MemberStatus.FULL, null, JOINED, null, false,
                LocalDate.of(2026, 2, 1));
        Lifecycle.Request request = new Lifecycle.Request(MemberAction.DIED, on, null, null);
        if (expected.equals("ok")) {
            assertEquals(MemberStatus.DECEASED, Lifecycle.apply(facts, request, TODAY).status());
        } else {
            assertEquals(expected, assertThrows(Lifecycle.Refusal.class,
                    () -> Lifecycle.apply(facts, request, TODAY)).code());
        }
    }

    @ParameterizedTest
    @CsvSource({"PROBATIONARY, PROBATIONARY", "FULL, FULL"})
    void leavingNeedsAKindAndRestoringReturnsToTheFormerStatus(MemberStatus before, MemberStatus restored) {
        Lifecycle.Refusal noKind = assertThrows(Lifecycle.Refusal.class, () -> Lifecycle.apply(facts(before, false),
                new Lifecycle.Request(MemberAction.LEFT, TODAY, null, null), TODAY));
        assertEquals("leave-kind-required", noKind.code());
        Lifecycle.Outcome left = Lifecycle.apply(facts(before, false),
                new Lifecycle.Request(MemberAction.LEFT, TODAY, null, LeaveKind.LAPSED), TODAY);
        assertEquals(LeaveKind.LAPSED, left.leftKind());
        Lifecycle.Facts after = new Lifecycle.Facts(left.status(), left.statusBefore(), JOINED,
                Lifecycle.probationEnd(JOINED), false, TODAY);
        assertEquals(restored, Lifecycle.apply(after,
                new Lifecycle.Request(MemberAction.RESTORED, TODAY, null, null), TODAY).status());
    }
}
