package org.branchbook.common.db;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.jboss.logging.Logger;

/**
 * Owns the embedded PostgreSQL (real binaries from Maven, zonky) used when no JDBC URL is configured.
 *
 * <p>It runs before Quarkus reads its configuration, so it hands the datasource over as system
 * properties. With {@code QUARKUS_DATASOURCE_JDBC_URL} (or the system property) set it does nothing,
 * so docker-compose and other deployments use their own server.
 */
public final class EmbeddedDatabase {

    public static final String DATA_DIR_PROPERTY = "branchbook.embedded-db.data-dir";
    public static final String PORT_PROPERTY = "branchbook.embedded-db.port";
    private static final Logger LOG = Logger.getLogger(EmbeddedDatabase.class);
    private static EmbeddedPostgres running;

    private EmbeddedDatabase() {}

    /** Starts the server for the application unless a database is configured. */
    public static synchronized void startIfNoDatabaseConfigured() {
        if (running != null || databaseConfigured()) {
            return;
        }
        Path dataDir = Path.of(setting(DATA_DIR_PROPERTY, "BRANCHBOOK_DATA_DIR", ".data/postgres"))
                .toAbsolutePath().normalize();
        int port = Integer.parseInt(setting(PORT_PROPERTY, "BRANCHBOOK_EMBEDDED_DB_PORT", "0"));
        EmbeddedPostgres pg = start(dataDir, port);
        System.setProperty("quarkus.datasource.jdbc.url", pg.getJdbcUrl("postgres", "postgres"));
        System.setProperty("quarkus.datasource.username", "postgres");
        System.setProperty("quarkus.datasource.password", "postgres");
        // Demo data belongs to the out-of-the-box embedded setup only.
        if (System.getProperty("branchbook.demo-data.enabled") == null
                && System.getenv("BRANCHBOOK_DEMO_DATA_ENABLED") == null) {
            System.setProperty("branchbook.demo-data.enabled", "true");
        }
        LOG.infof("Embedded PostgreSQL on port %d, data in %s", pg.getPort(), dataDir);
    }

    /** Starts a server on the given data directory (kept between runs) and port (0 = any free one). */
    public static synchronized EmbeddedPostgres start(Path dataDir, int port) {
        try {
            Files.createDirectories(dataDir);
            stopOrphan(dataDir);
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDir)
                    .setCleanDataDirectory(false)
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setServerConfig("max_connections", "100")
                    .setServerConfig("timezone", "UTC")
                    .setLocaleConfig("encoding", "UTF8")
                    .setLocaleConfig("locale", "C");
            if (port > 0) {
                builder.setPort(port);
            }
            running = builder.start();
            return running;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + dataDir, e);
        }
    }

    /**
     * A previous run killed without its shutdown hook (SIGKILL, power loss of the JVM only) leaves its
     * postmaster running on the data directory; stop it so this run can start, instead of failing.
     */
    private static void stopOrphan(Path dataDir) throws IOException {
        Path pidFile = dataDir.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        String first = Files.readAllLines(pidFile).stream().findFirst().orElse("").trim();
        if (!first.matches("\\d+")) {
            return;
        }
        ProcessHandle.of(Long.parseLong(first))
                .filter(p -> p.info().command().map(c -> c.contains("postgres")).orElse(false))
                .ifPresent(orphan -> {
                    LOG.warnf("Stopping an orphaned embedded PostgreSQL (pid %d) left by an earlier run", orphan.pid());
                    orphan.destroy();
                    try {
                        orphan.onExit().get(30, java.util.concurrent.TimeUnit.SECONDS);
                    } catch (Exception e) {
                        orphan.destroyForcibly();
                    }
                });
    }

    private static boolean databaseConfigured() {
        return notBlank(System.getProperty("quarkus.datasource.jdbc.url"))
                || notBlank(System.getenv("QUARKUS_DATASOURCE_JDBC_URL"));
    }

    private static String setting(String property, String env, String fallback) {
        String value = System.getProperty(property);
        if (notBlank(value)) {
            return value;
        }
        value = System.getenv(env);
        return notBlank(value) ? value : fallback;
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }
}
