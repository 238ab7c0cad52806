package dev.passbook.app.robustness;

import dev.passbook.adapters.persistence.Database;
import dev.passbook.adapters.persistence.DatabaseSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The real {@code passbook serve} (main class, test class path, the default embedded H2 settings)
 * as a child process, killed with SIGKILL while uploads of large statements are in flight — right
 * after it answered 200 to one of them. After a restart on the same data directory every statement
 * the service accepted is there, every stored statement has exactly the transactions that were
 * generated for it, and there are no orphan rows. The child's output is also scanned for the API
 * key and the PDF password.
 */
class CrashSafetyTest {

    static final Pattern LISTENING = Pattern.compile("listening on http://[^:]+:(\\d+)");
    static final int CLIENTS = 4;

    @TempDir
    Path dir;

    @Test
    void aServiceKilledMidUploadLosesNoAcceptedStatementAndLeavesNoPartialOne() throws Exception {
        String key = "crash-key-" + UUID.randomUUID();
        String password = "crash-pw-" + UUID.randomUUID();
        Child first = Child.start(dir, key);
        Map<String, Integer> generatedRows = new ConcurrentHashMap<>(); // account -> rows
        Map<String, String> acceptedStatements = new ConcurrentHashMap<>(); // statement id -> account
        String session;
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        try {
            ApiClient api = new ApiClient(first.base);
            session = api.createSession(key);
            String sessionId = session;
            AtomicInteger sequence = new AtomicInteger();
            CountDownLatch killNow = new CountDownLatch(3);
            AtomicInteger inFlight = new AtomicInteger();
            for (int c = 0; c < CLIENTS; c++) {
                clients.submit(() -> {
                    while (!Thread.currentThread().isInterrupted()) {
                        int n = sequence.incrementAndGet();
                        String account = String.format("5550000%07d", n);
                        int rows = 300 + (n * 397) % 1200;
                        boolean encrypted = n % 5 == 0;
                        byte[] pdf = LedgerPdf.fakebankStatement(account, rows, "crash" + n, encrypted ? password : null);
                        generatedRows.put(account, rows);
                        inFlight.incrementAndGet();
                        try {
                            ApiClient.Reply reply = api.uploadPdf(key, sessionId, pdf, encrypted ? password : null);
                            inFlight.decrementAndGet();
                            if (reply.status() == 200) {
                                acceptedStatements.put(reply.json().get("statement_id").asText(), account);
                                killNow.countDown();
                            }
                        } catch (RuntimeException connectionLost) {
                            return null;
                        }
                    }
                    return null;
                });
            }
            assertTrue(killNow.await(180, TimeUnit.SECONDS), "the service accepted fewer than 3 uploads in time");
            int unanswered = inFlight.get();
            first.kill();
            assertTrue(unanswered > 0, "the kill must land while uploads are in flight");
            System.out.println("[crash] uploads in flight at the kill: " + unanswered);
        } finally {
            clients.shutdownNow();
            first.kill();
        }
        clients.awaitTermination(30, TimeUnit.SECONDS);
        String firstOutput = first.output();

        Child second = Child.start(dir, key);
        try {
            ApiClient api = new ApiClient(second.base);
            ApiClient.Reply transactions = api.get("/bank-connect/v1/session_data/" + session + "/transactions/", key);
            assertEquals(200, transactions.status(), transactions::toString);
            Map<String, Integer> storedRowsByStatement = new HashMap<>();
            transactions.json().get("accounts").forEach(account -> account.get("transactions").forEach(t ->
                    storedRowsByStatement.merge(t.get("statement_id").asText(), 1, Integer::sum)));
            for (Map.Entry<String, String> accepted : acceptedStatements.entrySet()) {
                assertEquals(generatedRows.get(accepted.getValue()), storedRowsByStatement.get(accepted.getKey()),
                        "statement " + accepted.getKey() + " was answered 200 before the kill; after the restart it must hold all its rows");
            }
            // the restarted service works
            ApiClient.Reply after = api.uploadPdf(key, session, LedgerPdf.fakebankStatement("55599999999999", 20, "after", null));
            assertEquals(200, after.status(), after::toString);
        } finally {
            second.stop();
        }
        String output = firstOutput + second.output();
        assertFalse(output.contains(key), "the API key is in the service's output");
        assertFalse(output.contains(password), "a PDF password is in the service's output");
        assertTrue(output.contains("upload accepted"), "the child's log was captured");

        try (Database db = Database.open(DatabaseSettings.embedded(dir))) {
            try (Connection c = db.dataSource().getConnection()) {
                Map<String, Integer> byAccount = new HashMap<>();
                try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                        "SELECT s.account_number, COUNT(t.seq) FROM statements s LEFT JOIN transactions t ON t.statement_id = s.id "
                                + "GROUP BY s.id, s.account_number")) {
                    while (rs.next()) {
                        byAccount.merge(rs.getString(1), rs.getInt(2), (x, y) -> -1);
                    }
                }
                assertTrue(byAccount.size() >= acceptedStatements.size() + 1, "stored: " + byAccount.keySet());
                for (Map.Entry<String, Integer> stored : byAccount.entrySet()) {
                    Integer expected = stored.getKey().equals("55599999999999") ? Integer.valueOf(20) : generatedRows.get(stored.getKey());
                    assertEquals(expected, stored.getValue(), "statement of account " + stored.getKey() + " is partial");
                }
                assertEquals(0, count(c, "SELECT COUNT(*) FROM transactions t WHERE NOT EXISTS (SELECT 1 FROM statements s WHERE s.id = t.statement_id)"));
                assertEquals(0, count(c, "SELECT COUNT(*) FROM fraud_signals f WHERE NOT EXISTS (SELECT 1 FROM statements s WHERE s.id = f.statement_id)"));
                assertEquals(0, count(c, "SELECT COUNT(*) FROM name_matches n WHERE NOT EXISTS (SELECT 1 FROM statements s WHERE s.id = n.statement_id)"));
                assertEquals(0, count(c, "SELECT COUNT(*) FROM accounts a WHERE NOT EXISTS (SELECT 1 FROM statements s WHERE s.account_id = a.id)"));
                System.out.println("[crash] accepted before the kill " + acceptedStatements.size() + ", generated " + generatedRows.size()
                        + ", stored after restart " + byAccount.size() + " (one uploaded after the restart)");
            }
        }
    }

    static long count(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** {@code passbook serve} in a child JVM on the test class path. */
    static final class Child {
        final Process process;
        final URI base;
        private final StringBuffer output;

        private Child(Process process, URI base, StringBuffer output) {
            this.process = process;
            this.base = base;
            this.output = output;
        }

        static Child start(Path dataDir, String apiKey) throws IOException, InterruptedException {
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            ProcessBuilder builder = new ProcessBuilder(java, "-Xmx256m", "-XX:TieredStopAtLevel=1",
                    "-cp", System.getProperty("java.class.path"), "dev.passbook.app.Main",
                    "serve", "--port", "0", "--host", "127.0.0.1", "--data-dir", dataDir.toString(),
                    // the subject is the database: reading in-process spares three reader JVMs per start
                    "--reader-isolation", "none");
            builder.environment().put("PASSBOOK_API_KEY", apiKey);
            builder.environment().remove("PASSBOOK_DATABASE_URL");
            builder.redirectErrorStream(true);
            Process process = builder.start();
            StringBuffer output = new StringBuffer();
            CountDownLatch started = new CountDownLatch(1);
            int[] port = {-1};
            Thread reader = new Thread(() -> {
                try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                    for (String line; (line = in.readLine()) != null; ) {
                        output.append(line).append('\n');
                        Matcher m = LISTENING.matcher(line);
                        if (port[0] < 0 && m.find()) {
                            port[0] = Integer.parseInt(m.group(1));
                            started.countDown();
                        }
                    }
                } catch (IOException ignored) {
                    // the process was killed
                }
                started.countDown();
            }, "child-output");
            reader.setDaemon(true);
            reader.start();
            if (!started.await(120, TimeUnit.SECONDS) || port[0] < 0) {
                process.destroyForcibly();
                throw new AssertionError("the service did not start:\n" + output);
            }
            return new Child(process, URI.create("http://127.0.0.1:" + port[0]), output);
        }

        /** SIGKILL: no shutdown hook, no database close. */
        void kill() throws InterruptedException {
            process.destroyForcibly();
            process.waitFor(30, TimeUnit.SECONDS);
        }

        /** SIGTERM: the shutdown hook closes the server and the database. */
        void stop() throws InterruptedException {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                process.waitFor(30, TimeUnit.SECONDS);
            }
        }

        String output() throws InterruptedException {
            Thread.sleep(200);
            return output.toString();
        }
    }
}
