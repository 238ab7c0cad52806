package dev.passbook.app;

import dev.passbook.app.testing.Http;
import org.h2.tools.Server;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code /health} and {@code /ready} of {@code passbook serve} on a database server of its own (H2
 * over TCP, so that the test can stop the database under the running service).
 */
class ReadinessTest {

    @TempDir
    Path dir;
    private Server database;
    private TestServe service;

    @AfterEach
    void stop() {
        if (service != null) {
            service.close();
        }
        if (database != null) {
            database.stop();
        }
    }

    private Http start() throws Exception {
        database = Server.createTcpServer("-tcpPort", "0", "-ifNotExists", "-baseDir", dir.resolve("db").toString()).start();
        service = TestServe.start("--port", "0", "--host", "127.0.0.1", "--data-dir", dir.resolve("data").toString(),
                "--reader-isolation", "none", "--database-url",
                "jdbc:h2:tcp://127.0.0.1:" + database.getPort() + "/passbook", "--database-user", "sa");
        return new Http(service.base().getPort(), null);
    }

    @Test
    void readyFailsFastWhenTheDatabaseStopsWhileHealthStaysUp() throws Exception {
        Http http = start();
        assertEquals(200, http.get("/health").status());
        Http.Reply ready = http.get("/ready");
        assertEquals(200, ready.status(), ready.body());
        assertEquals("{\"status\":\"ready\",\"checks\":{\"database\":\"ok\",\"migrations\":\"ok\"}}", ready.body());
        database.stop();

        long started = System.nanoTime();
        Http.Reply down = http.get("/ready");
        long millis = (System.nanoTime() - started) / 1_000_000;
        assertEquals(503, down.status(), down.body());
        assertEquals("unreachable", down.json().get("checks").get("database").asText());
        assertTrue(millis < 5_000, "answered in " + millis + " ms, not after the pool's 30 s");
        assertEquals(200, http.get("/health").status(), "liveness does not depend on the database");
    }

    @Test
    void readyFailsWhenAMigrationIsMissingFromTheSchemaHistory() throws Exception {
        Http http = start();
        assertEquals(200, http.get("/ready").status());
        try (Connection c = service.database().dataSource().getConnection(); Statement st = c.createStatement()) {
            st.executeUpdate("DELETE FROM \"flyway_schema_history\" WHERE \"version\" = '2'");
        }
        Http.Reply pending = http.get("/ready");
        assertEquals(503, pending.status(), pending.body());
        assertEquals("ok", pending.json().get("checks").get("database").asText());
        assertEquals("pending", pending.json().get("checks").get("migrations").asText());
    }
}
