package dev.passbook.adapters.persistence;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.passbook.core.port.OrganisationDirectory;
import dev.passbook.core.port.SessionRepository;
import dev.passbook.core.port.StatementRepository;
import org.flywaydb.core.Flyway;

import javax.sql.DataSource;

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

    private Database(HikariDataSource dataSource) {
        this.dataSource = dataSource;
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
            return new Database(dataSource);
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

    /** Closes every pooled connection; an embedded H2 database is closed with its last connection. */
    @Override
    public void close() {
        dataSource.close();
    }
}
