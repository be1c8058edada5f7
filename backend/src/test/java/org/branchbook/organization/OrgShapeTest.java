package org.branchbook.organization;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The shape rule against the thresholds of domain.md, one row per case. */
class OrgShapeTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    private static final OrgShape SHAPE = new OrgShape(new ElectionPolicy(5, 3, 6, 1));

    @ParameterizedTest(name = "{0} full={1} prob={2} leaders={3} committee={4} → [{8}]")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # type        | full | prob | leaders | committee | secretary | units | termEnds   | expected codes
            BRANCH        | 0    | 0    | 1       | 0         | true      | -     | 2028-01-01 | TOO_FEW_FULL_MEMBERS
            BRANCH        | 2    | 5    | 1       | 0         | true      | -     | 2028-01-01 | TOO_FEW_FULL_MEMBERS
            BRANCH        | 3    | 0    | 1       | 0         | true      | -     | 2028-01-01 |
            JOINT_BRANCH  | 2    | 0    | 1       | 0         | true      | 3     | 2028-01-01 | TOO_FEW_FULL_MEMBERS
            JOINT_BRANCH  | 4    | 0    | 1       | 0         | true      | 5     | 2028-01-01 |
            JOINT_BRANCH  | 4    | 0    | 1       | 0         | true      | 6     | 2028-01-01 | JOINT_BRANCH_TOO_MANY_UNITS
            BRANCH        | 6    | 44   | 1       | 0         | true      | -     | 2028-01-01 |
            BRANCH        | 6    | 45   | 1       | 0         | true      | -     | 2028-01-01 | SHOULD_BE_GENERAL_BRANCH
            BRANCH        | 6    | 93   | 1       | 0         | true      | -     | 2028-01-01 | SHOULD_BE_GENERAL_BRANCH
            BRANCH        | 6    | 94   | 1       | 0         | true      | -     | 2028-01-01 | SHOULD_BE_PARTY_COMMITTEE
            GENERAL_BRANCH| 99   | 0    | 5       | 4         | true      | -     | 2028-01-01 |
            GENERAL_BRANCH| 90   | 10   | 5       | 4         | true      | -     | 2028-01-01 | SHOULD_BE_PARTY_COMMITTEE
            PARTY_COMMITTEE| 300 | 0    | 7       | 5         | true      | -     | 2028-01-01 |
            BRANCH        | 6    | 0    | 2       | 0         | true      | -     | 2028-01-01 |
            BRANCH        | 7    | 0    | 2       | 0         | true      | -     | 2028-01-01 | NO_COMMITTEE
            BRANCH        | 7    | 0    | 3       | 1         | true      | -     | 2028-01-01 |
            BRANCH        | 30   | 0    | 7       | 5         | true      | -     | 2028-01-01 |
            BRANCH        | 30   | 0    | 8       | 6         | true      | -     | 2028-01-01 | COMMITTEE_TOO_LARGE
            BRANCH        | 6    | 0    | 3       | 1         | true      | -     | 2028-01-01 | COMMITTEE_NOT_EXPECTED
            BRANCH        | 5    | 0    | -       | 0         | false     | -     | -          | NO_LEADERSHIP
            BRANCH        | 5    | 0    | 1       | 0         | false     | -     | 2028-01-01 | NO_SECRETARY
            PARTY_GROUP   | 0    | 0    | -       | 0         | false     | -     | -          |
            BRANCH        | 5    | 0    | 1       | 0         | true      | -     | 2026-11-21 | ELECTION_OVERDUE
            BRANCH        | 5    | 0    | 1       | 0         | true      | -     | 2026-11-22 | ELECTION_DUE_VERY_SOON
            BRANCH        | 5    | 0    | 1       | 0         | true      | -     | 2026-01-01 | ELECTION_OVERDUE
            BRANCH        | 5    | 0    | 1       | 0         | true      | -     | 2026-11-23 | ELECTION_DUE_VERY_SOON
            BRANCH        | 5    | 0    | 1       | 0         | true      | -     | 2026-12-22 | ELECTION_DUE_VERY_SOON
            BRANCH        | 5    | 0    | 1       | 0         | true      | -     | 2026-12-23 | ELECTION_DUE_SOON
            BRANCH        | 5    | 0    | 1       | 0         | true      | -     | 2027-05-22 | ELECTION_DUE_SOON
            BRANCH        | 5    | 0    | 1       | 0         | true      | -     | 2027-05-23 |
            BRANCH        | 1    | 0    | -       | 0         | false     | -     | -          | TOO_FEW_FULL_MEMBERS NO_LEADERSHIP
            """)
    void warnings(OrgType type, int full, int probationary, Integer leaders, int committee, boolean secretary,
            Integer units, LocalDate termEnds, String expected) {
        OrgShape.Input in = new OrgShape.Input(type, false, full, probationary, null, units, leaders, committee,
                secretary, termEnds);
        assertEquals(codes(expected), SHAPE.warnings(in, TODAY).stream().map(w -> w.code().name())
                .collect(Collectors.toSet()));
    }

    @ParameterizedTest(name = "residents={0} leaders={1} → [{2}]")
    @CsvSource(delimiter = '|', textBlock = """
            2999 | 4 | COMMUNITY_LEADERSHIP_SIZE
            2999 | 5 |
            2999 | 7 |
            2999 | 8 | COMMUNITY_LEADERSHIP_SIZE
            3000 | 8 |
            3000 | 9 |
            3000 | 10 | COMMUNITY_LEADERSHIP_SIZE
            """)
    void communityLeadershipSize(int residents, int leaders, String expected) {
        OrgShape.Input in = new OrgShape.Input(OrgType.PARTY_COMMITTEE, true, 120, 0, residents, null, leaders,
                leaders - 2, true, LocalDate.of(2029, 1, 1));
        assertEquals(codes(expected), SHAPE.warnings(in, TODAY).stream().map(w -> w.code().name())
                .collect(Collectors.toSet()));
    }

    @ParameterizedTest
    @CsvSource({"0, 0", "2, 0"})
    void mostSevereFirstAndMessagesInChinese(int full, int probationary) {
        OrgShape.Input in = new OrgShape.Input(OrgType.BRANCH, false, full, probationary, null, null, 1, 0, false,
                LocalDate.of(2027, 1, 1));
        List<OrgShape.Warning> warnings = SHAPE.warnings(in, TODAY);
        assertEquals(OrgShape.Severity.HIGH, warnings.get(0).severity());
        assertEquals(OrgShape.Code.ELECTION_DUE_SOON, warnings.get(warnings.size() - 1).code());
        assertEquals(true, warnings.get(0).message().contains("不足3人"));
    }

    private static Set<String> codes(String expected) {
        return expected == null || expected.isBlank() ? Set.of()
                : Arrays.stream(expected.trim().split("\\s+")).collect(Collectors.toSet());
    }
}
