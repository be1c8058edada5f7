package org.branchbook.common;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.branchbook.common.table.TableFormat;

/** File downloads: the media type, no caching, and a name browsers show in Chinese (RFC 6266 filename*). */
public final class Downloads {

    private Downloads() {}

    /** {@code asciiBase} is the fallback name for old clients, {@code fileName} (without extension) the real one. */
    public static Response file(StreamingOutput body, TableFormat format, String asciiBase, String fileName) {
        String encoded = URLEncoder.encode(fileName + "." + format.extension(), StandardCharsets.UTF_8).replace("+", "%20");
        return Response.ok(body, format.mediaType())
                .header("Content-Disposition", "attachment; filename=\"" + asciiBase + "." + format.extension()
                        + "\"; filename*=UTF-8''" + encoded)
                .header("Cache-Control", "no-store")
                .build();
    }
}
