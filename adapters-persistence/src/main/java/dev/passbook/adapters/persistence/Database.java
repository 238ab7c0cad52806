package dev.passbook.adapters.persistence;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.passbook.core.port.OrganisationDirectory;
import dev.passbook.core.port.SessionRepository;
import dev.passbook.core.port.StatementRepository;
import org.flywaydb.core.Flyway;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The persistence adapter's entry point: a connection pool, the schema brought up to date by
 * Flyway, and the three repositories over it.
 *
 * <pre>{@code
 * try (Database db = Database.open(DatabaseSettings.defaults())) {
 *     db.statements().save(statement);
 * }
 * }</pre>
 */
public final class Database implements AutoCloseable {

    private final HikariDataSource dataSource;
    private final JdbcSessionRepository sessions;
    private final JdbcStatementRepository statements;
    private final JdbcOrganisationDirectory organisations;

    private static final String APPLIED = "SELECT \"version\", \"success\" FROM \"flyway_schema_history\""
            + " WHERE \"version\" IS NOT NULL";

    private final Set<String> migrations;
    private final Object probeLock = new Object();
    private ExecutorService prober;
    private Future<DatabaseHealth> probe;

    private Database(HikariDataSource dataSource, Set<String> migrations) {
        this.dataSource = dataSource;
        this.migrations = migrations;
        this.sessions = new JdbcSessionRepository(dataSource);
        this.statements = new JdbcStatementRepository(dataSource);
        this.organisations = new JdbcOrganisationDirectory(dataSource);
    }

    /** Opens the pool and applies pending migrations; fails fast if the database is unreachable. */
    public static Database open(DatabaseSettings settings) {
        HikariDataSource dataSource = new HikariDataSource(poolConfig(settings));
        try {
            Flyway.configure()
                    .dataSource(dataSource)
                    .locations("classpath:db/migration")
                    .failOnMissingLocations(true)
                    .load()
                    .migrate();
            return new Database(dataSource, applied(dataSource).orElseThrow(
                    () -> new IllegalStateException("the schema history records a failed migration")));
        } catch (SQLException e) {
            dataSource.close();
            throw new PersistenceException("could not read the schema history", e);
        } catch (RuntimeException e) {
            dataSource.close();
            throw e;
        }
    }

    private static HikariConfig poolConfig(DatabaseSettings settings) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("passbook");
        config.setJdbcUrl(settings.jdbcUrl());
        if (!settings.user().isEmpty()) {
            config.setUsername(settings.user());
        }
        if (!settings.password().isEmpty()) {
            config.setPassword(settings.password());
        }
        config.setMaximumPoolSize(settings.poolSize());
        // grow on demand: many idle service nodes should not hold max_connections of a shared server
        config.setMinimumIdle(Math.min(2, settings.poolSize()));
        if (settings.isPostgres()) {
            // the driver sends a batch as multi-row INSERTs: one round trip per chunk instead of per row
            config.addDataSourceProperty("reWriteBatchedInserts", "true");
        }
        return config;
    }

    public SessionRepository sessions() {
        return sessions;
    }

    public StatementRepository statements() {
        return statements;
    }

    public OrganisationDirectory organisations() {
        return organisations;
    }

    /** The pooled connections, for adapters and tests that need plain JDBC on the same database. */
    public DataSource dataSource() {
        return dataSource;
    }

    /**
     * Whether the database answers and still has every migration this version applied at start,
     * within {@code timeout} (the pool would otherwise wait 30 s for a connection). At most one probe
     * runs at a time: callers arriving while one is running wait for the same answer, so a stalled
     * database ties up one thread, not one per probe.
     */
    public DatabaseHealth health(Duration timeout) {
        Future<DatabaseHealth> running;
        synchronized (probeLock) {
            if (probe == null || probe.isDone()) {
                if (prober == null) {
                    prober = Executors.newSingleThreadExecutor(r -> {
                        Thread t = new Thread(r, "passbook-db-probe");
                        t.setDaemon(true);
                        return t;
                    });
                }
                probe = prober.submit(this::probeNow);
            }
            running = probe;
        }
        try {
            return running.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException | ExecutionException e) {
            return DatabaseHealth.UNREACHABLE;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return DatabaseHealth.UNREACHABLE;
        }
    }

    private DatabaseHealth probeNow() {
        try {
            return applied(dataSource).filter(versions -> versions.containsAll(migrations))
                    .map(ok -> DatabaseHealth.UP).orElse(DatabaseHealth.MIGRATIONS_PENDING);
        } catch (SQLException e) {
            // the history table gone counts as unreachable too: nothing this version needs can be trusted
            return DatabaseHealth.UNREACHABLE;
        }
    }

    /** Versions recorded as applied, or empty when the history records a failed migration. */
    private static Optional<Set<String>> applied(DataSource dataSource) throws SQLException {
        Set<String> versions = new HashSet<>();
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery(APPLIED)) {
            while (rs.next()) {
                if (!rs.getBoolean(2)) {
                    return Optional.empty();
                }
                versions.add(rs.getString(1));
            }
        }
        return Optional.of(Set.copyOf(versions));
    }

    /** Closes every pooled connection; an embedded H2 database is closed with its last connection. */
    @Override
    public void close() {
        synchronized (probeLock) {
            if (prober != null) {
                prober.shutdownNow();
            }
        }
        dataSource.close();
    }
}
