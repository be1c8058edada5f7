package org.branchbook.member;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** GB 11643 numbers: check digit, birth date, gender, normalization and masking. */
class IdNumberTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    @ParameterizedTest(name = "{0} → {1} {2} {3}")
    @CsvSource(textBlock = """
            11010519491231002X, 11010519491231002X, 1949-12-31, FEMALE
            11010519491231002x, 11010519491231002X, 1949-12-31, FEMALE
            ' 11010519491231002X ', 11010519491231002X, 1949-12-31, FEMALE
            １１０１０５１９４９１２３１００２Ｘ, 11010519491231002X, 1949-12-31, FEMALE
            110105198001010016, 110105198001010016, 1980-01-01, MALE
            """)
    void acceptsValidNumbers(String raw, String normalized, LocalDate birth, IdNumber.Gender gender) {
        IdNumber.Parsed parsed = IdNumber.parse(raw, TODAY).orElseThrow();
        assertEquals(normalized, parsed.value());
        assertEquals(birth, parsed.birthDate());
        assertEquals(gender, parsed.gender());
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            11010519491231002Y | 18位
            1101051949123100   | 18位
            110105194912310029 | 校验位错误（按 GB 11643 应为 X）
            110105194902300021 | 不是有效日期
            110105203001010011 | 合理范围
            110105188001010011 | 合理范围
            ''                 | 不能为空
            """)
    void refusesInvalidNumbersSayingWhy(String raw, String why) {
        String problem = IdNumber.problem(raw, TODAY);
        assertTrue(problem != null && problem.contains(why), problem);
        assertTrue(IdNumber.parse(raw, TODAY).isEmpty());
    }

    @ParameterizedTest
    @CsvSource({"11010519491231002X, 110105********002X", "123, ***"})
    void masksAllButTheRegionAndTheLastFour(String id, String masked) {
        assertEquals(masked, IdNumber.mask(id));
        assertNull(IdNumber.mask(null));
    }
}
