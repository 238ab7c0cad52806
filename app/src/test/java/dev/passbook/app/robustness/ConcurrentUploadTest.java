package dev.passbook.app.robustness;

import dev.passbook.adapters.persistence.Database;
import dev.passbook.adapters.persistence.DatabaseSettings;
import org.h2.tools.Server;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Two service nodes (two HTTP servers, each with its own connection pool) on one database; 50
 * uploads of the same file into one session, released together, alternating between the nodes:
 * exactly one is accepted, the other 49 are STATEMENT_DUPLICATE, and exactly one statement with
 * all its transactions is stored. On PostgreSQL when {@code PASSBOOK_TEST_PG_URL} is set
 * ({@code source .ci/postgres.sh}), always on an H2 server (TCP mode) shared by both nodes.
 */
class ConcurrentUploadTest {

    static final int UPLOADS = 50;
    static final int ROWS = 40;

    @TempDir
    Path dir;

    @Test
    void fiftyConcurrentUploadsOfOneFileThroughTwoNodesOnPostgresAcceptExactlyOne() throws Exception {
        String url = System.getenv("PASSBOOK_TEST_PG_URL");
        Assumptions.assumeTrue(url != null && url.startsWith("jdbc:postgresql:"),
                "PASSBOOK_TEST_PG_URL is not set: the two-node PostgreSQL race is skipped (run `source .ci/postgres.sh` first); "
                        + "the H2 server-mode variant still runs");
        DatabaseSettings server = DatabaseSettings.fromUrl(url);
        String schema = "pb_robust_" + UUID.randomUUID().toString().replace("-", "");
        execute(server, "CREATE SCHEMA " + schema);
        try {
            String separator = server.jdbcUrl().contains("?") ? "&" : "?";
            DatabaseSettings settings = new DatabaseSettings(server.jdbcUrl() + separator + "currentSchema=" + schema,
                    server.user(), server.password(), 10);
            race(settings);
        } finally {
            execute(server, "DROP SCHEMA " + schema + " CASCADE");
        }
    }

    @Test
    void fiftyConcurrentUploadsOfOneFileThroughTwoNodesOnAnH2ServerAcceptExactlyOne() throws Exception {
        Server h2 = Server.createTcpServer("-tcpPort", "0", "-baseDir", dir.toString(), "-ifNotExists").start();
        try {
            race(new DatabaseSettings("jdbc:h2:tcp://127.0.0.1:" + h2.getPort() + "/passbook;LOCK_TIMEOUT=30000", "sa", "", 10));
        } finally {
            h2.stop();
        }
    }

    private void race(DatabaseSettings settings) throws Exception {
        Database one = Database.open(settings);
        Database two = Database.open(settings);
        TestService first = TestService.start(one, TestService.Limits.defaults(),
                new TestService.Tenant("org-a", "race-key-a-" + UUID.randomUUID()), new TestService.Tenant("org-b", "race-key-b-" + UUID.randomUUID()));
        TestService second = TestService.start(two, TestService.Limits.defaults(), first.a, first.b);
        ExecutorService pool = Executors.newFixedThreadPool(UPLOADS);
        try {
            String key = first.a.apiKey();
            String session = first.client().createSession(key);
            byte[] pdf = LedgerPdf.statement("30300400500600", ROWS, "race");
            ApiClient[] nodes = {first.client(), second.client()};
            CountDownLatch ready = new CountDownLatch(UPLOADS);
            CountDownLatch go = new CountDownLatch(1);
            List<Future<ApiClient.Reply>> futures = new ArrayList<>();
            for (int i = 0; i < UPLOADS; i++) {
                ApiClient node = nodes[i % 2];
                futures.add(pool.submit(() -> {
                    ready.countDown();
                    go.await();
                    return node.uploadPdf(key, session, pdf);
                }));
            }
            ready.await(30, TimeUnit.SECONDS);
            go.countDown();
            Map<String, Integer> outcomes = new TreeMap<>();
            List<String> accepted = new ArrayList<>();
            for (Future<ApiClient.Reply> future : futures) {
                ApiClient.Reply reply = future.get(180, TimeUnit.SECONDS);
                String outcome = reply.status() == 200 ? "200" : reply.status() + " " + reply.code();
                outcomes.merge(outcome, 1, Integer::sum);
                if (reply.status() == 200) {
                    accepted.add(reply.json().get("statement_id").asText());
                }
            }
            assertEquals(Map.of("200", 1, "400 STATEMENT_DUPLICATE", UPLOADS - 1), outcomes);
            try (Connection c = one.dataSource().getConnection()) {
                assertEquals(1, count(c, "SELECT COUNT(*) FROM statements WHERE session_id = ?", session));
                assertEquals(ROWS, count(c, "SELECT COUNT(*) FROM transactions t JOIN statements s ON s.id = t.statement_id "
                        + "WHERE s.session_id = ?", session));
                assertEquals(1, count(c, "SELECT COUNT(*) FROM statements WHERE id = ?", accepted.get(0)));
                assertEquals(1, count(c, "SELECT COUNT(*) FROM accounts WHERE organisation_id = ?", "org-a"));
            }
            // both nodes report the same single statement
            for (ApiClient node : nodes) {
                ApiClient.Reply progress = node.get("/bank-connect/v1/session_data/" + session + "/progress/", key);
                assertEquals(1, progress.json().get("progress").size(), progress::toString);
            }
        } finally {
            pool.shutdownNow();
            first.close();
            second.close();
        }
    }

    static long count(Connection c, String sql, String parameter) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, parameter);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    static void execute(DatabaseSettings server, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(server.jdbcUrl(), server.user(), server.password());
             Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
