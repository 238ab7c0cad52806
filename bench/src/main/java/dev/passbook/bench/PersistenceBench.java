package dev.passbook.bench;

import dev.passbook.adapters.persistence.Database;
import dev.passbook.adapters.persistence.DatabaseSettings;
import dev.passbook.core.application.Fingerprints;
import dev.passbook.core.domain.AccountCategory;
import dev.passbook.core.domain.DateRange;
import dev.passbook.core.domain.FraudSignal;
import dev.passbook.core.domain.NameMatch;
import dev.passbook.core.domain.Organisation;
import dev.passbook.core.domain.Session;
import dev.passbook.core.domain.Statement;
import dev.passbook.core.domain.Transaction;
import dev.passbook.core.domain.Verification;
import dev.passbook.testkit.GeneratedStatement;
import io.vavr.collection.HashSet;
import io.vavr.collection.List;
import io.vavr.control.Option;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.UUID;

/**
 * Saving one large statement (all rows in one database transaction, as the upload does) through the
 * real JDBC repository: warm-up saves first, then timed saves, each a new statement of the same
 * account in one session (new id, file hash and fingerprint, so none is a duplicate).
 */
final class PersistenceBench {

    /** Times in ms of the measured saves, sorted. */
    record Outcome(String database, int rows, double[] millis) {
        double median() {
            return millis[millis.length / 2];
        }

        double min() {
            return millis[0];
        }

        double max() {
            return millis[millis.length - 1];
        }
    }

    private PersistenceBench() {
    }

    static Outcome h2(int rows, int warmup, int measured) throws Exception {
        Path dir = Files.createTempDirectory("passbook-bench-h2");
        try {
            return run("H2 (embedded file)", DatabaseSettings.embedded(dir),
                    rows, warmup, measured);
        } finally {
            deleteTree(dir);
        }
    }

    /** In a fresh schema of the database at {@code url}, dropped afterwards. */
    static Outcome postgres(String url, int rows, int warmup, int measured) throws Exception {
        DatabaseSettings server = DatabaseSettings.fromUrl(url);
        String schema = "pb_bench_" + UUID.randomUUID().toString().replace("-", "");
        execute(server, "CREATE SCHEMA " + schema);
        try {
            String sep = server.jdbcUrl().contains("?") ? "&" : "?";
            DatabaseSettings settings = new DatabaseSettings(server.jdbcUrl() + sep + "currentSchema=" + schema,
                    server.user(), server.password(), server.poolSize());
            return run("PostgreSQL (127.0.0.1, TCP)", settings, rows, warmup, measured);
        } finally {
            execute(server, "DROP SCHEMA " + schema + " CASCADE");
        }
    }

    private static Outcome run(String name, DatabaseSettings settings, int rows, int warmup, int measured)
            throws SQLException {
        GeneratedStatement truth = StatementCorpus.withRows(rows, StatementCorpus.SEED);
        try (Database db = Database.open(settings)) {
            try (Connection c = db.dataSource().getConnection()) {
                name = name.replaceFirst(" ", " " + c.getMetaData().getDatabaseProductVersion() + " ");
            }
            Organisation org = new Organisation("org-bench-" + UUID.randomUUID(), "Bench Lender", Option.none(), true,
                    HashSet.of(AccountCategory.INDIVIDUAL, AccountCategory.CORPORATE));
            db.organisations().register(org, "bench-key-" + UUID.randomUUID());
            Instant now = Instant.now();
            Session session = new Session("ses-bench-" + UUID.randomUUID(), org.id(), "bench",
                    truth.declaredPeriod(), now, now.plusSeconds(86_400), List.of("Ananya Sharma"), Option.some("hdfc"));
            db.sessions().save(session);
            double[] times = new double[measured];
            for (int i = 0; i < warmup + measured; i++) {
                Statement s = statement(truth, org, session, i);
                long t0 = System.nanoTime();
                db.statements().save(s).getOrElseThrow(e -> new IllegalStateException("save refused: " + e.code()));
                double ms = (System.nanoTime() - t0) / 1e6;
                if (i >= warmup) {
                    times[i - warmup] = ms;
                }
            }
            Arrays.sort(times);
            return new Outcome(name, truth.transactions().size(), times);
        }
    }

    private static Statement statement(GeneratedStatement truth, Organisation org, Session session, int n) {
        String accountId = Fingerprints.accountId(org.id(), "hdfc", truth.identity().accountNumber());
        List<Transaction> rows = truth.transactions();
        String file = Fingerprints.sha256(("bench file " + n + " " + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8));
        // a unique fingerprint per save: the same rows stored again must not be refused as a duplicate
        String fingerprint = Fingerprints.sha256((Fingerprints.contentFingerprint(accountId, rows) + n + UUID.randomUUID())
                .getBytes(StandardCharsets.UTF_8));
        DateRange extracted = DateRange.of(rows.head().date(), rows.last().date());
        return new Statement(UUID.randomUUID().toString(), session.id(), org.id(), accountId, "hdfc", "hdfc-legacy-v1",
                rows.size() / 40 + 1, truth.identity(), truth.declaredPeriod(), extracted,
                Option.some(truth.openingBalance()), Option.some(truth.closingBalance()), rows, file, fingerprint,
                new Verification(rows.size(), 0, Option.none(), Verification.Totals.MATCHED),
                List.of(new FraudSignal("author_fraud", "metadata", 40, "bench signal")),
                List.of(new NameMatch("Ananya Sharma", truth.identity().name(), 50, false)), Instant.now());
    }

    private static void execute(DatabaseSettings server, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(server.jdbcUrl(), server.user(), server.password());
             java.sql.Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    static void deleteTree(Path dir) {
        try (var paths = Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (java.io.IOException e) {
            // a temp directory left behind is harmless
        }
    }
}
