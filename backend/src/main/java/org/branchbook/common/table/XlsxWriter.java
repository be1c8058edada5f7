package org.branchbook.common.table;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes XLSX straight into a zip stream, one worksheet after another, every cell an inline string
 * (text, never a formula, so nothing needs neutralizing); a bold, frozen header row on each sheet.
 */
final class XlsxWriter implements TableWriter {

    static final int MAX_ROWS = 1_048_576;
    static final int MAX_COLUMNS = 16_384;
    static final int MAX_CELL_CHARS = 32_767;
    static final int MAX_SHEET_NAME = 31;
    /** Rows held back at the start of a sheet to size its columns, which Excel needs before the first row. */
    private static final int WIDTH_SAMPLE_ROWS = 50;
    private static final int HEADER_STYLE = 1;

    private static final String XML_DECL = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";
    private static final String MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static final String REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static final String PKG_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships";

    private final ZipOutputStream zip;
    private final Writer out;
    private final StringBuilder buf = new StringBuilder(1024);
    private final List<String> sheetNames = new ArrayList<>();
    private final Set<String> takenNames = new HashSet<>();
    private boolean inSheet;
    private int rowsInSheet;
    /** The header and first rows of the current sheet, until its column widths are known; then null. */
    private List<List<String>> pending;
    private boolean closed;

    XlsxWriter(OutputStream out) {
        this.zip = new ZipOutputStream(new NonClosingOutputStream(out), StandardCharsets.UTF_8);
        // Fastest deflate: a million-row export takes a third of the CPU time for a file about a third larger.
        zip.setLevel(1);
        this.out = new BufferedWriter(new OutputStreamWriter(zip, StandardCharsets.UTF_8), 64 * 1024);
    }

    @Override
    public void sheet(String name, List<String> header) throws IOException {
        check(header);
        endSheet();
        String unique = unique(sheetName(name, sheetNames.size() + 1));
        sheetNames.add(unique);
        takenNames.add(unique.toLowerCase(Locale.ROOT));
        zip.putNextEntry(new ZipEntry("xl/worksheets/sheet" + sheetNames.size() + ".xml"));
        inSheet = true;
        rowsInSheet = 1;
        pending = new ArrayList<>();
        pending.add(new ArrayList<>(header));
    }

    @Override
    public void row(List<String> cells) throws IOException {
        if (!inSheet) {
            throw new IllegalStateException("row() before sheet()");
        }
        if (rowsInSheet == MAX_ROWS) {
            throw new IllegalStateException("An XLSX sheet holds at most " + MAX_ROWS + " rows; start another sheet");
        }
        check(cells);
        rowsInSheet++;
        if (pending != null) {
            pending.add(new ArrayList<>(cells));
            if (pending.size() > WIDTH_SAMPLE_ROWS) {
                writePending();
            }
        } else {
            writeRow(rowsInSheet, cells, 0);
        }
    }

    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        if (sheetNames.isEmpty()) {
            // A workbook without a sheet is one Excel refuses to open.
            sheet("Sheet1", List.of());
        }
        endSheet();
        part("xl/workbook.xml", workbook());
        part("xl/_rels/workbook.xml.rels", workbookRels());
        part("xl/styles.xml", STYLES);
        part("_rels/.rels", XML_DECL + "<Relationships xmlns=\"" + PKG_REL_NS + "\">"
                + "<Relationship Id=\"rId1\" Type=\"" + REL_NS + "/officeDocument\" Target=\"xl/workbook.xml\"/>"
                + "</Relationships>");
        part("[Content_Types].xml", contentTypes());
        out.flush();
        zip.close();
    }

    private void endSheet() throws IOException {
        if (!inSheet) {
            return;
        }
        if (pending != null) {
            writePending();
        }
        // Digits written as text (ID and phone numbers) are meant as text: no green "number stored as text" flags.
        out.write("</sheetData><ignoredErrors><ignoredError sqref=\"A1:XFD1048576\" numberStoredAsText=\"1\"/>"
                + "</ignoredErrors></worksheet>");
        out.flush();
        zip.closeEntry();
        inSheet = false;
    }

    private void writePending() throws IOException {
        List<List<String>> rows = pending;
        pending = null;
        boolean first = sheetNames.size() == 1;
        out.write(XML_DECL);
        out.write("<worksheet xmlns=\"" + MAIN_NS + "\" xmlns:r=\"" + REL_NS + "\">");
        out.write("<sheetViews><sheetView workbookViewId=\"0\"" + (first ? " tabSelected=\"1\"" : "") + ">"
                + "<pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/>"
                + "<selection pane=\"bottomLeft\" activeCell=\"A2\" sqref=\"A2\"/></sheetView></sheetViews>");
        out.write("<sheetFormatPr defaultRowHeight=\"15\"/>");
        int[] widths = widths(rows);
        if (widths.length > 0) {
            out.write("<cols>");
            for (int i = 0; i < widths.length; i++) {
                out.write("<col min=\"" + (i + 1) + "\" max=\"" + (i + 1) + "\" width=\"" + widths[i]
                        + "\" customWidth=\"1\"/>");
            }
            out.write("</cols>");
        }
        out.write("<sheetData>");
        for (int i = 0; i < rows.size(); i++) {
            writeRow(i + 1, rows.get(i), i == 0 ? HEADER_STYLE : 0);
        }
    }

    /** Refuses, before anything is written, a row Excel could not open. */
    private static void check(List<String> cells) {
        if (cells.size() > MAX_COLUMNS) {
            throw new IllegalArgumentException("An XLSX row holds at most " + MAX_COLUMNS + " cells");
        }
        for (String v : cells) {
            if (v != null && v.length() > MAX_CELL_CHARS) {
                throw new IllegalArgumentException("An XLSX cell holds at most " + MAX_CELL_CHARS + " characters");
            }
        }
    }

    /** Column widths in Excel's character units: the widest sampled cell, CJK counting double, within 8–60. */
    private static int[] widths(List<List<String>> rows) {
        int columns = 0;
        for (List<String> row : rows) {
            columns = Math.max(columns, Math.min(row.size(), MAX_COLUMNS));
        }
        int[] widths = new int[columns];
        for (List<String> row : rows) {
            for (int i = 0; i < Math.min(row.size(), columns); i++) {
                String v = row.get(i);
                widths[i] = Math.max(widths[i], v == null ? 0 : displayWidth(v));
            }
        }
        for (int i = 0; i < columns; i++) {
            widths[i] = Math.min(60, Math.max(8, widths[i] + 2));
        }
        return widths;
    }

    private static int displayWidth(String s) {
        int width = 0;
        for (int i = 0; i < s.length() && width < 100; ) {
            int cp = s.codePointAt(i);
            width += cp >= 0x2E80 ? 2 : 1;
            i += Character.charCount(cp);
        }
        return width;
    }

    private void writeRow(int r, List<String> cells, int style) throws IOException {
        StringBuilder b = buf;
        b.setLength(0);
        b.append("<row r=\"").append(r).append("\">");
        for (int i = 0; i < cells.size(); i++) {
            String v = cells.get(i);
            if (v == null || v.isEmpty()) {
                continue;
            }
            b.append("<c r=\"");
            column(b, i);
            b.append(r).append("\" t=\"inlineStr\"");
            if (style != 0) {
                b.append(" s=\"").append(style).append('"');
            }
            // Excel trims leading and trailing whitespace of a text run unless told to keep it.
            b.append(v.charAt(0) <= ' ' || v.charAt(v.length() - 1) <= ' ' ? "><is><t xml:space=\"preserve\">" : "><is><t>");
            escape(b, v);
            b.append("</t></is></c>");
        }
        b.append("</row>");
        out.append(b);
        if (b.length() > 64 * 1024) {
            // One wide row must not keep a large buffer for the rest of the export.
            b.setLength(0);
            b.trimToSize();
        }
    }

    /** Appends the column letters of zero-based column i: 0 → A, 25 → Z, 26 → AA. */
    static void column(StringBuilder b, int i) {
        if (i >= 26) {
            column(b, i / 26 - 1);
        }
        b.append((char) ('A' + i % 26));
    }

    /**
     * Appends s as XML 1.0 text or attribute content: markup characters escaped, characters XML cannot
     * carry dropped, CR kept as a reference (a parser would turn a raw one into LF), and a literal
     * "_xHHHH_" guarded as "_x005F_xHHHH_" so Excel does not decode it as an escape.
     */
    static void escape(StringBuilder b, String s) {
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\r' -> b.append("&#13;");
                case '\t', '\n' -> b.append(c);
                case '_' -> b.append(XlsxValues.isEscape(s, i) ? "_x005F_" : "_");
                default -> {
                    if (c < 0x20 || c == 0xFFFE || c == 0xFFFF) {
                        continue;
                    }
                    if (Character.isHighSurrogate(c)) {
                        if (i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                            b.append(c).append(s.charAt(++i));
                        }
                        continue;
                    }
                    if (Character.isLowSurrogate(c)) {
                        continue;
                    }
                    b.append(c);
                }
            }
        }
    }

    /**
     * A sheet name Excel accepts: no [ ] : * ? / \ (each becomes _) or control characters, no apostrophe
     * at either end, at most 31 characters, not blank ("Sheet{n}") and not the reserved "History".
     */
    static String sheetName(String raw, int n) {
        StringBuilder b = new StringBuilder();
        String s = raw == null ? "" : raw.strip();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ("[]:*?/\\".indexOf(c) >= 0) {
                b.append('_');
            } else if (c >= 0x20 && c != 0xFFFE && c != 0xFFFF) {
                b.append(c);
            }
        }
        String name = truncate(b.toString(), MAX_SHEET_NAME);
        name = name.replaceAll("^'+|'+$", "").strip();
        if (name.isEmpty()) {
            return "Sheet" + n;
        }
        return name.equalsIgnoreCase("History") ? name + "_" : name;
    }

    /** The name, or with " (2)", " (3)"… when the workbook already has it (Excel compares ignoring case). */
    private String unique(String name) {
        String candidate = name;
        for (int k = 2; takenNames.contains(candidate.toLowerCase(Locale.ROOT)); k++) {
            String suffix = " (" + k + ")";
            candidate = truncate(name, MAX_SHEET_NAME - suffix.length()) + suffix;
        }
        return candidate;
    }

    /** At most max UTF-16 units, never splitting a surrogate pair. */
    private static String truncate(String s, int max) {
        if (s.length() <= max) {
            return s;
        }
        int end = Character.isHighSurrogate(s.charAt(max - 1)) ? max - 1 : max;
        return s.substring(0, end);
    }

    private void part(String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        out.write(content);
        out.flush();
        zip.closeEntry();
    }

    private String workbook() {
        StringBuilder b = new StringBuilder(XML_DECL);
        b.append("<workbook xmlns=\"").append(MAIN_NS).append("\" xmlns:r=\"").append(REL_NS).append("\">")
                .append("<bookViews><workbookView activeTab=\"0\"/></bookViews><sheets>");
        for (int i = 0; i < sheetNames.size(); i++) {
            b.append("<sheet name=\"");
            escape(b, sheetNames.get(i));
            b.append("\" sheetId=\"").append(i + 1).append("\" r:id=\"rId").append(i + 1).append("\"/>");
        }
        return b.append("</sheets></workbook>").toString();
    }

    private String workbookRels() {
        StringBuilder b = new StringBuilder(XML_DECL);
        b.append("<Relationships xmlns=\"").append(PKG_REL_NS).append("\">");
        for (int i = 1; i <= sheetNames.size(); i++) {
            b.append("<Relationship Id=\"rId").append(i).append("\" Type=\"").append(REL_NS)
                    .append("/worksheet\" Target=\"worksheets/sheet").append(i).append(".xml\"/>");
        }
        b.append("<Relationship Id=\"rId").append(sheetNames.size() + 1).append("\" Type=\"").append(REL_NS)
                .append("/styles\" Target=\"styles.xml\"/>");
        return b.append("</Relationships>").toString();
    }

    private String contentTypes() {
        String ct = "application/vnd.openxmlformats-officedocument.spreadsheetml.";
        StringBuilder b = new StringBuilder(XML_DECL);
        b.append("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">")
                .append("<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>")
                .append("<Default Extension=\"xml\" ContentType=\"application/xml\"/>")
                .append("<Override PartName=\"/xl/workbook.xml\" ContentType=\"").append(ct).append("sheet.main+xml\"/>")
                .append("<Override PartName=\"/xl/styles.xml\" ContentType=\"").append(ct).append("styles+xml\"/>");
        for (int i = 1; i <= sheetNames.size(); i++) {
            b.append("<Override PartName=\"/xl/worksheets/sheet").append(i).append(".xml\" ContentType=\"")
                    .append(ct).append("worksheet+xml\"/>");
        }
        return b.append("</Types>").toString();
    }

    /** Style 0 plain, style 1 bold (the header). */
    private static final String STYLES = XML_DECL + "<styleSheet xmlns=\"" + MAIN_NS + "\">"
            + "<fonts count=\"2\"><font><sz val=\"11\"/><name val=\"Calibri\"/><family val=\"2\"/></font>"
            + "<font><b/><sz val=\"11\"/><name val=\"Calibri\"/><family val=\"2\"/></font></fonts>"
            + "<fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill>"
            + "<fill><patternFill patternType=\"gray125\"/></fill></fills>"
            + "<borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"
            + "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
            + "<cellXfs count=\"2\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>"
            + "<xf numFmtId=\"0\" fontId=\"1\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyFont=\"1\"/></cellXfs>"
            + "<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles>"
            + "</styleSheet>";
}
