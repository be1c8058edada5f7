package org.branchbook.common.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.branchbook.common.table.TableTesting.Read;
import org.branchbook.common.table.TableTesting.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** CSV reading: RFC 4180 quoting, line ends, row numbers, encodings, and the limits against hostile files. */
class CsvReaderTest {

    private static final Charset GBK = Charset.forName("GBK");
    private static final Charset GB18030 = Charset.forName("GB18030");

    @TempDir
    Path tmp;

    private static Row row(long number, String... cells) {
        return new Row(number, List.of(cells));
    }

    static Stream<Arguments> records() {
        return Stream.of(
                Arguments.of("LF", "a,b\n1,2\n", List.of("a", "b"), List.of(row(2, "1", "2"))),
                Arguments.of("CRLF, no final line end", "a,b\r\n1,2\r\n3,4", List.of("a", "b"),
                        List.of(row(2, "1", "2"), row(3, "3", "4"))),
                Arguments.of("CR only", "a,b\r1,2\r3,4\r", List.of("a", "b"), List.of(row(2, "1", "2"), row(3, "3", "4"))),
                Arguments.of("quoted comma and newline", "name,note\n\"Zhang, San\",\"line1\nline2\"\n李四,x\n",
                        List.of("name", "note"), List.of(row(2, "Zhang, San", "line1\nline2"), row(3, "李四", "x"))),
                Arguments.of("doubled quotes", "a\n\"say \"\"hi\"\"\"\n\"\"\"\"\n", List.of("a"),
                        List.of(row(2, "say \"hi\""), row(3, "\""))),
                Arguments.of("CRLF inside quotes kept", "a\r\n\"x\r\ny\"\r\nz\r\n", List.of("a"),
                        List.of(row(2, "x\r\ny"), row(3, "z"))),
                Arguments.of("multi-line record is one row", "a,b\n\"x\ny\nz\",1\n2,3\n", List.of("a", "b"),
                        List.of(row(2, "x\ny\nz", "1"), row(3, "2", "3"))),
                Arguments.of("empty rows skipped, still counted", "a,b\n\n1,2\n,,\n  , \n3,4\n", List.of("a", "b"),
                        List.of(row(3, "1", "2"), row(6, "3", "4"))),
                Arguments.of("cells stripped", " a , b \n 1 ,\" 2 \"\n", List.of("a", "b"), List.of(row(2, "1", "2"))),
                Arguments.of("short row padded", "a,b,c\n1\n", List.of("a", "b", "c"), List.of(row(2, "1", "", ""))),
                Arguments.of("extra non-empty cells kept", "a\n1,,2,,\n", List.of("a"), List.of(row(2, "1", "", "2"))),
                Arguments.of("header trailing empties dropped", "a,b,,\n1,2,,\n", List.of("a", "b"),
                        List.of(row(2, "1", "2"))),
                Arguments.of("text after closing quote kept", "a\n\"ab\"cd\n", List.of("a"), List.of(row(2, "abcd"))),
                Arguments.of("quote inside unquoted cell is literal", "a\nab\"c\n", List.of("a"), List.of(row(2, "ab\"c"))),
                Arguments.of("empty quoted cells", "a,b\n\"\",\"x\"\n", List.of("a", "b"), List.of(row(2, "", "x"))),
                Arguments.of("header only", "a,b\r\n", List.of("a", "b"), List.of()),
                Arguments.of("only ASCII then CRLF at end", "id\r\n1\r\n\r\n", List.of("id"), List.of(row(2, "1"))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("records")
    void readsRecords(String name, String csv, List<String> header, List<Row> rows) throws IOException {
        Read read = TableTesting.read(csv.getBytes(StandardCharsets.UTF_8), tmp);
        assertEquals(TableFormat.CSV, read.format());
        assertEquals(header, read.header());
        assertEquals(rows, read.rows());
    }

    @Test
    void headerMayFollowBlankLines() throws IOException {
        Read read = TableTesting.read("\n \n姓名,性别\n张三,男\n".getBytes(StandardCharsets.UTF_8), tmp);
        assertEquals(3, read.headerRow());
        assertEquals(List.of(row(4, "张三", "男")), read.rows());
    }

    @Test
    void rowNumberBeforeTheFirstRowIsTheHeaders() throws IOException {
        try (TableReader reader = open("a\n1\n".getBytes(StandardCharsets.UTF_8))) {
            assertEquals(1, reader.rowNumber());
            reader.next();
            assertEquals(2, reader.rowNumber());
            assertNull(reader.next());
            assertNull(reader.next());
        }
    }

    @Test
    void crlfSplitAcrossTheBufferBoundaryIsOneLineEnd() throws IOException {
        // The header's length puts one row's CR at the last char of the first 64 KiB buffer and its LF in the next.
        StringBuilder csv = new StringBuilder("h".repeat(51)).append("\r\n");
        for (int i = 0; i < 700; i++) {
            csv.append(String.format("%0100d", i)).append("\r\n");
        }
        assertEquals('\r', csv.charAt(CsvReader.SNIFF_BYTES - 1));
        Read read = TableTesting.read(csv.toString().getBytes(StandardCharsets.US_ASCII), tmp);
        assertEquals(700, read.rows().size());
        for (int i = 0; i < 700; i++) {
            assertEquals(i + 2, read.rows().get(i).number());
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"UTF-8", "GBK", "GB18030"})
    void decodesChineseInEveryEncodingExcelWrites(String charset) throws IOException {
        String text = "姓名,性别,身份证号\n张三,男,11010519491231002X\n李四,女,\n";
        Read read = TableTesting.read(text.getBytes(Charset.forName(charset)), tmp);
        assertEquals(List.of("姓名", "性别", "身份证号"), read.header());
        assertEquals(List.of(row(2, "张三", "男", "11010519491231002X"), row(3, "李四", "女", "")), read.rows());
    }

    @Test
    void dropsTheUtf8Bom() throws IOException {
        byte[] body = "姓名\n张三\n".getBytes(StandardCharsets.UTF_8);
        Read read = TableTesting.read(concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, body), tmp);
        assertEquals(List.of("姓名"), read.header());
    }

    @Test
    void decodesGb18030BeyondGbk() throws IOException {
        // 𠮷 (U+20BB7) and 㐀 (U+3400) are four-byte GB18030 sequences that GBK lacks.
        Read read = TableTesting.read("名\n𠮷,㐀\n".getBytes(GB18030), tmp);
        assertEquals(List.of(row(2, "𠮷", "㐀")), read.rows());
    }

    @ParameterizedTest(name = "BOM {0}")
    @ValueSource(strings = {"FFFE", "FEFF"})
    void rejectsUtf16(String bom) {
        byte[] body = "姓名\n张三\n".getBytes(bom.equals("FFFE") ? StandardCharsets.UTF_16LE : StandardCharsets.UTF_16BE);
        TableFormatException e = assertThrows(TableFormatException.class,
                () -> open(concat(HexFormat.of().parseHex(bom), body)));
        assertTrue(e.getMessage().contains("UTF-16"), e.getMessage());
        assertTrue(e.getMessage().contains("请另存为 CSV UTF-8 或 GBK 编码"), e.getMessage());
        assertEquals(0, e.row());
    }

    @Test
    void reportsTheRowOfInvalidUtf8PastTheSniffedStart() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes("姓名,性别\n".getBytes(StandardCharsets.UTF_8));
        for (int i = 0; i < 7000; i++) {
            bytes.writeBytes("张三,男\n".getBytes(StandardCharsets.UTF_8));
        }
        assertTrue(bytes.size() > CsvReader.SNIFF_BYTES);
        bytes.writeBytes("王五,".getBytes(StandardCharsets.UTF_8));
        bytes.write(0xFF);
        bytes.writeBytes("\n赵六,女\n".getBytes(StandardCharsets.UTF_8));
        try (TableReader reader = open(bytes.toByteArray())) {
            for (int i = 0; i < 7000; i++) {
                assertEquals("张三", reader.next()[0]);
            }
            TableFormatException e = assertThrows(TableFormatException.class, reader::next);
            assertEquals(7002, e.row());
            assertEquals("第7002行含有无法识别的字符，文件编码应为 UTF-8 或 GBK", e.getMessage());
        }
    }

    @Test
    void reportsTheRowOfBytesThatAreNotGbk() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes("姓名\n张三\n李四\n".getBytes(GBK));
        bytes.write(0x81);
        bytes.write(0x20);
        bytes.writeBytes("\n".getBytes(GBK));
        try (TableReader reader = open(bytes.toByteArray())) {
            assertEquals("张三", reader.next()[0]);
            assertEquals("李四", reader.next()[0]);
            TableFormatException e = assertThrows(TableFormatException.class, reader::next);
            assertEquals(4, e.row());
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"GBK", "UTF-8"})
    void decidesTheEncodingAtTheFirstNonAsciiByteWhenTheStartIsAscii(String charset) throws IOException {
        StringBuilder csv = new StringBuilder("id,name\n");
        for (int i = 0; i < 8000; i++) {
            csv.append(i).append(",abcdefgh\n");
        }
        csv.append("8000,张三\n");
        byte[] bytes = csv.toString().getBytes(Charset.forName(charset));
        assertTrue(bytes.length > CsvReader.SNIFF_BYTES);
        Read read = TableTesting.read(bytes, tmp);
        assertEquals(8001, read.rows().size());
        assertEquals(List.of("8000", "张三"), read.rows().get(8000).cells());
    }

    @Test
    void keepsUtf8WhenACharacterIsCutByTheSniffBuffer() throws IOException {
        // A 6-byte header makes the 64 KiB sniff end inside the 3-byte 四 of a row.
        StringBuilder csv = new StringBuilder("名,x\n");
        for (int i = 0; i < 6000; i++) {
            csv.append("张三李四\n");
        }
        byte[] bytes = csv.toString().getBytes(StandardCharsets.UTF_8);
        assertEquals(10, (CsvReader.SNIFF_BYTES - 6) % 13);
        Read read = TableTesting.read(bytes, tmp);
        assertEquals(6000, read.rows().size());
        assertTrue(read.rows().stream().allMatch(r -> r.cells().get(0).equals("张三李四")));
    }

    @ParameterizedTest(name = "{0} cut allowed {1} → {2}")
    @CsvSource(textBlock = """
            E5908D,     false, true
            E590,       true,  true
            E590,       false, false
            41E5908D42, false, true
            C080,       true,  false
            EDA080,     true,  false
            F4908080,   true,  false
            F0908080,   true,  true
            D5C5C8FD,   true,  false
            80,         true,  false
            FF,         true,  false
            """)
    void validatesUtf8(String hex, boolean cutAllowed, boolean valid) {
        byte[] b = HexFormat.of().parseHex(hex);
        assertEquals(valid, CsvReader.isUtf8(b, 0, b.length, cutAllowed));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"", "\uFEFF", "\n\n  \n", ",,,\r\n , \r\n", " "})
    void rejectsAFileWithoutHeader(String csv) {
        TableFormatException e = assertThrows(TableFormatException.class, () -> open(csv.getBytes(StandardCharsets.UTF_8)));
        assertTrue(e.getMessage().startsWith("文件是空的"), e.getMessage());
    }

    @Test
    void refusesBinaryContent() {
        TableFormatException e = assertThrows(TableFormatException.class, () -> open(new byte[] {'a', 0, 'b', 0}));
        assertTrue(e.getMessage().contains("不是 CSV"), e.getMessage());
    }

    @Test
    void limitsCellLength() throws IOException {
        String ok = "a\n" + "x".repeat(CsvReader.MAX_CELL_CHARS) + "\n";
        assertEquals(CsvReader.MAX_CELL_CHARS, TableTesting.read(ok.getBytes(StandardCharsets.UTF_8), tmp)
                .rows().get(0).cells().get(0).length());
        try (TableReader reader = open(("a\n1\n" + "x".repeat(CsvReader.MAX_CELL_CHARS + 1) + "\n").getBytes(StandardCharsets.UTF_8))) {
            reader.next();
            TableFormatException e = assertThrows(TableFormatException.class, reader::next);
            assertEquals(3, e.row());
            assertEquals("第3行有单元格超过 10000 个字符", e.getMessage());
        }
    }

    @Test
    void limitsCellsPerRow() throws IOException {
        String ok = "a\n" + ",".repeat(CsvReader.MAX_CELLS - 1) + "x\n";
        assertEquals(CsvReader.MAX_CELLS, TableTesting.read(ok.getBytes(StandardCharsets.UTF_8), tmp)
                .rows().get(0).cells().size());
        TableFormatException e = assertThrows(TableFormatException.class,
                () -> TableTesting.read(("a\n" + ",".repeat(CsvReader.MAX_CELLS) + "\n").getBytes(StandardCharsets.UTF_8), tmp));
        assertEquals(2, e.row());
        assertEquals("第2行超过 200 列", e.getMessage());
    }

    @Test
    void reportsAnUnterminatedQuoteAtTheRowItStarts() {
        TableFormatException e = assertThrows(TableFormatException.class,
                () -> TableTesting.read("a,b\n1,2\n3,\"abc\n4,5\n".getBytes(StandardCharsets.UTF_8), tmp));
        assertEquals(3, e.row());
        assertTrue(e.getMessage().startsWith("第3行的引号没有闭合"), e.getMessage());
    }

    @Test
    void hintsAtAnUnterminatedQuoteWhenAQuotedCellRunsTooLong() {
        String csv = "a\n\"x\n" + "y,\n".repeat(CsvReader.MAX_CELL_CHARS);
        TableFormatException e = assertThrows(TableFormatException.class,
                () -> TableTesting.read(csv.getBytes(StandardCharsets.UTF_8), tmp));
        assertEquals(2, e.row());
        assertTrue(e.getMessage().contains("可能是引号没有闭合"), e.getMessage());
    }

    private TableReader open(byte[] bytes) throws IOException {
        return Tables.open(new ByteArrayInputStream(bytes), tmp, TableTesting.NO_LIMIT);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
