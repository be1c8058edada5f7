package org.branchbook.common.table;

import java.io.IOException;
import java.util.List;

/**
 * One table read row by row, never all at once: the header on open, then data rows on demand.
 * Cells are stripped of surrounding whitespace; fully empty rows are skipped.
 */
public interface TableReader extends AutoCloseable {

    /** The header row's cells (stripped, trailing empty cells dropped), read on open. */
    List<String> header();

    /**
     * The next data row's cells, or null at the end. The array has at least {@code header().size()}
     * cells (missing ones are ""); cells beyond the header are kept when a later one is not empty.
     *
     * @throws TableFormatException for unreadable content, with the row number
     */
    String[] next() throws IOException;

    /**
     * The spreadsheet row number of the row last returned by {@link #next()} (the header's before that):
     * the sheet's row number for XLSX, the record count for CSV (a quoted multi-line cell is one record).
     */
    long rowNumber();

    TableFormat format();

    /** Releases temp files; never closes the stream the reader was opened on (its opener does). */
    @Override
    void close() throws IOException;
}
