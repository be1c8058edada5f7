package org.branchbook.common;

import io.quarkus.vertx.http.HttpServerOptionsCustomizer;
import io.vertx.core.http.HttpServerOptions;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * No cleartext HTTP/2 upgrade ({@code Upgrade: h2c}): to switch protocols the server must first read
 * the whole request body into memory, so one large upload could exhaust the heap. Clients get
 * HTTP/1.1 (HTTP/2 stays available over TLS).
 */
@ApplicationScoped
public class HttpServerSettings implements HttpServerOptionsCustomizer {

    @Override
    public void customizeHttpServer(HttpServerOptions options) {
        options.setHttp2ClearTextEnabled(false);
    }
}
