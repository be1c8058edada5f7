package org.branchbook.common.table;

import java.io.IOException;
import java.util.List;

/** One table (XLSX: one or more sheets) written row by row, never held in memory. */
public interface TableWriter extends AutoCloseable {

    /**
     * Starts a table with its header row. XLSX: each call starts a new worksheet (name sanitized to
     * Excel's rules). CSV holds one table: the first call writes the header; a later call with the same
     * header continues it (so paging an export over sheets works), a different header is an
     * {@link IllegalStateException}. Null header cells are written empty.
     */
    void sheet(String name, List<String> header) throws IOException;

    /** Writes one data row; a null cell is written empty. */
    void row(List<String> cells) throws IOException;

    /**
     * Finishes the file (CSV: flushes; XLSX: closes the last sheet and writes the workbook parts and the
     * zip directory) and flushes the caller's stream, but never closes it: whoever opened it closes it.
     */
    @Override
    void close() throws IOException;
}
