package org.branchbook.common.table;

import static org.branchbook.common.table.TableTesting.MAIN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.branchbook.common.table.TableTesting.Read;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** XLSX reading: files as Excel (here POI) writes them, hand-made edge cases, and hostile files. */
class XlsxReaderTest {

    @TempDir
    Path tmp;

    private static byte[] bytes(XSSFWorkbook wb) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        wb.write(out);
        wb.close();
        return out.toByteArray();
    }

    private static TableTesting.Row row(long number, String... cells) {
        return new TableTesting.Row(number, List.of(cells));
    }

    @Test
    void readsAWorkbookAsExcelWritesIt() throws IOException {
        XSSFWorkbook wb = new XSSFWorkbook();
        XSSFSheet sheet = wb.createSheet("名册");
        CellStyle date = wb.createCellStyle();
        date.setDataFormat((short) 14);
        CellStyle dateTime = wb.createCellStyle();
        dateTime.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd hh:mm"));
        CellStyle chineseDate = wb.createCellStyle();
        chineseDate.setDataFormat(wb.createDataFormat().getFormat("yyyy\"年\"m\"月\"d\"日\""));
        CellStyle money = wb.createCellStyle();
        money.setDataFormat(wb.createDataFormat().getFormat("#,##0.00\"元\""));

        Row h = sheet.createRow(0);
        String[] header = {"姓名", "性别", "出生日期", "手机号", "身份证号", "入党时间", "备注", "金额"};
        for (int i = 0; i < header.length; i++) {
            h.createCell(i).setCellValue(header[i]);
        }
        Row r2 = sheet.createRow(1);
        r2.createCell(0).setCellValue("张三");
        r2.createCell(1).setCellValue("男");
        r2.createCell(2).setCellValue(LocalDate.of(1990, 5, 17));
        r2.getCell(2).setCellStyle(date);
        r2.createCell(3).setCellValue(13800138000d);
        r2.createCell(4).setCellValue("11010519491231002X");
        r2.createCell(5).setCellValue(LocalDateTime.of(2021, 7, 1, 9, 30));
        r2.getCell(5).setCellStyle(dateTime);
        XSSFRichTextString rich = new XSSFRichTextString("重要提醒");
        XSSFFont bold = wb.createFont();
        bold.setBold(true);
        rich.applyFont(0, 2, bold);
        r2.createCell(6).setCellValue(rich);
        r2.createCell(7).setCellValue(12.5);
        r2.getCell(7).setCellStyle(money);

        Row r3 = sheet.createRow(2);
        r3.createCell(0).setCellValue("  李四 ");
        r3.createCell(2).setCellValue(LocalDate.of(2001, 10, 1));
        r3.getCell(2).setCellStyle(chineseDate);
        r3.createCell(3).setCellStyle(date);
        r3.createCell(4).setCellErrorValue(FormulaError.NA.getCode());
        r3.createCell(5).setCellFormula("\"ab\"&\"cd\"");
        r3.createCell(6).setCellValue(true);
        r3.createCell(7).setCellFormula("1+2");

        Row r4 = sheet.createRow(3);
        r4.createCell(0).setCellStyle(date);
        r4.createCell(1).setCellValue("   ");

        Row r6 = sheet.createRow(5);
        r6.createCell(0).setCellValue("王五");
        r6.createCell(1).setCellValue("女");
        r6.createCell(9).setCellValue("额外");
        wb.getCreationHelper().createFormulaEvaluator().evaluateAll();

        Read read = TableTesting.read(bytes(wb), tmp);
        assertEquals(TableFormat.XLSX, read.format());
        assertEquals(1, read.headerRow());
        assertEquals(List.of(header), read.header());
        assertEquals(List.of(
                row(2, "张三", "男", "1990-05-17", "13800138000", "11010519491231002X", "2021-07-01 09:30", "重要提醒", "12.5"),
                row(3, "李四", "", "2001-10-01", "", "#N/A", "abcd", "TRUE", "3"),
                row(6, "王五", "女", "", "", "", "", "", "", "", "额外")), read.rows());
        assertEquals(List.of(), TableTesting.files(tmp), "temp files are deleted on close");
    }

    @Test
    void readsTheFirstSheetInTabOrder() throws IOException {
        XSSFWorkbook wb = new XSSFWorkbook();
        wb.createSheet("说明").createRow(0).createCell(0).setCellValue("请从第二页填写");
        XSSFSheet roster = wb.createSheet("名册");
        roster.createRow(0).createCell(0).setCellValue("姓名");
        roster.createRow(1).createCell(0).setCellValue("张三");
        wb.setSheetOrder("名册", 0);
        Read read = TableTesting.read(bytes(wb), tmp);
        assertEquals(List.of("姓名"), read.header());
        assertEquals(List.of(row(2, "张三")), read.rows());
    }

    @Test
    void readsManySharedStringsInTableOrderAndInReverse() throws IOException {
        int n = 20_000;
        XSSFWorkbook wb = new XSSFWorkbook();
        XSSFSheet sheet = wb.createSheet("名册");
        Row h = sheet.createRow(0);
        h.createCell(0).setCellValue("姓名");
        h.createCell(1).setCellValue("组织");
        h.createCell(2).setCellValue("倒序");
        for (int i = 1; i <= n; i++) {
            Row r = sheet.createRow(i);
            r.createCell(0).setCellValue("成员" + i + "号" + "甲".repeat(i % 40));
            r.createCell(1).setCellValue("第" + i % 7 + "党支部");
        }
        // Strings first set on the last rows get the lowest indexes: a sheet that walks the table backwards.
        for (int i = n; i >= 1; i--) {
            sheet.getRow(i).createCell(2).setCellValue("倒" + i);
        }
        Read read = TableTesting.read(bytes(wb), tmp);
        assertEquals(n, read.rows().size());
        for (int i = 1; i <= n; i++) {
            assertEquals(List.of("成员" + i + "号" + "甲".repeat(i % 40), "第" + i % 7 + "党支部", "倒" + i),
                    read.rows().get(i - 1).cells());
        }
    }

    @Test
    void keepsSharedStringsOnDiskWhileReading() throws IOException {
        XSSFWorkbook wb = new XSSFWorkbook();
        XSSFSheet sheet = wb.createSheet("名册");
        sheet.createRow(0).createCell(0).setCellValue("姓名");
        sheet.createRow(1).createCell(0).setCellValue("张三");
        try (TableReader reader = Tables.open(new ByteArrayInputStream(bytes(wb)), tmp, TableTesting.NO_LIMIT)) {
            assertEquals(3, TableTesting.files(tmp).size(), "the spooled file, the strings and their offsets");
            assertEquals("张三", reader.next()[0]);
        }
        assertEquals(List.of(), TableTesting.files(tmp));
    }

    @Test
    void joinsRichTextRunsWithoutPhoneticGuides() throws IOException {
        String sst = "<si><t>姓名</t></si>"
                + "<si><r><t>张</t></r><r><rPr><b/></rPr><t>三</t></r><rPh sb=\"0\" eb=\"1\"><t>ちょう</t></rPh><phoneticPr fontId=\"1\"/></si>"
                + "<si><t xml:space=\"preserve\">  两端空格  </t></si>"
                + "<si><t>a_x000D_b_x005F_x0041_</t></si>"
                + "<si><t><![CDATA[<b>&]]></t></si>";
        String data = "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>"
                + "<row r=\"2\"><c r=\"A2\" t=\"s\"><v>1</v></c><c r=\"B2\" t=\"s\"><v>2</v></c><c r=\"C2\" t=\"s\"><v>3</v></c>"
                + "<c r=\"D2\" t=\"s\"><v>4</v></c></row>";
        Read read = TableTesting.read(TableTesting.zip(TableTesting.xlsx(data, sst, null)), tmp);
        assertEquals(List.of(row(2, "张三", "两端空格", "a\rb_x0041_", "<b>&")), read.rows());
    }

    @Test
    void placesCellsByReferenceOrAfterThePreviousOne() throws IOException {
        String data = "<row r=\"1\"><c t=\"inlineStr\"><is><t>a</t></is></c><c t=\"inlineStr\"><is><t>b</t></is></c>"
                + "<c r=\"D1\" t=\"inlineStr\"><is><t>d</t></is></c><c t=\"inlineStr\"><is><r><t>e</t></r><r><t>2</t></r></is></c></row>"
                + "<row><c r=\"B2\" t=\"b\"><v>0</v></c><c t=\"str\"><v>x</v></c><c r=\"E2\"><v>1.3800138E10</v></c></row>"
                + "<row r=\"7\" spans=\"1:5\" ht=\"20\" customHeight=\"1\"><c r=\"A7\" t=\"e\"><v>#DIV/0!</v></c>"
                + "<c r=\"B7\"><f>1/0</f><v>7</v></c><extLst/></row>";
        Read read = TableTesting.read(TableTesting.zip(TableTesting.xlsx(data, null, null)), tmp);
        assertEquals(List.of("a", "b", "", "d", "e2"), read.header());
        assertEquals(List.of(row(2, "", "FALSE", "x", "", "13800138000"), row(7, "#DIV/0!", "7", "", "", "")), read.rows());
    }

    @Test
    void readsDatesByCustomFormatsAndTheNineteenOhFourSystem() throws IOException {
        String styles = "<numFmts count=\"1\"><numFmt numFmtId=\"176\" formatCode=\"yyyy&quot;年&quot;m&quot;月&quot;\"/></numFmts>"
                + "<cellStyleXfs count=\"1\"><xf numFmtId=\"14\"/></cellStyleXfs>"
                + "<cellXfs count=\"4\"><xf numFmtId=\"0\" xfId=\"0\"/><xf numFmtId=\"176\" xfId=\"0\"/><xf numFmtId=\"49\"/>"
                + "<xf numFmtId=\"22\"/></cellXfs><cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\"/></cellStyles>";
        String data = "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>h</t></is></c></row>"
                + "<row r=\"2\"><c r=\"A2\"><v>43830</v></c><c r=\"B2\" s=\"0\"><v>43830</v></c><c r=\"C2\" s=\"1\"><v>43830</v></c>"
                + "<c r=\"D2\" s=\"2\"><v>43830</v></c><c r=\"E2\" s=\"3\"><v>43830.25</v></c><c r=\"F2\" s=\"99\"><v>5</v></c></row>";
        Map<String, String> parts = TableTesting.xlsx(data, null, styles);
        Read in1900 = TableTesting.read(TableTesting.zip(parts), tmp);
        assertEquals(List.of("43830", "43830", "2019-12-31", "43830", "2019-12-31 06:00", "5"), in1900.rows().get(0).cells());
        parts.put("xl/workbook.xml", "<workbook " + MAIN + "><workbookPr date1904=\"1\"/>"
                + "<sheets><sheet name=\"S\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
        Read in1904 = TableTesting.read(TableTesting.zip(parts), tmp);
        assertEquals(List.of("43830", "43830", "2024-01-01", "43830", "2024-01-01 06:00", "5"), in1904.rows().get(0).cells());
    }

    @Test
    void findsTheSheetByAbsoluteTargetsOrFallsBackToSheetOne() throws IOException {
        String data = "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>h</t></is></c></row>";
        Map<String, String> parts = TableTesting.xlsx(data, null, null);
        parts.put("xl/_rels/workbook.xml.rels", parts.get("xl/_rels/workbook.xml.rels")
                .replace("Target=\"worksheets/sheet1.xml\"", "Target=\"/xl/worksheets/名册.xml\""));
        parts.put("xl/worksheets/名册.xml", parts.remove("xl/worksheets/sheet1.xml").replace(">h<", ">名册<"));
        assertEquals(List.of("名册"), TableTesting.read(TableTesting.zip(parts), tmp).header());

        Map<String, String> noRels = TableTesting.xlsx(data, null, null);
        noRels.remove("xl/_rels/workbook.xml.rels");
        assertEquals(List.of("h"), TableTesting.read(TableTesting.zip(noRels), tmp).header());
    }

    @Test
    void reportsABrokenSharedStringReferenceAtItsRow() {
        String data = "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row><row r=\"4\"><c r=\"A4\" t=\"s\"><v>9</v></c></row>";
        TableFormatException e = assertThrows(TableFormatException.class,
                () -> TableTesting.read(TableTesting.zip(TableTesting.xlsx(data, "<si><t>h</t></si>", null)), tmp));
        assertEquals(4, e.row());
    }

    @Test
    void limitsColumnsAndCellLength() throws IOException {
        String header = "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>h</t></is></c></row>";
        String styledOnly = header + "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>x</t></is></c><c r=\"ZZ2\" s=\"0\"/></row>";
        assertEquals(List.of(row(2, "x")), TableTesting.read(TableTesting.zip(TableTesting.xlsx(styledOnly, null, null)), tmp).rows());

        String wide = header + "<row r=\"3\"><c r=\"GS3\" t=\"inlineStr\"><is><t>x</t></is></c></row>";
        TableFormatException e = assertThrows(TableFormatException.class,
                () -> TableTesting.read(TableTesting.zip(TableTesting.xlsx(wide, null, null)), tmp));
        assertEquals("第3行超过 200 列", e.getMessage());

        String longCell = header + "<row r=\"5\"><c r=\"A5\" t=\"inlineStr\"><is><t>" + "长".repeat(XlsxReader.MAX_CELL_CHARS + 5)
                + "</t></is></c></row>";
        e = assertThrows(TableFormatException.class,
                () -> TableTesting.read(TableTesting.zip(TableTesting.xlsx(longCell, null, null)), tmp));
        assertEquals(5, e.row());
        assertTrue(e.getMessage().contains("10000"), e.getMessage());
        assertEquals(List.of(), TableTesting.files(tmp));
    }

    @Test
    void anEmptySheetIsAnEmptyFile() throws IOException {
        String data = "<row r=\"1\"><c r=\"A1\" s=\"1\"/></row><row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t> </t></is></c></row>";
        TableFormatException e = assertThrows(TableFormatException.class,
                () -> TableTesting.read(TableTesting.zip(TableTesting.xlsx(data, null, null)), tmp));
        assertTrue(e.getMessage().startsWith("文件是空的"), e.getMessage());
        assertEquals(List.of(), TableTesting.files(tmp));
    }

    @Test
    void aZipWithoutWorkbookIsNotAnXlsx() throws IOException {
        byte[] zip = TableTesting.zip(Map.of("word/document.xml", "<document/>"));
        TableFormatException e = assertThrows(TableFormatException.class, () -> TableTesting.read(zip, tmp));
        assertTrue(e.getMessage().startsWith("不是有效的 XLSX 文件"), e.getMessage());
        assertEquals(List.of(), TableTesting.files(tmp));
    }

    @Test
    void aDamagedZipIsNotAnXlsx() throws IOException {
        byte[] good = TableTesting.zip(TableTesting.xlsx("<row r=\"1\"><c t=\"inlineStr\"><is><t>h</t></is></c></row>", null, null));
        byte[] cut = Arrays.copyOf(good, good.length / 2);
        TableFormatException e = assertThrows(TableFormatException.class, () -> TableTesting.read(cut, tmp));
        assertTrue(e.getMessage().startsWith("不是有效的 XLSX 文件"), e.getMessage());
        assertEquals(List.of(), TableTesting.files(tmp));
    }

    @Test
    void refusesExternalEntities() throws IOException {
        Path secret = Files.writeString(Files.createTempFile("secret", ".txt"), "TOP-SECRET");
        try {
            String sheet = "<?xml version=\"1.0\"?><!DOCTYPE worksheet [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>"
                    + "<worksheet " + MAIN + "><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>&xxe;</t></is></c></row>"
                    + "</sheetData></worksheet>";
            Map<String, String> parts = TableTesting.xlsx("", null, null);
            parts.put("xl/worksheets/sheet1.xml", sheet);
            TableFormatException e = assertThrows(TableFormatException.class,
                    () -> TableTesting.read(TableTesting.zip(parts), tmp));
            assertFalse(e.getMessage().contains("TOP-SECRET"));
        } finally {
            Files.delete(secret);
        }
    }

    @Test
    void stopsAZipBomb() throws IOException {
        // 30 MiB of blanks inside the sheet deflate about a thousandfold: no spreadsheet compresses like that.
        String data = "<row r=\"1\"><c t=\"inlineStr\"><is><t>h</t></is></c></row>" + " ".repeat(30 * 1024 * 1024)
                + "<row r=\"2\"><c t=\"inlineStr\"><is><t>x</t></is></c></row>";
        byte[] zip = TableTesting.zip(TableTesting.xlsx(data, null, null));
        assertTrue(zip.length < 200 * 1024, "compressed " + zip.length);
        try (TableReader reader = Tables.open(new ByteArrayInputStream(zip), tmp, TableTesting.NO_LIMIT)) {
            TableFormatException e = assertThrows(TableFormatException.class, reader::next);
            assertTrue(e.getMessage().contains("疑似恶意文件"), e.getMessage());
        }
        assertEquals(List.of(), TableTesting.files(tmp));
    }

    @Test
    void readsColumnLetters() {
        assertEquals(0, XlsxReader.column("A1"));
        assertEquals(25, XlsxReader.column("Z9"));
        assertEquals(26, XlsxReader.column("AA10"));
        assertEquals(16_383, XlsxReader.column("XFD1048576"));
        assertEquals(1, XlsxReader.column("b2"));
        assertEquals(-1, XlsxReader.column("12"));
    }
}
