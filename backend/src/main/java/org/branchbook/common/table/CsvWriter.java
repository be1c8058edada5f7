package org.branchbook.common.table;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes CSV that Excel in China opens as intended: UTF-8 with a BOM (without it Excel guesses GBK and
 * garbles Chinese), CRLF line ends, RFC 4180 quoting, and formula triggers neutralized.
 */
final class CsvWriter implements TableWriter {

    private final Writer out;
    private List<String> header;
    private boolean started;
    private boolean closed;

    CsvWriter(OutputStream out) {
        this.out = new BufferedWriter(new OutputStreamWriter(new NonClosingOutputStream(out), StandardCharsets.UTF_8),
                64 * 1024);
    }

    @Override
    public void sheet(String name, List<String> header) throws IOException {
        List<String> cells = new ArrayList<>(header.size());
        for (String h : header) {
            cells.add(h == null ? "" : h);
        }
        if (this.header == null) {
            this.header = cells;
            start();
            write(cells);
        } else if (!this.header.equals(cells)) {
            throw new IllegalStateException("A CSV file holds one table; sheet '" + name + "' has a different header");
        }
    }

    @Override
    public void row(List<String> cells) throws IOException {
        if (header == null) {
            throw new IllegalStateException("row() before sheet()");
        }
        write(cells);
    }

    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        start();
        out.close();
    }

    private void start() throws IOException {
        if (!started) {
            started = true;
            out.write('\uFEFF');
        }
    }

    private void write(List<String> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            String value = Cells.neutralize(cells.get(i));
            if (value == null || value.isEmpty()) {
                continue;
            }
            if (needsQuotes(value)) {
                out.write('"');
                out.write(value.replace("\"", "\"\""));
                out.write('"');
            } else {
                out.write(value);
            }
        }
        out.write("\r\n");
    }

    private static boolean needsQuotes(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == ',' || c == '"' || c == '\r' || c == '\n') {
                return true;
            }
        }
        return false;
    }
}
