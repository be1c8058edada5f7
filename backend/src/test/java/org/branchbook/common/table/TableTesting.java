package org.branchbook.common.table;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Test helpers: open bytes as a table and read every row with its row number. */
final class TableTesting {

    static final long NO_LIMIT = Long.MAX_VALUE;

    private TableTesting() {}

    /** One data row as the reader returned it. */
    record Row(long number, List<String> cells) {
        @Override
        public String toString() {
            return number + ":" + cells;
        }
    }

    /** A table read to the end. */
    record Read(TableFormat format, long headerRow, List<String> header, List<Row> rows) {
        List<List<String>> cells() {
            return rows.stream().map(Row::cells).toList();
        }
    }

    static Read read(byte[] bytes, Path tempDir) throws IOException {
        try (TableReader reader = Tables.open(new ByteArrayInputStream(bytes), tempDir, NO_LIMIT)) {
            long headerRow = reader.rowNumber();
            List<Row> rows = new ArrayList<>();
            for (String[] row = reader.next(); row != null; row = reader.next()) {
                rows.add(new Row(reader.rowNumber(), List.of(row)));
            }
            return new Read(reader.format(), headerRow, reader.header(), rows);
        }
    }

    static final String MAIN = "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
            + "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"";

    /** A zip of the given parts, in order. */
    static byte[] zip(Map<String, String> parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, String> part : parts.entrySet()) {
                zip.putNextEntry(new ZipEntry(part.getKey()));
                zip.write(part.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A hand-made XLSX with one sheet (sheetData content given) and optional shared strings and styles. */
    static Map<String, String> xlsx(String sheetData, String sharedStrings, String styles) {
        Map<String, String> parts = new LinkedHashMap<>();
        parts.put("xl/workbook.xml", "<workbook " + MAIN + "><sheets><sheet name=\"S\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
        parts.put("xl/_rels/workbook.xml.rels", "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
                + "</Relationships>");
        parts.put("xl/worksheets/sheet1.xml", "<worksheet " + MAIN + "><sheetData>" + sheetData + "</sheetData></worksheet>");
        if (sharedStrings != null) {
            parts.put("xl/sharedStrings.xml", "<sst " + MAIN + ">" + sharedStrings + "</sst>");
        }
        if (styles != null) {
            parts.put("xl/styles.xml", "<styleSheet " + MAIN + ">" + styles + "</styleSheet>");
        }
        return parts;
    }

    /** The files left in dir. */
    static List<Path> files(Path dir) throws IOException {
        try (Stream<Path> list = Files.list(dir)) {
            return list.toList();
        }
    }
}
