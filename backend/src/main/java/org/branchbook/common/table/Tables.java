package org.branchbook.common.table;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PushbackInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/** Where table files are opened and created: tells XLSX from CSV by their first bytes, caps upload size. */
public final class Tables {

    private static final int MAGIC = 8;

    private Tables() {}

    /**
     * A streaming reader for in, its format sniffed from the first bytes (the zip signature "PK" means
     * XLSX, anything else is read as CSV). XLSX is spooled to a temp file in tempDir first (a zip needs
     * random access), deleted on close. in is not closed: whoever opened it closes it.
     *
     * @throws TooLargeException as soon as more than maxBytes have arrived; the rest is not read
     * @throws TableFormatException when the file is empty, not a table, or its header cannot be read
     */
    public static TableReader open(InputStream in, Path tempDir, long maxBytes) throws IOException {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(tempDir, "tempDir");
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("maxBytes must be positive");
        }
        PushbackInputStream head = new PushbackInputStream(new Limited(in, maxBytes), MAGIC);
        byte[] magic = new byte[MAGIC];
        int n = 0;
        while (n < MAGIC) {
            int r = head.read(magic, n, MAGIC - n);
            if (r < 0) {
                break;
            }
            n += r;
        }
        head.unread(magic, 0, n);
        if (n >= 4 && magic[0] == 'P' && magic[1] == 'K' && (magic[2] == 3 && magic[3] == 4 || magic[2] == 5 && magic[3] == 6)) {
            return spoolXlsx(head, tempDir);
        }
        if (n >= 4 && (magic[0] & 0xFF) == 0xD0 && (magic[1] & 0xFF) == 0xCF && magic[2] == 0x11 && (magic[3] & 0xFF) == 0xE0) {
            // The OLE2 container: Excel 97–2003 .xls, WPS .et, or an XLSX saved with a password.
            throw new TableFormatException("不支持旧版 Excel（.xls）或加密的表格文件，请去掉密码并另存为 .xlsx 或 CSV UTF-8 后再导入");
        }
        return new CsvReader(head);
    }

    /** A streaming writer of the given format onto out, which it flushes on close but never closes. */
    public static TableWriter writer(TableFormat format, OutputStream out) {
        Objects.requireNonNull(out, "out");
        return switch (format) {
            case CSV -> new CsvWriter(out);
            case XLSX -> new XlsxWriter(out);
        };
    }

    private static TableReader spoolXlsx(InputStream in, Path tempDir) throws IOException {
        Path file = Files.createTempFile(tempDir, "table-", ".xlsx");
        try {
            try (OutputStream out = Files.newOutputStream(file)) {
                in.transferTo(out);
            }
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(file);
            throw e;
        }
        // From here the reader owns the file and deletes it, also when it fails to open.
        return new XlsxReader(file, tempDir);
    }

    /** Counts bytes as they arrive and fails the read that crosses the limit. */
    private static final class Limited extends FilterInputStream {

        private final long max;
        private long count;

        Limited(InputStream in, long max) {
            super(in);
            this.max = max;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b >= 0) {
                counted(1);
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = in.read(b, off, len);
            if (n > 0) {
                counted(n);
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = in.skip(n);
            counted(skipped);
            return skipped;
        }

        @Override
        public void close() {
            // The caller's stream is the caller's to close.
        }

        private void counted(long n) throws TooLargeException {
            count += n;
            if (count > max) {
                throw new TooLargeException(max);
            }
        }
    }
}
