package org.branchbook.common.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Opening uploads: format sniffing, the size cap enforced while reading, refusal of legacy .xls. */
class TablesTest {

    @TempDir
    Path tmp;

    /** A CSV of exactly size bytes made on the fly, counting how much of it was read. */
    private static final class GeneratedCsv extends InputStream {
        private final long size;
        private long consumed;
        private boolean closed;

        GeneratedCsv(long size) {
            this.size = size;
        }

        @Override
        public int read() {
            if (consumed == size) {
                return -1;
            }
            long i = consumed++;
            return i == 0 ? 'h' : (i % 8 == 1 || i == size - 1) ? '\n' : '7';
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (consumed == size) {
                return -1;
            }
            int n = (int) Math.min(len, size - consumed);
            for (int k = 0; k < n; k++) {
                b[off + k] = (byte) read();
            }
            return n;
        }

        @Override
        public void close() {
            closed = true;
        }
    }

    private static byte[] xlsx() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (TableWriter writer = Tables.writer(TableFormat.XLSX, out)) {
            writer.sheet("名册", List.of("姓名"));
            writer.row(List.of("张三"));
        }
        return out.toByteArray();
    }

    @Test
    void sniffsTheFormat() throws IOException {
        assertEquals(TableFormat.XLSX, TableTesting.read(xlsx(), tmp).format());
        assertEquals(TableFormat.CSV, TableTesting.read("姓名\n张三\n".getBytes(StandardCharsets.UTF_8), tmp).format());
        assertEquals(TableFormat.CSV, TableTesting.read("P".getBytes(StandardCharsets.UTF_8), tmp).format());
    }

    @Test
    void stopsReadingAsSoonAsTheLimitIsCrossed() {
        GeneratedCsv in = new GeneratedCsv(10_000_000);
        TooLargeException e = assertThrows(TooLargeException.class, () -> Tables.open(in, tmp, 1000));
        assertEquals(1000, e.limit());
        assertTrue(in.consumed < 100_000, "read " + in.consumed);
    }

    @Test
    void stopsAStreamingCsvThatGrowsPastTheLimit() throws IOException {
        GeneratedCsv in = new GeneratedCsv(1_000_000);
        try (TableReader reader = Tables.open(in, tmp, 200_000)) {
            TooLargeException e = assertThrows(TooLargeException.class, () -> {
                while (reader.next() != null) {
                    // keep reading
                }
            });
            assertNotNull(e.getMessage());
        }
        assertTrue(in.consumed < 300_000, "read " + in.consumed);
        assertTrue(!in.closed, "the caller's stream is the caller's to close");
    }

    @Test
    void acceptsAFileOfExactlyTheLimit() throws IOException {
        GeneratedCsv in = new GeneratedCsv(100_001);
        long rows = 0;
        try (TableReader reader = Tables.open(in, tmp, 100_001)) {
            while (reader.next() != null) {
                rows++;
            }
        }
        assertEquals(12_500, rows);
    }

    @Test
    void stopsAnOversizeXlsxWhileSpoolingAndLeavesNoTempFile() throws IOException {
        byte[] xlsx = xlsx();
        TooLargeException e = assertThrows(TooLargeException.class,
                () -> Tables.open(new ByteArrayInputStream(xlsx), tmp, xlsx.length - 1));
        assertEquals(xlsx.length - 1, e.limit());
        assertEquals(List.of(), TableTesting.files(tmp));
    }

    @Test
    void namesTheLimitInMegabytes() {
        assertEquals("文件太大，超过上限 20 MB", new TooLargeException(20L * 1024 * 1024).getMessage());
        assertEquals("文件太大，超过上限 1000 字节", new TooLargeException(1000).getMessage());
    }

    @Test
    void refusesLegacyExcelFiles() {
        byte[] ole2 = HexFormat.of().parseHex("D0CF11E0A1B11AE1000000000000000000000000");
        TableFormatException e = assertThrows(TableFormatException.class,
                () -> Tables.open(new ByteArrayInputStream(ole2), tmp, TableTesting.NO_LIMIT));
        assertTrue(e.getMessage().contains(".xls"), e.getMessage());
    }

    @Test
    void anEmptyUploadIsAnEmptyFile() {
        TableFormatException e = assertThrows(TableFormatException.class,
                () -> Tables.open(new ByteArrayInputStream(new byte[0]), tmp, TableTesting.NO_LIMIT));
        assertEquals("文件是空的，没有表头行", e.getMessage());
        assertEquals(0, e.row());
    }
}
