package org.branchbook.common.table;

import java.io.IOException;

/**
 * A table file that cannot be read, as a whole or at one row. The message is for end users (zh-CN)
 * and already names the row when there is one.
 */
public class TableFormatException extends IOException {

    private static final long serialVersionUID = 1L;

    private final long row;

    public TableFormatException(String message) {
        this(message, 0);
    }

    public TableFormatException(String message, long row) {
        super(message);
        this.row = row;
    }

    /** A problem at one row: the message reads "第{row}行{problem}". */
    static TableFormatException atRow(long row, String problem) {
        return new TableFormatException("第" + row + "行" + problem, row);
    }

    /** The spreadsheet row number the problem is at, 0 when it concerns the whole file. */
    public long row() {
        return row;
    }
}
