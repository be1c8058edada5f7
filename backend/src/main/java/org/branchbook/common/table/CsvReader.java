package org.branchbook.common.table;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads RFC 4180 CSV the way Excel in China writes it (UTF-8 with or without BOM, or GBK/GB18030),
 * one record at a time through fixed buffers, with limits that keep a hostile file from growing a row.
 */
final class CsvReader implements TableReader {

    static final int MAX_CELL_CHARS = 10_000;
    static final int MAX_CELLS = 200;
    /** How much of the file decides its encoding (and, after an all-ASCII start, of the rest from the first non-ASCII byte). */
    static final int SNIFF_BYTES = 64 * 1024;
    private static final Charset GB18030 = Charset.forName("GB18030");

    private static final int FIELD_START = 0;
    private static final int UNQUOTED = 1;
    private static final int QUOTED = 2;
    private static final int QUOTE_IN_QUOTED = 3;

    private final InputStream in;
    private final ByteBuffer bytes = ByteBuffer.allocate(SNIFF_BYTES);
    private final CharBuffer chars = CharBuffer.allocate(SNIFF_BYTES);
    private final char[] cb = chars.array();
    private int pos;
    private int lim;
    private CharsetDecoder decoder;
    /** Only ASCII seen so far: both candidate encodings agree, so the choice waits for the first other byte. */
    private boolean undecided;
    private boolean bytesEnded;
    private boolean malformed;
    private boolean finished;
    /** The previous record ended with CR, so an LF right after it belongs to that line end. */
    private boolean skipLf;

    private final StringBuilder cell = new StringBuilder();
    private final ArrayList<String> cells = new ArrayList<>();
    private long records;
    private long recordRow;
    private long rowNumber;
    private final List<String> header;

    CsvReader(InputStream in) throws IOException {
        this.in = in;
        while (bytes.hasRemaining()) {
            int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
            if (n < 0) {
                bytesEnded = true;
                break;
            }
            bytes.position(bytes.position() + n);
        }
        bytes.flip();
        byte[] b = bytes.array();
        int n = bytes.limit();
        if (n >= 2 && ((b[0] == (byte) 0xFF && b[1] == (byte) 0xFE) || (b[0] == (byte) 0xFE && b[1] == (byte) 0xFF))) {
            throw new TableFormatException("文件是 UTF-16 编码，无法读取，请另存为 CSV UTF-8 或 GBK 编码");
        }
        if (n >= 3 && b[0] == (byte) 0xEF && b[1] == (byte) 0xBB && b[2] == (byte) 0xBF) {
            bytes.position(3);
            decoder = strict(StandardCharsets.UTF_8);
        } else {
            for (int i = 0; i < n; i++) {
                if (b[i] == 0) {
                    // No CSV text has NUL; this is a binary file (or UTF-16 without BOM) that would decode to noise.
                    throw new TableFormatException("文件不是 CSV 文本或 XLSX 表格，请另存为 CSV UTF-8 或 XLSX");
                }
            }
            decide();
        }
        String[] first = null;
        while (first == null && readRecord()) {
            first = toRow(0);
        }
        if (first == null) {
            throw new TableFormatException("文件是空的，没有表头行");
        }
        header = List.of(first);
        rowNumber = recordRow;
    }

    @Override
    public List<String> header() {
        return header;
    }

    @Override
    public String[] next() throws IOException {
        while (readRecord()) {
            String[] row = toRow(header.size());
            if (row != null) {
                rowNumber = recordRow;
                return row;
            }
        }
        return null;
    }

    @Override
    public long rowNumber() {
        return rowNumber;
    }

    @Override
    public TableFormat format() {
        return TableFormat.CSV;
    }

    @Override
    public void close() {
        finished = true;
    }

    /** The encoding chosen so far (UTF-8 while only ASCII has been seen). */
    Charset charset() {
        return undecided ? StandardCharsets.UTF_8 : decoder.charset();
    }

    /** Reads one record into {@link #cells}; false at the end of the file. */
    private boolean readRecord() throws IOException {
        cells.clear();
        cell.setLength(0);
        recordRow = records + 1;
        int state = FIELD_START;
        boolean any = false;
        for (;;) {
            if (pos == lim && !fill()) {
                if (!any) {
                    return false;
                }
                if (state == QUOTED) {
                    throw TableFormatException.atRow(recordRow, "的引号没有闭合：从这里开始的带引号单元格一直延续到文件末尾");
                }
                endCell();
                records++;
                return true;
            }
            char c = cb[pos++];
            if (skipLf) {
                skipLf = false;
                if (c == '\n') {
                    continue;
                }
            }
            any = true;
            if (state == QUOTED) {
                if (c == '"') {
                    state = QUOTE_IN_QUOTED;
                } else {
                    append(c, true);
                }
                continue;
            }
            if (state == QUOTE_IN_QUOTED) {
                if (c == '"') {
                    append('"', true);
                    state = QUOTED;
                    continue;
                }
                // Text after a closing quote is kept, as Excel does, rather than refusing the file.
                state = UNQUOTED;
            } else if (state == FIELD_START) {
                if (c == '"') {
                    state = QUOTED;
                    continue;
                }
                state = UNQUOTED;
            }
            if (c == ',') {
                endCell();
                state = FIELD_START;
            } else if (c == '\n' || c == '\r') {
                skipLf = c == '\r';
                endCell();
                records++;
                return true;
            } else {
                append(c, false);
            }
        }
    }

    private void append(char c, boolean quoted) throws TableFormatException {
        if (cell.length() == MAX_CELL_CHARS) {
            throw TableFormatException.atRow(recordRow, "有单元格超过 " + MAX_CELL_CHARS + " 个字符"
                    + (quoted ? "（可能是引号没有闭合）" : ""));
        }
        cell.append(c);
    }

    private void endCell() throws TableFormatException {
        if (cells.size() == MAX_CELLS) {
            throw TableFormatException.atRow(recordRow, "超过 " + MAX_CELLS + " 列");
        }
        cells.add(cell.toString().strip());
        cell.setLength(0);
    }

    /** The record as a row of at least minLength cells, trailing empty cells beyond it dropped; null when all are empty. */
    private String[] toRow(int minLength) {
        int last = cells.size() - 1;
        while (last >= 0 && cells.get(last).isEmpty()) {
            last--;
        }
        if (last < 0) {
            return null;
        }
        String[] row = new String[Math.max(minLength, last + 1)];
        for (int i = 0; i <= last; i++) {
            row[i] = cells.get(i);
        }
        Arrays.fill(row, last + 1, row.length, "");
        return row;
    }

    /** Decodes the next run of characters into the char buffer; false at the end of the file. */
    private boolean fill() throws IOException {
        if (finished) {
            return false;
        }
        if (malformed) {
            throw badBytes();
        }
        chars.clear();
        for (;;) {
            CoderResult r = decoder.decode(bytes, chars, bytesEnded);
            if (r.isOverflow()) {
                break;
            }
            if (r.isError()) {
                if (undecided) {
                    decide();
                    continue;
                }
                // Hand over what decoded cleanly first, so the error names the row the bad bytes are in.
                malformed = true;
                break;
            }
            if (chars.position() > 0) {
                break;
            }
            if (bytesEnded) {
                decoder.flush(chars);
                finished = true;
                break;
            }
            readBytes();
        }
        chars.flip();
        pos = 0;
        lim = chars.limit();
        if (lim > 0) {
            return true;
        }
        if (malformed) {
            throw badBytes();
        }
        return false;
    }

    private void readBytes() throws IOException {
        bytes.compact();
        int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
        if (n < 0) {
            bytesEnded = true;
        } else {
            bytes.position(bytes.position() + n);
        }
        bytes.flip();
    }

    /**
     * Chooses the encoding from the bytes ahead (filling the buffer first): all ASCII leaves the choice
     * open, valid UTF-8 is UTF-8, anything else is GB18030 (the superset of GBK that Excel in China writes).
     */
    private void decide() throws IOException {
        bytes.compact();
        while (!bytesEnded && bytes.hasRemaining()) {
            int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
            if (n < 0) {
                bytesEnded = true;
            } else {
                bytes.position(bytes.position() + n);
            }
        }
        bytes.flip();
        byte[] b = bytes.array();
        int from = bytes.position();
        int to = bytes.limit();
        boolean ascii = true;
        for (int i = from; i < to && ascii; i++) {
            ascii = b[i] >= 0;
        }
        if (ascii) {
            undecided = true;
            decoder = strict(StandardCharsets.US_ASCII);
        } else {
            undecided = false;
            decoder = strict(isUtf8(b, from, to, !bytesEnded) ? StandardCharsets.UTF_8 : GB18030);
        }
    }

    private TableFormatException badBytes() {
        return TableFormatException.atRow(recordRow, "含有无法识别的字符，文件编码应为 UTF-8 或 GBK");
    }

    private static CharsetDecoder strict(Charset charset) {
        return charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    /**
     * Whether b[from, to) is well-formed UTF-8 (no overlong forms, surrogates or code points past U+10FFFF).
     * cutAllowed: a sequence cut off at the end is fine, because the buffer ends mid-file.
     */
    static boolean isUtf8(byte[] b, int from, int to, boolean cutAllowed) {
        int i = from;
        while (i < to) {
            int c = b[i] & 0xFF;
            if (c < 0x80) {
                i++;
                continue;
            }
            int more;
            int low = 0x80;
            int high = 0xBF;
            if (c >= 0xC2 && c <= 0xDF) {
                more = 1;
            } else if (c >= 0xE0 && c <= 0xEF) {
                more = 2;
                if (c == 0xE0) {
                    low = 0xA0;
                } else if (c == 0xED) {
                    high = 0x9F;
                }
            } else if (c >= 0xF0 && c <= 0xF4) {
                more = 3;
                if (c == 0xF0) {
                    low = 0x90;
                } else if (c == 0xF4) {
                    high = 0x8F;
                }
            } else {
                return false;
            }
            for (int k = 1; k <= more; k++) {
                if (i + k >= to) {
                    return cutAllowed;
                }
                int cc = b[i + k] & 0xFF;
                if (k == 1 ? cc < low || cc > high : cc < 0x80 || cc > 0xBF) {
                    return false;
                }
            }
            i += more + 1;
        }
        return true;
    }
}
