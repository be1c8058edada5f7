package org.branchbook.common;

import io.netty.buffer.ByteBuf;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerRequest;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A request body read as a blocking stream with back-pressure: the next network buffer is asked
 * for only when the previous one has been read, so a large upload never piles up in memory
 * whatever the reader's pace. (Quarkus REST buffers an {@code InputStream} body parameter that
 * arrives faster than it is read.) For resource methods that declare no body parameter.
 */
public final class RequestBody extends InputStream {

    private static final Object END = new Object();
    private static final long READ_TIMEOUT_SECONDS = 120;
    private static final int MAX_WAITING = 16;

    private final HttpServerRequest request;
    private final BlockingQueue<Object> arrived = new LinkedBlockingQueue<>();
    private ByteBuf current;
    private boolean ended;

    private RequestBody(HttpServerRequest request) {
        this.request = request;
    }

    /** Starts reading the body of {@code request}; call from a worker thread, before anything else reads it. */
    public static InputStream of(HttpServerRequest request) {
        RequestBody body = new RequestBody(request);
        if (request.isEnded()) {
            body.ended = true;
            return body;
        }
        request.pause();
        request.handler(buffer -> {
            body.arrived.add(buffer);
            // the HTTP layer may resume the request on its own (it does when the routing handler returns):
            // pause again whenever more than a few buffers wait, so the queue stays small
            if (body.arrived.size() > MAX_WAITING) {
                request.pause();
            }
        });
        request.endHandler(v -> body.arrived.add(END));
        request.exceptionHandler(e -> body.arrived.add(e));
        request.fetch(1);
        return body;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return n < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        while (current == null || !current.isReadable()) {
            if (ended) {
                return -1;
            }
            next();
        }
        int n = Math.min(len, current.readableBytes());
        current.readBytes(b, off, n);
        return n;
    }

    private void next() throws IOException {
        Object item;
        try {
            item = arrived.poll(READ_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while reading the request body");
        }
        if (item == null) {
            throw new IOException("no data from the client for " + READ_TIMEOUT_SECONDS + " s");
        }
        if (item == END) {
            ended = true;
            current = null;
        } else if (item instanceof Throwable t) {
            throw new IOException("the upload was interrupted", t);
        } else {
            current = ((Buffer) item).getByteBuf();
            request.fetch(1);
        }
    }
}
