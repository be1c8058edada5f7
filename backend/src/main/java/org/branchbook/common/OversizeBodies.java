package org.branchbook.common;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.json.Json;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Body size limits, answered with the same problem+json as every other error before any of the body
 * is read: {@code branchbook.http.max-body-size} for JSON, and each {@link UploadLimit}'s own for
 * file uploads. A JSON body must declare its length (411 otherwise): an undeclared one could only be
 * measured by buffering it. Uploads may be chunked; their readers count the bytes as they stream.
 */
@ApplicationScoped
public class OversizeBodies {

    private final long maxBytes;
    private final Map<String, Long> uploads = new HashMap<>();

    public OversizeBodies(@ConfigProperty(name = "branchbook.http.max-body-size") MemorySize max,
            Instance<UploadLimit> uploadLimits) {
        this.maxBytes = max.asLongValue();
        uploadLimits.forEach(u -> uploads.put(u.path(), u.maxBytes()));
    }

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(ctx -> {
            long limit = uploads.getOrDefault(ctx.request().path(), maxBytes);
            String length = ctx.request().getHeader("Content-Length");
            String transfer = ctx.request().getHeader("Transfer-Encoding");
            if (length == null && transfer != null && transfer.toLowerCase().contains("chunked")
                    && !uploads.containsKey(ctx.request().path())) {
                refuse(ctx, 411, "length-required", "缺少 Content-Length",
                        "请求体须声明 Content-Length（仅文件导入接口接受分块传输）。");
                return;
            }
            if (length == null || !length.matches("\\d{1,18}") || Long.parseLong(length) <= limit) {
                ctx.next();
                return;
            }
            refuse(ctx, 413, "too-large", "请求体过大",
                    "请求体超过了允许的大小（" + limit / (1024 * 1024) + " MB）。");
        });
    }

    private static void refuse(RoutingContext ctx, int status, String slug, String title, String detail) {
        String id = UUID.randomUUID().toString();
        Problem problem = new Problem(Problem.TYPE_PREFIX + slug, title, status, detail, ctx.request().path(), id,
                List.of());
        ctx.response().setStatusCode(status)
                .putHeader("Content-Type", Problem.MEDIA_TYPE)
                .putHeader(RequestIds.HEADER, id)
                .putHeader("Connection", "close")
                .end(Json.encode(problem));
    }
}
