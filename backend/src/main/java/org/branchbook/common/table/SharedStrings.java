package org.branchbook.common.table;

import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * A workbook's shared string table kept on disk, not in heap: the strings as UTF-8 in one temp file,
 * their start offsets in another. Reads go through a window of each file (sheets mostly refer to
 * strings in table order) and a small cache of recent strings (repeated values such as 男/女).
 */
final class SharedStrings implements Closeable {

    /** Small reads: a sheet that visits strings out of order then costs a few KiB per miss, not a big block. */
    private static final int OFFSETS_PER_BLOCK = 512;
    private static final int DATA_WINDOW = 8 * 1024;
    private static final int CACHE_SIZE = 4096;

    private final Path dataFile;
    private final Path offsetsFile;
    private final FileChannel data;
    private final FileChannel offsets;
    private final int count;

    private final long[] offsetBlock = new long[OFFSETS_PER_BLOCK + 1];
    private final ByteBuffer offsetBytes = ByteBuffer.allocate((OFFSETS_PER_BLOCK + 1) * Long.BYTES);
    private long offsetBlockNo = -1;
    private final byte[] window = new byte[DATA_WINDOW];
    private long windowStart;
    private int windowLength;
    private final Map<Integer, String> recent = new LinkedHashMap<>(CACHE_SIZE * 2, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Integer, String> eldest) {
            return size() > CACHE_SIZE;
        }
    };

    private SharedStrings(Path dataFile, Path offsetsFile, int count) throws IOException {
        this.dataFile = dataFile;
        this.offsetsFile = offsetsFile;
        this.count = count;
        this.data = dataFile == null ? null : FileChannel.open(dataFile, StandardOpenOption.READ);
        this.offsets = offsetsFile == null ? null : FileChannel.open(offsetsFile, StandardOpenOption.READ);
    }

    static SharedStrings none() throws IOException {
        return new SharedStrings(null, null, 0);
    }

    /**
     * Streams a sharedStrings part to temp files in tempDir (deleted on close). Each string keeps at most
     * maxChars + 1 characters: enough for the cell check to report it as too long.
     */
    static SharedStrings load(InputStream in, Path tempDir, int maxChars) throws IOException {
        Path dataFile = Files.createTempFile(tempDir, "table-sst-", ".dat");
        Path offsetsFile = null;
        try {
            offsetsFile = Files.createTempFile(tempDir, "table-sst-", ".idx");
            int count = 0;
            try (OutputStream dataOut = new BufferedOutputStream(Files.newOutputStream(dataFile), 64 * 1024);
                    DataOutputStream offsetsOut = new DataOutputStream(
                            new BufferedOutputStream(Files.newOutputStream(offsetsFile), 64 * 1024))) {
                XMLStreamReader xml = Xml.open(in);
                long offset = 0;
                while (xml.hasNext()) {
                    if (xml.next() == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("si")) {
                        if (count == Integer.MAX_VALUE - 1) {
                            throw new TableFormatException("不是有效的 XLSX 文件（共享字符串过多）");
                        }
                        byte[] utf8 = XlsxValues.unescape(Xml.richText(xml, maxChars)).getBytes(StandardCharsets.UTF_8);
                        offsetsOut.writeLong(offset);
                        dataOut.write(utf8);
                        offset += utf8.length;
                        count++;
                    }
                }
                xml.close();
                // The end of the last string, so every string's length is next offset minus its own.
                offsetsOut.writeLong(offset);
            }
            return new SharedStrings(dataFile, offsetsFile, count);
        } catch (XMLStreamException e) {
            deleteQuietly(dataFile, offsetsFile);
            throw XlsxPackage.broken(e, 0);
        } catch (IOException | RuntimeException e) {
            deleteQuietly(dataFile, offsetsFile);
            throw e;
        }
    }

    int size() {
        return count;
    }

    /** The string at index, or null when the table has no such index. */
    String get(int index) throws IOException {
        if (index < 0 || index >= count) {
            return null;
        }
        String s = recent.get(index);
        if (s != null) {
            return s;
        }
        int at = offsetsAt(index);
        long start = offsetBlock[at];
        long end = offsetBlock[at + 1];
        int length = (int) (end - start);
        if (start < windowStart || end > windowStart + windowLength) {
            if (length > DATA_WINDOW) {
                byte[] big = new byte[length];
                readFully(data, ByteBuffer.wrap(big), start);
                s = new String(big, StandardCharsets.UTF_8);
                recent.put(index, s);
                return s;
            }
            // Walking backwards (a table written in reverse), the window should end at this string, not start there.
            windowStart = start < windowStart ? Math.max(0, end - DATA_WINDOW) : start;
            windowLength = readFully(data, ByteBuffer.wrap(window), windowStart);
        }
        s = new String(window, (int) (start - windowStart), length, StandardCharsets.UTF_8);
        recent.put(index, s);
        return s;
    }

    /**
     * Loads the block of offsets holding index and returns index's place in it. A block also holds the
     * next block's first offset, so a string's end offset is always right after its start.
     */
    private int offsetsAt(int index) throws IOException {
        long block = index / OFFSETS_PER_BLOCK;
        if (block != offsetBlockNo) {
            offsetBytes.clear();
            int read = readFully(offsets, offsetBytes, block * OFFSETS_PER_BLOCK * Long.BYTES);
            offsetBytes.flip();
            offsetBytes.asLongBuffer().get(offsetBlock, 0, read / Long.BYTES);
            offsetBlockNo = block;
        }
        return (int) (index - block * OFFSETS_PER_BLOCK);
    }

    /** Reads from position until buf is full or the file ends; the number of bytes read. */
    private static int readFully(FileChannel channel, ByteBuffer buf, long position) throws IOException {
        int total = 0;
        while (buf.hasRemaining()) {
            int n = channel.read(buf, position + total);
            if (n < 0) {
                break;
            }
            total += n;
        }
        return total;
    }

    @Override
    public void close() throws IOException {
        try {
            if (data != null) {
                data.close();
            }
            if (offsets != null) {
                offsets.close();
            }
        } finally {
            deleteQuietly(dataFile, offsetsFile);
        }
    }

    private static void deleteQuietly(Path... files) {
        for (Path f : files) {
            try {
                if (f != null) {
                    Files.deleteIfExists(f);
                }
            } catch (IOException ignored) {
                // A leftover temp file is not worth failing the import for; the temp dir is cleaned anyway.
            }
        }
    }
}
