package org.branchbook.organization;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Term lengths and the 换届 reminder windows. */
class ElectionPolicyTest {

    private static final ElectionPolicy POLICY = new ElectionPolicy(5, 3, 6, 1);

    @ParameterizedTest(name = "ends {0}, today {1} → {2}")
    @CsvSource(nullValues = "-", textBlock = """
            -,          2026-11-22, NO_TERM
            2027-06-01, 2026-11-22, NOT_DUE
            2027-05-22, 2026-11-22, DUE_SOON
            2027-05-23, 2026-11-22, NOT_DUE
            2026-12-22, 2026-11-22, DUE_VERY_SOON
            2026-12-23, 2026-11-22, DUE_SOON
            2026-11-23, 2026-11-22, DUE_VERY_SOON
            2026-11-22, 2026-11-22, DUE_VERY_SOON
            2026-11-21, 2026-11-22, OVERDUE
            2020-01-01, 2026-11-22, OVERDUE
            2027-02-28, 2026-08-31, DUE_SOON
            """)
    void status(LocalDate endsOn, LocalDate today, ElectionPolicy.Status expected) {
        assertEquals(expected, POLICY.status(endsOn, today));
    }

    @ParameterizedTest(name = "{0} community={1} from {2} → {3}")
    @CsvSource({
        "PARTY_COMMITTEE, true, 2024-03-01, 2029-03-01",
        "BRANCH, true, 2024-03-01, 2029-03-01",
        "BRANCH, false, 2024-03-01, 2027-03-01",
        "GENERAL_BRANCH, false, 2024-02-29, 2027-02-28",
        "STREET_WORKING_COMMITTEE, false, 2024-03-01, 2029-03-01"
    })
    void defaultEnd(OrgType type, boolean communityBody, LocalDate start, LocalDate expected) {
        assertEquals(expected, POLICY.defaultEnd(start, type, communityBody));
    }
}
