package org.branchbook.common.table;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.branchbook.common.table.TableTesting.Read;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** What a writer writes, its reader reads back: the same cells at the same row numbers. */
class TableRoundTripTest {

    @TempDir
    Path tmp;

    private static final List<String> HEADER = List.of("姓名", "性别", "身份证号", "备注");
    private static final List<List<String>> ROWS = List.of(
            List.of("张三", "男", "11010519491231002X", "13800138000"),
            List.of("Zhang, San", "say \"hi\"", "line1\nline2", "a\r\nb"),
            List.of("=1+1", "+86 138", "-", "@SUM(A1)"),
            Arrays.asList("", "中间空", null, ""),
            List.of("0012", "1.50", "_x0041_", "<&>"),
            Arrays.asList("𠮷", "'=已有引号", null, "末"),
            List.of("'-", "'", "x'", "''=1"));

    @ParameterizedTest
    @EnumSource(TableFormat.class)
    void readsBackWhatWasWritten(TableFormat format) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (TableWriter writer = Tables.writer(format, out)) {
            writer.sheet("名册", HEADER);
            for (List<String> row : ROWS) {
                writer.row(row);
            }
        }
        Read read = TableTesting.read(out.toByteArray(), tmp);
        assertEquals(format, read.format());
        assertEquals(HEADER, read.header());
        List<TableTesting.Row> expected = new ArrayList<>();
        for (int i = 0; i < ROWS.size(); i++) {
            expected.add(new TableTesting.Row(i + 2, ROWS.get(i).stream().map(c -> c == null ? "" : c).toList()));
        }
        List<TableTesting.Row> actual = read.rows().stream()
                .map(r -> new TableTesting.Row(r.number(), format == TableFormat.CSV
                        ? r.cells().stream().map(Cells::unneutralize).toList() : r.cells()))
                .toList();
        assertEquals(expected, actual);
    }
}
