package org.branchbook.common;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.branchbook.common.db.EmbeddedDatabase;

/**
 * A real PostgreSQL for the test run, on a fresh temporary data directory, unless the environment
 * already points the tests at a server (QUARKUS_DATASOURCE_JDBC_URL).
 */
public class EmbeddedPostgresResource implements QuarkusTestResourceLifecycleManager {

    private EmbeddedPostgres postgres;

    @Override
    public Map<String, String> start() {
        if (System.getenv("QUARKUS_DATASOURCE_JDBC_URL") != null) {
            return Map.of();
        }
        try {
            Path dir = Files.createTempDirectory("branchbook-test-pg");
            postgres = EmbeddedDatabase.start(dir, 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return Map.of(
                "quarkus.datasource.jdbc.url", postgres.getJdbcUrl("postgres", "postgres"),
                "quarkus.datasource.username", "postgres",
                "quarkus.datasource.password", "postgres");
    }

    @Override
    public void stop() {
        if (postgres != null) {
            try {
                postgres.close();
            } catch (IOException e) {
                // the JVM is ending; the data directory is temporary
            }
        }
    }
}
