package org.branchbook;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;
import org.branchbook.common.db.EmbeddedDatabase;

/** Entry point: starts the embedded PostgreSQL when no database is configured, then Quarkus. */
@QuarkusMain
public class Main {

    public static void main(String... args) {
        EmbeddedDatabase.startIfNoDatabaseConfigured();
        Quarkus.run(args);
    }
}
