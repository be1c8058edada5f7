package org.branchbook.common.table;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** CSV writing: BOM, CRLF, quoting, formula neutralization, one table per file, the caller's stream left open. */
class CsvWriterTest {

    private static String write(List<String> header, List<List<String>> rows) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (TableWriter writer = Tables.writer(TableFormat.CSV, out)) {
            writer.sheet("名册", header);
            for (List<String> row : rows) {
                writer.row(row);
            }
        }
        byte[] bytes = out.toByteArray();
        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(bytes, 3));
        return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
    }

    @ParameterizedTest(name = "[{0}] → [{1}]")
    @CsvSource(delimiter = '¦', quoteCharacter = '`', textBlock = """
            张三              ¦ 张三
            a,b               ¦ "a,b"
            say "hi"          ¦ "say ""hi""\"
            `line1\\nline2`   ¦ `"line1\\nline2"`
            `a\\rb`           ¦ `"a\\rb"`
            =1+1              ¦ '=1+1
            =cmd|' /C calc'!A0 ¦ '=cmd|' /C calc'!A0
            `-1,5`            ¦ `"'-1,5"`
            ``                ¦ ``
            """)
    void quotesAndNeutralizes(String cell, String expected) throws IOException {
        String value = cell.replace("\\n", "\n").replace("\\r", "\r");
        String csv = write(List.of("h"), List.of(List.of(value)));
        assertEquals("h\r\n" + expected.replace("\\n", "\n").replace("\\r", "\r") + "\r\n", csv);
    }

    @Test
    void writesNullCellsEmptyAndCrlfLineEnds() throws IOException {
        assertEquals("姓名,性别,备注\r\n张三,,x\r\n,,\r\n", write(List.of("姓名", "性别", "备注"),
                List.of(Arrays.asList("张三", null, "x"), Arrays.asList(null, null, null))));
    }

    @Test
    void continuesTheTableForASheetWithTheSameHeaderAndRefusesAnother() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (TableWriter writer = Tables.writer(TableFormat.CSV, out)) {
            writer.sheet("第1页", List.of("a"));
            writer.row(List.of("1"));
            writer.sheet("第2页", List.of("a"));
            writer.row(List.of("2"));
            assertThrows(IllegalStateException.class, () -> writer.sheet("其他", List.of("b")));
        }
        assertEquals("\uFEFFa\r\n1\r\n2\r\n", out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void refusesRowsBeforeASheet() throws IOException {
        try (TableWriter writer = Tables.writer(TableFormat.CSV, new ByteArrayOutputStream())) {
            assertThrows(IllegalStateException.class, () -> writer.row(List.of("x")));
        }
    }

    @Test
    void anEmptyExportIsJustTheBom() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Tables.writer(TableFormat.CSV, out).close();
        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, out.toByteArray());
    }

    @Test
    void leavesTheCallersStreamOpen() throws IOException {
        boolean[] closed = {false};
        OutputStream out = new ByteArrayOutputStream() {
            @Override
            public void close() {
                closed[0] = true;
            }
        };
        try (TableWriter writer = Tables.writer(TableFormat.CSV, out)) {
            writer.sheet("s", List.of("a"));
        }
        assertTrue(!closed[0]);
    }
}
