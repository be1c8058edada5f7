package org.branchbook.dues;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The 2008 table at every bracket edge, rounding, and the fixed categories. */
class DuesRateTest {

    private static final RateTable T = RateTable.of2008();

    @ParameterizedTest(name = "{0} base {1} fen → {2} fen")
    @CsvSource({
        // in work: whole base, inclusive upper bounds
        "IN_WORK, 0, 0",
        "IN_WORK, 300000, 1500",     // 3000.00 → 0.5% = 15.00
        "IN_WORK, 300001, 3000",     // 3000.01 → 1% = 30.0001 → 30.00
        "IN_WORK, 500000, 5000",     // 5000.00 → 1%
        "IN_WORK, 500001, 7500",     // 5000.01 → 1.5% = 75.00015 → 75.00
        "IN_WORK, 1000000, 15000",   // 10000.00 → 1.5%
        "IN_WORK, 1000001, 20000",   // 10000.01 → 2% = 200.0002 → 200.00
        "IN_WORK, 250099, 1250",     // 2500.99 × 0.5% = 12.50495 → 12.50
        "IN_WORK, 250100, 1251",     // 2501.00 × 0.5% = 12.505 → 12.51 (half up)
        "IN_WORK, 433350, 4334",     // 4333.50 × 1% = 43.335 → 43.34
        "IN_WORK, 2000000, 40000",
        // retirees
        "RETIRED, 500000, 2500",     // 5000.00 → 0.5%
        "RETIRED, 500001, 5000",     // 5000.01 → 1% = 50.0001 → 50.00
        "RETIRED, 150000, 750",
        // fixed 0.2 元
        "STUDENT, , 20",
        "UNEMPLOYED, 999999, 20",
        "RELIEF, , 20",
        // farmers: what the branch set, within 0.2–1 元
        "FARMER, 20, 20",
        "FARMER, 100, 100",
    })
    void theMonthlyAmount(DuesCategory category, Long base, long expected) {
        DuesRate.Result r = DuesRate.monthly(T, category, base);
        assertEquals(null, r.problem());
        assertEquals(expected, r.monthlyFen());
    }

    @ParameterizedTest(name = "{0} base {1}: refused")
    @CsvSource({"IN_WORK, ", "IN_WORK, -1", "RETIRED, ", "FARMER, 19", "FARMER, 101", "FARMER, "})
    void missingOrOutOfRangeBasesAreProblems(DuesCategory category, Long base) {
        assertFalse(DuesRate.monthly(T, category, base).valid());
    }

    @Test
    void theRateIsReported() {
        assertEquals(150, DuesRate.monthly(T, DuesCategory.IN_WORK, 600_000L).basisPoints());
        assertEquals(null, DuesRate.monthly(T, DuesCategory.STUDENT, null).basisPoints());
    }

    @Test
    void aTableMustBeWellFormed() {
        assertThrows(IllegalArgumentException.class, () -> new RateTable(YearMonth.of(2030, 1),
                List.of(new RateTable.Bracket(300_000L, 50)), T.retired(), 20, 20, 100));
        assertThrows(IllegalArgumentException.class, () -> new RateTable(YearMonth.of(2030, 1),
                List.of(new RateTable.Bracket(500_000L, 50), new RateTable.Bracket(300_000L, 50),
                        new RateTable.Bracket(null, 100)), T.retired(), 20, 20, 100));
    }

    @Test
    void fenPrintAsYuan() {
        assertEquals("0.20", DuesRate.yuan(20));
        assertEquals("1234.05", DuesRate.yuan(123405));
        assertEquals("-3.00", DuesRate.yuan(-300));
    }
}
