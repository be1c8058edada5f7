package org.branchbook.common.table;

import java.io.IOException;

/** More bytes arrived than the caller allows; raised as soon as the limit is crossed, the rest is never read. */
public class TooLargeException extends IOException {

    private static final long serialVersionUID = 1L;
    private static final long MIB = 1024 * 1024;

    private final long limit;

    public TooLargeException(long limit) {
        super("文件太大，超过上限 " + (limit >= MIB && limit % MIB == 0 ? limit / MIB + " MB" : limit + " 字节"));
        this.limit = limit;
    }

    /** The limit in bytes. */
    public long limit() {
        return limit;
    }
}
