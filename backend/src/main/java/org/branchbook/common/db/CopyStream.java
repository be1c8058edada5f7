package org.branchbook.common.db;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.UUID;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Rows sent to PostgreSQL with {@code COPY … FROM STDIN} (text format), buffered in 256 KB chunks:
 * the fast way in for bulk loads. While it is open the connection can run nothing else.
 */
public final class CopyStream implements AutoCloseable {

    private static final int FLUSH_AT = 256 * 1024;

    private final CopyIn copy;
    private final Buffer buffer = new Buffer();
    private boolean firstInRow = true;
    private long rows;

    private CopyStream(CopyIn copy) {
        this.copy = copy;
    }

    /** Starts {@code COPY table (columns) FROM STDIN} on the connection (of the current transaction). */
    public static CopyStream open(Connection connection, String table, String columns) throws SQLException {
        PGConnection pg = connection.unwrap(PGConnection.class);
        return new CopyStream(pg.getCopyAPI().copyIn("copy " + table + " (" + columns + ") from stdin"));
    }

    public CopyStream text(String value) {
        separate();
        if (value == null) {
            buffer.writeBytes(new byte[] {'\\', 'N'});
            return this;
        }
        StringBuilder escaped = null;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            String replacement = switch (c) {
                case '\\' -> "\\\\";
                case '\t' -> "\\t";
                case '\n' -> "\\n";
                case '\r' -> "\\r";
                case '\0' -> "";
                default -> null;
            };
            if (replacement != null && escaped == null) {
                escaped = new StringBuilder(value.length() + 8).append(value, 0, i);
            }
            if (escaped != null) {
                if (replacement != null) {
                    escaped.append(replacement);
                } else {
                    escaped.append(c);
                }
            }
        }
        buffer.writeBytes((escaped == null ? value : escaped.toString()).getBytes(StandardCharsets.UTF_8));
        return this;
    }

    public CopyStream date(LocalDate value) {
        return text(value == null ? null : value.toString());
    }

    public CopyStream uuid(UUID value) {
        return text(value == null ? null : value.toString());
    }

    public CopyStream number(long value) {
        return text(Long.toString(value));
    }

    public CopyStream bool(boolean value) {
        return text(value ? "t" : "f");
    }

    /** Ends the current row; sends the buffer when it is full. */
    public void endRow() throws SQLException {
        buffer.write('\n');
        firstInRow = true;
        rows++;
        if (buffer.size() >= FLUSH_AT) {
            flush();
        }
    }

    /** Sends what is left and ends the COPY; returns the rows sent. */
    public long finish() throws SQLException {
        flush();
        copy.endCopy();
        return rows;
    }

    @Override
    public void close() throws SQLException {
        if (copy.isActive()) {
            copy.cancelCopy();
        }
    }

    private void separate() {
        if (!firstInRow) {
            buffer.write('\t');
        }
        firstInRow = false;
    }

    /** A byte buffer whose array is sent as is, without a copy. */
    private static final class Buffer extends ByteArrayOutputStream {
        Buffer() {
            super(FLUSH_AT + 4096);
        }

        byte[] array() {
            return buf;
        }
    }

    private void flush() throws SQLException {
        if (buffer.size() > 0) {
            copy.writeToCopy(buffer.array(), 0, buffer.size());
            buffer.reset();
        }
    }
}
