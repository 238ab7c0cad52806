package dev.passbook.adapters.persistence;

import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * The repository suite on PostgreSQL, when {@code PASSBOOK_TEST_PG_URL} names a database
 * ({@code .ci/postgres.sh} sets it). Each test runs in a schema of its own, dropped afterwards.
 */
@EnabledIfEnvironmentVariable(named = PostgresRepositoryTest.URL_VARIABLE, matches = "jdbc:postgresql:.+",
        disabledReason = "opt-in: PASSBOOK_TEST_PG_URL=jdbc:postgresql://... runs the repository contract on PostgreSQL")
class PostgresRepositoryTest extends RepositoryContract {

    static final String URL_VARIABLE = "PASSBOOK_TEST_PG_URL";

    private DatabaseSettings server;
    private String schema;

    @Override
    protected DatabaseSettings freshDatabase() throws SQLException {
        server = DatabaseSettings.fromUrl(System.getenv(URL_VARIABLE));
        schema = "pb_test_" + UUID.randomUUID().toString().replace("-", "");
        execute("CREATE SCHEMA " + schema);
        String separator = server.jdbcUrl().contains("?") ? "&" : "?";
        return new DatabaseSettings(server.jdbcUrl() + separator + "currentSchema=" + schema, server.user(),
                server.password(), server.poolSize());
    }

    @Override
    protected void discardDatabase() throws SQLException {
        execute("DROP SCHEMA " + schema + " CASCADE");
    }

    private void execute(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(server.jdbcUrl(), server.user(), server.password());
             Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
