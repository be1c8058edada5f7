package org.branchbook.common.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** XLSX writing, checked by opening the result with Apache POI: text stays text, layout, sheet names. */
class XlsxWriterTest {

    private interface Body {
        void write(TableWriter writer) throws IOException;
    }

    private static XSSFWorkbook written(Body body) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (TableWriter writer = Tables.writer(TableFormat.XLSX, out)) {
            body.write(writer);
        }
        return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
    }

    private static String text(XSSFSheet sheet, int row, int col) {
        XSSFCell cell = sheet.getRow(row).getCell(col);
        if (cell == null) {
            return null;
        }
        assertEquals(CellType.STRING, cell.getCellType(), "cell " + row + "," + col);
        return cell.getStringCellValue();
    }

    @Test
    void poiSeesTheSameText() throws IOException {
        try (XSSFWorkbook wb = written(w -> {
            w.sheet("党员名册", List.of("姓名", "备注", "身份证号", "手机号"));
            w.row(List.of("张三", "=cmd|' /C calc'!A0", "11010519491231002X", "13800138000"));
            w.row(Arrays.asList("李四", null, "", "<a href=\"x\">&amp;</a> 'q'"));
            w.row(List.of("  王五  ", "a\nb", "_x0041_", "a\u0001b\uFFFEc"));
            w.row(List.of("😀𠮷", "a\r\nb", "\uD800x", "+86 138"));
        })) {
            XSSFSheet s = wb.getSheetAt(0);
            assertEquals("党员名册", s.getSheetName());
            assertEquals(List.of("姓名", "备注", "身份证号", "手机号"),
                    List.of(text(s, 0, 0), text(s, 0, 1), text(s, 0, 2), text(s, 0, 3)));
            assertEquals("=cmd|' /C calc'!A0", text(s, 1, 1));
            assertEquals("11010519491231002X", text(s, 1, 2));
            assertEquals("13800138000", text(s, 1, 3));
            assertNull(text(s, 2, 1));
            assertNull(text(s, 2, 2));
            assertEquals("<a href=\"x\">&amp;</a> 'q'", text(s, 2, 3));
            assertEquals("  王五  ", text(s, 3, 0));
            assertEquals("a\nb", text(s, 3, 1));
            assertEquals("_x0041_", text(s, 3, 2));
            assertEquals("abc", text(s, 3, 3));
            assertEquals("😀𠮷", text(s, 4, 0));
            assertEquals("a\r\nb", text(s, 4, 1));
            assertEquals("x", text(s, 4, 2));
            assertEquals("+86 138", text(s, 4, 3));
        }
    }

    @Test
    void boldsAndFreezesTheHeaderAndSizesColumns() throws IOException {
        try (XSSFWorkbook wb = written(w -> {
            w.sheet("名册", List.of("姓名", "身份证号"));
            w.row(List.of("张三", "11010519491231002X"));
        })) {
            XSSFSheet s = wb.getSheetAt(0);
            assertTrue(s.getRow(0).getCell(0).getCellStyle().getFont().getBold());
            assertFalse(s.getRow(1).getCell(0).getCellStyle().getFont().getBold());
            assertTrue(s.getPaneInformation().isFreezePane());
            assertEquals(1, s.getPaneInformation().getHorizontalSplitPosition());
            assertEquals(8 * 256, s.getColumnWidth(0));
            assertEquals(20 * 256, s.getColumnWidth(1));
        }
    }

    @Test
    void writesSheetsOneAfterAnotherWithExcelSafeNames() throws IOException {
        List<String> names = List.of("名册", "名册", "a/b:c", "", "长".repeat(40), "History");
        try (XSSFWorkbook wb = written(w -> {
            for (int i = 0; i < names.size(); i++) {
                w.sheet(names.get(i), List.of("第" + i + "页"));
                for (int r = 0; r < 120; r++) {
                    w.row(List.of(i + "-" + r));
                }
            }
        })) {
            assertEquals(names.size(), wb.getNumberOfSheets());
            assertEquals(List.of("名册", "名册 (2)", "a_b_c", "Sheet4", "长".repeat(31), "History_"),
                    List.of(wb.getSheetName(0), wb.getSheetName(1), wb.getSheetName(2), wb.getSheetName(3),
                            wb.getSheetName(4), wb.getSheetName(5)));
            for (int i = 0; i < names.size(); i++) {
                XSSFSheet s = wb.getSheetAt(i);
                assertEquals("第" + i + "页", text(s, 0, 0));
                assertEquals(120, s.getLastRowNum());
                for (int r = 0; r < 120; r++) {
                    assertEquals(i + "-" + r, text(s, r + 1, 0));
                }
            }
        }
    }

    @Test
    void anEmptyExportIsAWorkbookWithOneEmptySheet() throws IOException {
        try (XSSFWorkbook wb = written(w -> { })) {
            assertEquals(1, wb.getNumberOfSheets());
            assertEquals("Sheet1", wb.getSheetName(0));
        }
    }

    @Test
    void refusesRowsBeforeASheetAndCellsExcelCannotHold() throws IOException {
        try (TableWriter writer = Tables.writer(TableFormat.XLSX, new ByteArrayOutputStream())) {
            assertThrows(IllegalStateException.class, () -> writer.row(List.of("x")));
            writer.sheet("s", List.of("h"));
            for (int i = 0; i < 60; i++) {
                writer.row(List.of("x"));
            }
            assertThrows(IllegalArgumentException.class, () -> writer.row(List.of("x".repeat(XlsxWriter.MAX_CELL_CHARS + 1))));
        }
    }

    @Test
    void leavesTheCallersStreamOpen() throws IOException {
        boolean[] closed = {false};
        ByteArrayOutputStream out = new ByteArrayOutputStream() {
            @Override
            public void close() {
                closed[0] = true;
            }
        };
        try (TableWriter writer = Tables.writer(TableFormat.XLSX, out)) {
            writer.sheet("s", List.of("a"));
        }
        assertFalse(closed[0]);
        assertTrue(out.size() > 0);
    }

    @ParameterizedTest(name = "[{0}] → [{1}]")
    @CsvSource(delimiter = '¦', quoteCharacter = '`', textBlock = """
            名册                                         ¦ 名册
            a[b]c:d*e?f/g\\h                             ¦ a_b_c_d_e_f_g_h
            'quoted'                                     ¦ quoted
            ''                                           ¦ Sheet3
            `   `                                        ¦ Sheet3
            history                                      ¦ history_
            1234567890123456789012345678901234567890     ¦ 1234567890123456789012345678901
            """)
    void sanitizesSheetNames(String raw, String name) {
        assertEquals(name, XlsxWriter.sheetName(raw, 3));
    }

    @Test
    void aNullSheetNameIsNumbered() {
        assertEquals("Sheet2", XlsxWriter.sheetName(null, 2));
    }

    @ParameterizedTest(name = "[{0}] → [{1}]")
    @CsvSource(delimiter = '¦', quoteCharacter = '`', textBlock = """
            a<b&c>"d     ¦ a&lt;b&amp;c&gt;&quot;d
            _x0041_      ¦ _x005F_x0041_
            _x41_        ¦ _x41_
            a\\u0001b    ¦ ab
            a\\rb        ¦ a&#13;b
            a\\tb\\nc    ¦ a\\tb\\nc
            """)
    void escapesXmlText(String raw, String xml) {
        StringBuilder b = new StringBuilder();
        XlsxWriter.escape(b, raw.replace("\\u0001", "\u0001").replace("\\r", "\r").replace("\\t", "\t").replace("\\n", "\n"));
        assertEquals(xml.replace("\\t", "\t").replace("\\n", "\n"), b.toString());
    }

    @Test
    void dropsLoneSurrogatesAndNonCharacters() {
        StringBuilder b = new StringBuilder();
        XlsxWriter.escape(b, "a\uD800b\uDC00c\uFFFEd\uFFFF😀");
        assertEquals("abcd😀", b.toString());
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(textBlock = """
            0,     A
            25,    Z
            26,    AA
            701,   ZZ
            702,   AAA
            16383, XFD
            """)
    void namesColumns(int index, String letters) {
        StringBuilder b = new StringBuilder();
        XlsxWriter.column(b, index);
        assertEquals(letters, b.toString());
        assertEquals(index, XlsxReader.column(letters + "1"));
    }

    @Test
    void writesAColumnPerHeaderCellEvenForWideSheets() throws IOException {
        List<String> header = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            header.add("列" + i);
        }
        try (XSSFWorkbook wb = written(w -> {
            w.sheet("宽表", header);
            w.row(header);
        })) {
            assertEquals("列29", text(wb.getSheetAt(0), 1, 29));
        }
    }
}
