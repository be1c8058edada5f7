package org.branchbook.common.table;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How XLSX numbers, dates and escapes read as text: the rules, case by case. */
class XlsxValuesTest {

    @ParameterizedTest(name = "id {0} → {1}")
    @CsvSource(textBlock = """
            0,  false
            1,  false
            2,  false
            9,  false
            14, true
            17, true
            20, true
            22, true
            27, true
            31, true
            36, true
            37, false
            45, true
            47, true
            49, false
            57, true
            58, true
            59, false
            176, false
            """)
    void knowsTheBuiltInDateFormats(int id, boolean date) {
        assertEquals(date, XlsxValues.isDateFormat(id, null));
    }

    @ParameterizedTest(name = "[{0}] → {1}")
    @CsvSource(delimiter = '¦', quoteCharacter = '`', textBlock = """
            yyyy-mm-dd                              ¦ true
            yyyy/m/d;@                              ¦ true
            yyyy"年"m"月"d"日"                       ¦ true
            [$-F800]dddd\\,\\ mmmm\\ dd\\,\\ yyyy   ¦ true
            [$-804]yyyy年m月                         ¦ true
            h:mm AM/PM                              ¦ true
            [h]:mm:ss                               ¦ true
            mm:ss.0                                 ¦ true
            General                                 ¦ false
            @                                       ¦ false
            0                                       ¦ false
            #,##0.00                                ¦ false
            0.00E+00                                ¦ false
            "days" 0                                ¦ false
            [Red]#,##0;[Blue]-#,##0                 ¦ false
            #,##0"元"                                ¦ false
            [$¥-804]#,##0.00                        ¦ false
            0_);[Red](0)                            ¦ false
            #,##0.00_ ;\\-#,##0.00\\                ¦ false
            [DBNum1][$-804]General                  ¦ false
            """)
    void tellsDateCodesFromNumberCodes(String code, boolean date) {
        assertEquals(date, XlsxValues.isDateCode(code));
    }

    @ParameterizedTest(name = "custom {0} [{1}] → {2}")
    @CsvSource(textBlock = """
            14,  0.00,       false
            176, yyyy-mm-dd, true
            176, 0.00,       false
            """)
    void aCustomCodeOverridesTheBuiltInMeaning(int id, String code, boolean date) {
        assertEquals(date, XlsxValues.isDateFormat(id, code));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(textBlock = """
            13800138000,          13800138000
            1.3800138E10,         13800138000
            1.10105194912310E+17, 110105194912310000
            0.1,                  0.1
            123.45600000000002,   123.456
            0.30000000000000004,  0.3
            1E-3,                 0.001
            -12.50,               -12.5
            1.0,                  1
            100,                  100
            -0,                   0
            ' 42 ',               42
            1E+300,               1E+300
            abc,                  abc
            """)
    void rendersNumbersAsExcelShowsThem(String raw, String text) {
        assertEquals(text, XlsxValues.number(raw));
    }

    @ParameterizedTest(name = "{0} (1904: {1}) → {2}")
    @CsvSource(textBlock = """
            45292,          false, 2024-01-01
            45292.0,        false, 2024-01-01
            45292.5,        false, 2024-01-01 12:00
            45292.75001,    false, 2024-01-01 18:00:01
            45292.99999999, false, 2024-01-02
            25569,          false, 1970-01-01
            1,              false, 1900-01-01
            59,             false, 1900-02-28
            61,             false, 1900-03-01
            0.5,            false, 12:00
            43830,          true,  2024-01-01
            0,              true,  1904-01-01
            0,              false,
            -1,             false,
            3000000,        false,
            abc,            false,
            """)
    void convertsSerialDates(String raw, boolean date1904, String text) {
        assertEquals(text, XlsxValues.date(raw, date1904));
    }

    @ParameterizedTest(name = "[{0}] → [{1}]")
    @CsvSource(textBlock = """
            plain,              plain
            _x4E2D_文,           中文
            a_x000D_b,          a\\rb
            a_x005F_x0041_b,    a_x0041_b
            _x00,               _x00
            _xZZZZ_,            _xZZZZ_
            __x0041__,          _A_
            """)
    void decodesExcelEscapes(String raw, String text) {
        assertEquals(text.replace("\\r", "\r"), XlsxValues.unescape(raw));
    }
}
