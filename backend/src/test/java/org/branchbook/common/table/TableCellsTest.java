package org.branchbook.common.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Formula-injection neutralization: which cells get a leading quote, which look like formulas, and the undo. */
class TableCellsTest {

    @ParameterizedTest(name = "[{0}] → [{1}]")
    @CsvSource(delimiter = '¦', quoteCharacter = '`', textBlock = """
            =SUM(A1:A2)         ¦ '=SUM(A1:A2)
            +8613800138000      ¦ '+8613800138000
            -5                  ¦ '-5
            @cmd                ¦ '@cmd
            =cmd|' /C calc'!A0  ¦ '=cmd|' /C calc'!A0
            张三                 ¦ 张三
            13800138000         ¦ 13800138000
            a=b                 ¦ a=b
            'quoted             ¦ 'quoted
            '=already           ¦ ''=already
            ''-1                ¦ '''-1
            '                   ¦ '
            ``                  ¦ ``
            """)
    void neutralizesFormulaTriggers(String cell, String expected) {
        assertEquals(expected, Cells.neutralize(cell));
        assertEquals(cell, Cells.unneutralize(Cells.neutralize(cell)));
    }

    @Test
    void neutralizesTabAndCarriageReturnLeads() {
        assertEquals("'\tx", Cells.neutralize("\tx"));
        assertEquals("'\rx", Cells.neutralize("\rx"));
        assertEquals("\tx", Cells.unneutralize("'\tx"));
        assertNull(Cells.neutralize(null));
        assertNull(Cells.unneutralize(null));
    }

    @ParameterizedTest(name = "[{0}] formula-like: {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            =1+1          | true
            `  =1+1`      | true
            +86 138       | true
            -             | true
            @SUM(A1)      | true
            '=1+1         | false
            张=三          | false
            ``            | false
            `   `         | false
            `\t=1`        | true
            """)
    void looksLikeFormula(String cell, boolean expected) {
        assertEquals(expected, Cells.looksLikeFormula(cell.replace("\\t", "\t")));
    }

    @ParameterizedTest(name = "[{0}] → [{1}]")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            '=1         | =1
            ''=1        | '=1
            ''x         | ''x
            'abc        | 'abc
            '           | '
            =1          | =1
            """)
    void unneutralizesOnlyBeforeATrigger(String cell, String expected) {
        assertEquals(expected, Cells.unneutralize(cell));
    }
}
