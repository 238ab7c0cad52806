package dev.passbook.app;

import dev.passbook.adapters.persistence.DatabaseSettings;
import picocli.CommandLine.Option;

import java.nio.file.Path;

/** Where the data lives; shared by {@code serve} and {@code org create}. Flags win over environment variables. */
final class DatabaseOptions {

    @Option(names = "--data-dir", paramLabel = "DIR", defaultValue = "${env:PASSBOOK_DATA_DIR:-data}",
            description = "Data directory; the embedded H2 database lives here (env PASSBOOK_DATA_DIR, default ./data).")
    Path dataDir;

    @Option(names = "--database-url", paramLabel = "JDBC_URL", defaultValue = "${env:PASSBOOK_DATABASE_URL}",
            description = "JDBC URL, e.g. jdbc:postgresql://db:5432/passbook?user=u&password=p "
                    + "(env PASSBOOK_DATABASE_URL, default: H2 file database in the data directory).")
    String databaseUrl;

    @Option(names = "--database-user", paramLabel = "USER", defaultValue = "${env:PASSBOOK_DATABASE_USER}",
            description = "Database user, if not in the URL (env PASSBOOK_DATABASE_USER).")
    String databaseUser;

    @Option(names = "--database-pool-size", paramLabel = "N", defaultValue = "${env:PASSBOOK_DATABASE_POOL_SIZE:-10}",
            description = "Largest number of pooled connections (env PASSBOOK_DATABASE_POOL_SIZE, default 10).")
    int poolSize;

    /** The password comes only from the environment: a flag would show in the process list. */
    DatabaseSettings settings() {
        DatabaseSettings base = databaseUrl == null || databaseUrl.isBlank()
                ? DatabaseSettings.embedded(dataDir)
                : DatabaseSettings.fromUrl(databaseUrl.strip());
        String user = databaseUser == null || databaseUser.isBlank() ? base.user() : databaseUser.strip();
        String password = System.getenv().getOrDefault("PASSBOOK_DATABASE_PASSWORD", base.password());
        return new DatabaseSettings(base.jdbcUrl(), user, password, poolSize);
    }
}
