package org.branchbook.common;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.json.Json;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refuses a request whose declared Content-Length exceeds {@code quarkus.http.limits.max-body-size}
 * with the same problem+json as every other error, before any of the body is read. (A chunked body
 * without a length is still cut off by the HTTP layer, with a bare 413.)
 */
@ApplicationScoped
public class OversizeBodies {

    private final long maxBytes;

    public OversizeBodies(@ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize max) {
        this.maxBytes = max.asLongValue();
    }

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(ctx -> {
            String length = ctx.request().getHeader("Content-Length");
            if (length == null || !length.matches("\\d{1,18}") || Long.parseLong(length) <= maxBytes) {
                ctx.next();
                return;
            }
            String id = UUID.randomUUID().toString();
            Problem problem = new Problem(Problem.TYPE_PREFIX + "too-large", "请求体过大", 413,
                    "请求体超过了允许的大小（" + maxBytes / (1024 * 1024) + " MB）。", ctx.request().path(), id, List.of());
            ctx.response().setStatusCode(413)
                    .putHeader("Content-Type", Problem.MEDIA_TYPE)
                    .putHeader(RequestIds.HEADER, id)
                    .putHeader("Connection", "close")
                    .end(Json.encode(problem));
        });
    }
}
