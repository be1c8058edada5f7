package org.branchbook.dues;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.YearMonth;
import org.branchbook.ApiTest;
import org.junit.jupiter.api.Test;

/** The table the migration stores is the 2008 table. */
@QuarkusTest
class DuesRatesTest extends ApiTest {

    @Inject
    DuesRates rates;

    @Test
    @Transactional
    void theStoredTableIsThe2008Table() {
        assertEquals(RateTable.of2008(), rates.tableFor(YearMonth.of(2026, 11)));
    }
}
