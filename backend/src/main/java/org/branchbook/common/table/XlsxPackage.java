package org.branchbook.common.table;

import java.io.Closeable;
import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * An XLSX file's package structure: which zip parts hold the first worksheet, its styles and shared
 * strings, and whether it counts dates from 1904; every part read through a zip-bomb guard.
 */
final class XlsxPackage implements Closeable {

    static final long MAX_PART_BYTES = 2L * 1024 * 1024 * 1024;
    /** Workbook, relationships and styles are small in any real file; a large one is an attack on the parser's heap. */
    static final long MAX_SMALL_PART_BYTES = 64L * 1024 * 1024;
    static final long RATIO_FREE_BYTES = 10L * 1024 * 1024;
    static final long MAX_RATIO = 200;

    private static final String NOT_XLSX = "不是有效的 XLSX 文件";

    private final ZipFile zip;
    final String sheetPart;
    /** Null when the workbook has none. */
    final String stylesPart;
    /** Null when the workbook has none (every cell then is inline or numeric). */
    final String sharedStringsPart;
    final boolean date1904;

    XlsxPackage(Path file) throws IOException {
        try {
            zip = new ZipFile(file.toFile());
        } catch (ZipException e) {
            throw new TableFormatException(NOT_XLSX + "（压缩包已损坏）");
        }
        try {
            String workbook = "xl/workbook.xml";
            Map<String, Rel> rootRels = rels("_rels/.rels", "");
            for (Rel rel : rootRels.values()) {
                if (rel.type.endsWith("/officeDocument")) {
                    workbook = rel.target;
                }
            }
            if (zip.getEntry(workbook) == null) {
                throw new TableFormatException(NOT_XLSX);
            }
            String dir = workbook.substring(0, workbook.lastIndexOf('/') + 1);
            String[] first = new String[1];
            boolean[] in1904 = new boolean[1];
            parse(workbook, MAX_SMALL_PART_BYTES, xml -> {
                if (xml.getLocalName().equals("sheet") && first[0] == null) {
                    first[0] = xml.getAttributeValue(null, "id");
                } else if (xml.getLocalName().equals("workbookPr")) {
                    String v = xml.getAttributeValue(null, "date1904");
                    in1904[0] = "1".equals(v) || "true".equals(v);
                }
            });
            date1904 = in1904[0];
            Map<String, Rel> rels = rels(dir + "_rels/" + workbook.substring(dir.length()) + ".rels", dir);
            String sheet = first[0] == null || rels.get(first[0]) == null ? null : rels.get(first[0]).target;
            if (sheet == null || zip.getEntry(sheet) == null) {
                sheet = dir + "worksheets/sheet1.xml";
            }
            if (zip.getEntry(sheet) == null) {
                throw new TableFormatException(NOT_XLSX + "（找不到工作表）");
            }
            sheetPart = sheet;
            stylesPart = part(rels, "/styles", dir + "styles.xml");
            sharedStringsPart = part(rels, "/sharedStrings", dir + "sharedStrings.xml");
        } catch (IOException | RuntimeException e) {
            zip.close();
            throw e;
        }
    }

    /** A part's content, guarded against zip bombs; the caller closes it. */
    InputStream open(String part, long maxBytes) throws IOException {
        ZipEntry entry = zip.getEntry(part);
        if (entry == null) {
            throw new TableFormatException(NOT_XLSX + "（缺少 " + part + "）");
        }
        return new Guarded(zip.getInputStream(entry), entry.getCompressedSize(), maxBytes);
    }

    @Override
    public void close() throws IOException {
        zip.close();
    }

    /** What the XLSX reader does with each start tag of a small part. */
    interface StartTags {
        void accept(XMLStreamReader xml) throws IOException;
    }

    /** Streams a small part through a callback for each start tag. */
    void parse(String part, long maxBytes, StartTags onStart) throws IOException {
        try (InputStream in = open(part, maxBytes)) {
            XMLStreamReader xml = Xml.open(in);
            try {
                while (xml.hasNext()) {
                    if (xml.next() == XMLStreamConstants.START_ELEMENT) {
                        onStart.accept(xml);
                    }
                }
            } finally {
                xml.close();
            }
        } catch (XMLStreamException e) {
            throw broken(e, 0);
        }
    }

    /**
     * The format error behind a parser failure: the guard's own (zip bomb) when that is the cause,
     * otherwise "damaged", at the row being read when there is one.
     */
    static TableFormatException broken(Exception e, long row) {
        Throwable t = e;
        for (int depth = 0; t != null && depth < 10; depth++, t = t.getCause() != null ? t.getCause() : nested(t)) {
            if (t instanceof TableFormatException tfe) {
                return tfe;
            }
        }
        String problem = "内容已损坏，无法读取";
        return row > 0 ? TableFormatException.atRow(row, problem) : new TableFormatException(NOT_XLSX + "（" + problem + "）");
    }

    private static Throwable nested(Throwable t) {
        return t instanceof XMLStreamException x ? x.getNestedException() : null;
    }

    private String part(Map<String, Rel> rels, String typeSuffix, String fallback) {
        for (Rel rel : rels.values()) {
            if (rel.type.endsWith(typeSuffix) && zip.getEntry(rel.target) != null) {
                return rel.target;
            }
        }
        return zip.getEntry(fallback) != null ? fallback : null;
    }

    private record Rel(String type, String target) {}

    /** A relationships part as id → (type, zip entry name); empty when the part is missing. */
    private Map<String, Rel> rels(String part, String baseDir) throws IOException {
        Map<String, Rel> rels = new HashMap<>();
        if (zip.getEntry(part) == null) {
            return rels;
        }
        parse(part, MAX_SMALL_PART_BYTES, xml -> {
            if (xml.getLocalName().equals("Relationship") && !"External".equals(xml.getAttributeValue(null, "TargetMode"))) {
                String id = xml.getAttributeValue(null, "Id");
                String type = xml.getAttributeValue(null, "Type");
                String target = xml.getAttributeValue(null, "Target");
                if (id != null && type != null && target != null && rels.size() < 10_000) {
                    rels.put(id, new Rel(type, resolve(baseDir, target)));
                }
            }
        });
        return rels;
    }

    /** A relationship target as a zip entry name: absolute ("/xl/…") or relative to the source part's folder. */
    static String resolve(String baseDir, String target) {
        String path = target.startsWith("/") ? target.substring(1) : baseDir + target;
        Deque<String> parts = new ArrayDeque<>();
        for (String p : path.split("/")) {
            if (p.equals("..")) {
                parts.pollLast();
            } else if (!p.isEmpty() && !p.equals(".")) {
                parts.addLast(p);
            }
        }
        return String.join("/", parts);
    }

    /**
     * Counts a part's inflated bytes and stops at the cap, or when past the first few MiB it has grown
     * more than {@link #MAX_RATIO} times its compressed size: real spreadsheet XML never does, bombs do.
     */
    private static final class Guarded extends FilterInputStream {

        private final long compressed;
        private final long max;
        private long count;

        Guarded(InputStream in, long compressed, long max) {
            super(in);
            this.compressed = Math.max(compressed, 1);
            this.max = max;
        }

        @Override
        public int read() throws IOException {
            int b = inflate(() -> in.read());
            if (b >= 0) {
                counted(1);
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = inflate(() -> in.read(b, off, len));
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

        private interface Read {
            int run() throws IOException;
        }

        private static int inflate(Read read) throws IOException {
            try {
                return read.run();
            } catch (ZipException | EOFException e) {
                throw new TableFormatException(NOT_XLSX + "（压缩数据已损坏）");
            }
        }

        private void counted(long n) throws TableFormatException {
            count += n;
            if (count > max || (count > RATIO_FREE_BYTES && count / compressed > MAX_RATIO)) {
                throw new TableFormatException(NOT_XLSX + "（解压后的内容异常巨大，疑似恶意文件）");
            }
        }
    }
}
