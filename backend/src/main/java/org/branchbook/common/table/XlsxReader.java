package org.branchbook.common.table;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads the first worksheet of an XLSX file row by row with StAX: cells placed by their column letters,
 * shared strings from disk, numbers and dates as Excel displays them.
 */
final class XlsxReader implements TableReader {

    static final int MAX_CELL_CHARS = CsvReader.MAX_CELL_CHARS;
    static final int MAX_CELLS = CsvReader.MAX_CELLS;
    /** More cell styles than Excel allows (64,000) mean a hostile file; those styles are read as not dates. */
    private static final int MAX_STYLES = 100_000;

    private final Path file;
    private final XlsxPackage pkg;
    private final SharedStrings shared;
    private final BitSet dateStyles;
    private final InputStream sheetStream;
    private final XMLStreamReader sheet;
    private final List<String> header;

    /** Cells of the row being read; only [0, width) is in use, reset after each row. */
    private final String[] cells = new String[MAX_CELLS];
    private int width;
    private long sheetRow;
    private long rowNumber;
    private boolean sheetDone;

    /** Reads file, deleting it on close (and on failure here). */
    XlsxReader(Path file, Path tempDir) throws IOException {
        this.file = file;
        XlsxPackage p = null;
        SharedStrings s = null;
        InputStream in = null;
        try {
            p = new XlsxPackage(file);
            dateStyles = dateStyles(p);
            if (p.sharedStringsPart == null) {
                s = SharedStrings.none();
            } else {
                try (InputStream sst = p.open(p.sharedStringsPart, XlsxPackage.MAX_PART_BYTES)) {
                    s = SharedStrings.load(sst, tempDir, MAX_CELL_CHARS);
                }
            }
            in = p.open(p.sheetPart, XlsxPackage.MAX_PART_BYTES);
            sheet = Xml.open(in);
        } catch (XMLStreamException e) {
            cleanUp(p, s, in, file);
            throw XlsxPackage.broken(e, 0);
        } catch (IOException | RuntimeException e) {
            cleanUp(p, s, in, file);
            throw e;
        }
        pkg = p;
        shared = s;
        sheetStream = in;
        String[] first = null;
        try {
            while (first == null && readRow()) {
                first = takeRow(0);
            }
        } catch (IOException | RuntimeException e) {
            close();
            throw e;
        }
        if (first == null) {
            close();
            throw new TableFormatException("文件是空的，没有表头行");
        }
        header = List.of(first);
        rowNumber = sheetRow;
    }

    @Override
    public List<String> header() {
        return header;
    }

    @Override
    public String[] next() throws IOException {
        while (readRow()) {
            String[] row = takeRow(header.size());
            if (row != null) {
                rowNumber = sheetRow;
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
        return TableFormat.XLSX;
    }

    @Override
    public void close() throws IOException {
        sheetDone = true;
        try {
            sheet.close();
        } catch (XMLStreamException ignored) {
            // Closing a StAX reader frees nothing but its buffers; the stream and files below are what matter.
        }
        cleanUp(pkg, shared, sheetStream, file);
    }

    private static void cleanUp(XlsxPackage pkg, SharedStrings shared, InputStream in, Path file) throws IOException {
        try {
            if (in != null) {
                in.close();
            }
            if (shared != null) {
                shared.close();
            }
            if (pkg != null) {
                pkg.close();
            }
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /** Reads the next row element into {@link #cells}; false after the last one. */
    private boolean readRow() throws IOException {
        if (sheetDone) {
            return false;
        }
        try {
            for (;;) {
                if (!sheet.hasNext()) {
                    sheetDone = true;
                    return false;
                }
                int event = sheet.next();
                if (event == XMLStreamConstants.START_ELEMENT && sheet.getLocalName().equals("row")) {
                    break;
                }
                if (event == XMLStreamConstants.END_ELEMENT && sheet.getLocalName().equals("sheetData")) {
                    sheetDone = true;
                    return false;
                }
            }
            sheetRow = number(sheet.getAttributeValue(null, "r"), sheetRow + 1);
            int column = -1;
            for (;;) {
                int event = sheet.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    if (sheet.getLocalName().equals("c")) {
                        column = readCell(column);
                    } else {
                        Xml.skip(sheet);
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    return true;
                }
            }
        } catch (XMLStreamException e) {
            throw XlsxPackage.broken(e, sheetRow);
        }
    }

    /** Reads one c element, placing its value by its reference (or after the previous cell); its column. */
    private int readCell(int previous) throws XMLStreamException, IOException {
        String ref = sheet.getAttributeValue(null, "r");
        String type = sheet.getAttributeValue(null, "t");
        String style = sheet.getAttributeValue(null, "s");
        int column = ref == null ? -1 : column(ref);
        if (column < 0) {
            column = previous + 1;
        }
        String v = null;
        String inline = null;
        for (;;) {
            int event = sheet.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                switch (sheet.getLocalName()) {
                    case "v" -> v = Xml.text(sheet, MAX_CELL_CHARS);
                    case "is" -> inline = Xml.richText(sheet, MAX_CELL_CHARS);
                    default -> Xml.skip(sheet);
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                break;
            }
        }
        String value = value(type, style, v, inline).strip();
        if (!value.isEmpty()) {
            if (column >= MAX_CELLS) {
                throw TableFormatException.atRow(sheetRow, "超过 " + MAX_CELLS + " 列");
            }
            if (value.length() > MAX_CELL_CHARS) {
                throw TableFormatException.atRow(sheetRow, "有单元格超过 " + MAX_CELL_CHARS + " 个字符");
            }
            cells[column] = value;
            width = Math.max(width, column + 1);
        }
        return column;
    }

    private String value(String type, String style, String v, String inline) throws IOException {
        if (type == null) {
            type = "n";
        }
        switch (type) {
            case "s" -> {
                if (v == null || v.isBlank()) {
                    return "";
                }
                String s = shared.get(index(v));
                if (s == null) {
                    throw TableFormatException.atRow(sheetRow, "引用了不存在的共享字符串，文件可能已损坏");
                }
                return s;
            }
            case "inlineStr" -> {
                return XlsxValues.unescape(inline != null ? inline : v != null ? v : "");
            }
            case "str" -> {
                return v == null ? "" : XlsxValues.unescape(v);
            }
            case "b" -> {
                return v == null || v.isBlank() ? "" : "1".equals(v.strip()) || "true".equals(v.strip()) ? "TRUE" : "FALSE";
            }
            case "n" -> {
                if (v == null || v.isBlank()) {
                    return "";
                }
                if (style != null && dateStyles.get(index(style))) {
                    String date = XlsxValues.date(v, pkg.date1904);
                    if (date != null) {
                        return date;
                    }
                }
                return XlsxValues.number(v);
            }
            default -> {
                // "e" (an error such as #N/A) and "d" (an ISO date, strict OOXML) read as written.
                return v == null ? "" : v;
            }
        }
    }

    /** The row just read as an array of at least minLength cells; null when it is empty. Resets the buffer. */
    private String[] takeRow(int minLength) {
        if (width == 0) {
            return null;
        }
        String[] row = new String[Math.max(minLength, width)];
        for (int i = 0; i < width; i++) {
            row[i] = cells[i] == null ? "" : cells[i];
        }
        Arrays.fill(row, width, row.length, "");
        Arrays.fill(cells, 0, width, null);
        width = 0;
        return row;
    }

    /** The zero-based column of a cell reference such as "AB12", or -1 when it has no column letters. */
    static int column(String ref) {
        int col = 0;
        int i = 0;
        for (; i < ref.length() && i < 4; i++) {
            char c = ref.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                col = col * 26 + (c - 'A' + 1);
            } else if (c >= 'a' && c <= 'z') {
                col = col * 26 + (c - 'a' + 1);
            } else {
                break;
            }
        }
        return i == 0 ? -1 : col - 1;
    }

    /** A non-negative int attribute or value; Integer.MAX_VALUE (which no table reaches) when it is not one. */
    private static int index(String s) {
        long n = number(s, -1);
        return n < 0 || n > Integer.MAX_VALUE ? Integer.MAX_VALUE : (int) n;
    }

    private static long number(String s, long fallback) {
        if (s == null) {
            return fallback;
        }
        try {
            return Long.parseLong(s.strip());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    /** Which cell styles (cellXfs indexes) show numbers as dates. */
    private static BitSet dateStyles(XlsxPackage pkg) throws IOException {
        BitSet dates = new BitSet();
        if (pkg.stylesPart == null) {
            return dates;
        }
        Map<Integer, String> codes = new HashMap<>();
        int[] xf = {0};
        boolean[] inCellXfs = {false};
        pkg.parse(pkg.stylesPart, XlsxPackage.MAX_SMALL_PART_BYTES, xml -> {
            switch (xml.getLocalName()) {
                case "numFmt" -> {
                    String code = xml.getAttributeValue(null, "formatCode");
                    int id = (int) number(xml.getAttributeValue(null, "numFmtId"), -1);
                    if (code != null && id >= 0 && codes.size() < MAX_STYLES) {
                        codes.put(id, code);
                    }
                }
                // xf elements also describe named styles in cellStyleXfs; cells index only those in cellXfs.
                case "cellXfs" -> inCellXfs[0] = true;
                case "cellStyleXfs" -> inCellXfs[0] = false;
                case "xf" -> {
                    if (inCellXfs[0] && xf[0] < MAX_STYLES) {
                        int id = (int) number(xml.getAttributeValue(null, "numFmtId"), 0);
                        if (XlsxValues.isDateFormat(id, codes.get(id))) {
                            dates.set(xf[0]);
                        }
                        xf[0]++;
                    }
                }
                default -> {
                }
            }
        });
        return dates;
    }
}
