package dev.passbook.adapters.persistence;

import dev.passbook.core.domain.Organisation;
import dev.passbook.core.domain.Session;
import dev.passbook.core.domain.Statement;
import dev.passbook.core.domain.Transaction;
import dev.passbook.core.error.ErrorCode;
import dev.passbook.core.error.UploadError;
import dev.passbook.core.domain.ApiKeys;
import dev.passbook.core.port.StatementRepository;
import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;

import static dev.passbook.adapters.persistence.Fixtures.aStatementIn;
import static dev.passbook.adapters.persistence.Fixtures.alternatingRows;
import static dev.passbook.adapters.persistence.Fixtures.lenderOnTrial;
import static dev.passbook.adapters.persistence.Fixtures.paidLenderAcceptingNoCategory;
import static dev.passbook.adapters.persistence.Fixtures.rowsWithOverflowingAmountAt;
import static dev.passbook.adapters.persistence.Fixtures.rupees;
import static dev.passbook.adapters.persistence.Fixtures.sessionOf;
import static dev.passbook.adapters.persistence.Fixtures.sessionWithoutNamesOrBank;
import static dev.passbook.adapters.persistence.Fixtures.sha256Of;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The one repository suite. Each subclass says which database it runs on; every test gets a
 * database of its own (a fresh H2 file, or a fresh PostgreSQL schema).
 */
abstract class RepositoryContract {

    static final int THREADS = 16;

    /** Settings of an empty database used by one test only; called before each test. */
    protected abstract DatabaseSettings freshDatabase() throws Exception;

    /** Throws the database of the test away, if it outlives the pool. */
    protected void discardDatabase() throws Exception {
    }

    protected DatabaseSettings settings;
    protected Database db;
    protected Organisation lender;
    protected Session session;

    @BeforeEach
    void openFreshDatabaseWithOneLenderAndSession() throws Exception {
        settings = freshDatabase().withPoolSize(THREADS + 4);
        db = Database.open(settings);
        lender = lenderOnTrial();
        db.organisations().register(lender, ApiKeys.generate());
        session = sessionOf(lender);
        db.sessions().save(session);
    }

    @AfterEach
    void closeAndDiscard() throws Exception {
        db.close();
        discardDatabase();
    }

    // ---- statements: round trip ----

    @Test
    void savedStatementReadsBackWithEveryField() {
        Statement statement = aStatementIn(session)
                .heldBy("Ånanya Śarmā 😀 अनन्या")
                .withTransactions(List.of(
                        Fixtures.credit(LocalDate.of(2023, 12, 1), "0.01", "-99999.99"),
                        Fixtures.debit(LocalDate.of(2023, 12, 2), "1234567890123456.78", "-1234567890223456.77"),
                        new Transaction(LocalDate.of(2023, 12, 3), Option.some(LocalDate.of(2023, 12, 4)),
                                "NEFT/" + "ÜPI गोकुल 🚀 ".repeat(400), Option.some("CHQ 000123"),
                                dev.passbook.core.domain.TransactionType.CREDIT, rupees("0.00"), Option.some(rupees("0.00")))))
                .withBalances(Option.some(rupees("-100000.00")), Option.some(rupees("0.00")))
                .build();

        assertEquals(Either.right(statement), db.statements().save(statement));

        assertEquals(List.of(statement), db.statements().findBySession(session.id()));
    }

    @Test
    void absentOptionalFieldsReadBackAsNone() {
        Statement statement = aStatementIn(session).withoutAnythingOptional().build();

        db.statements().save(statement);

        Statement stored = db.statements().findBySession(session.id()).single();
        assertEquals(statement, stored);
        assertTrue(stored.identity().ifsc().isEmpty());
        assertTrue(stored.openingBalance().isEmpty());
        assertTrue(stored.transactions().head().balance().isEmpty());
        assertTrue(stored.transactions().head().valueDate().isEmpty());
    }

    @Test
    void everyMoneyValueReadsBackWithScaleTwo() {
        Statement statement = aStatementIn(session).withTransactions(List.of(
                Fixtures.credit(LocalDate.of(2024, 1, 1), "100", "100.5"),
                Fixtures.debit(LocalDate.of(2024, 1, 2), "0.1", "100.4")))
                .withBalances(Option.some(rupees("0")), Option.some(rupees("100.4"))).build();

        db.statements().save(statement);

        Statement stored = db.statements().findBySession(session.id()).single();
        List<BigDecimal> money = stored.transactions().flatMap(t -> List.of(t.amount()).appendAll(t.balance()))
                .appendAll(stored.openingBalance()).appendAll(stored.closingBalance())
                .append(stored.identity().creditLimit()).append(stored.identity().odLimit());
        assertEquals(8, money.size());
        assertTrue(money.forAll(m -> m.scale() == 2), () -> "scales: " + money.map(BigDecimal::scale));
        assertEquals(List.of(rupees("100.00"), rupees("100.50"), rupees("0.10"), rupees("100.40")),
                stored.transactions().flatMap(t -> List.of(t.amount()).appendAll(t.balance())));
    }

    @Test
    void moneyWithDigitsBeyondThePaisaIsRefusedNotRounded() {
        Statement statement = aStatementIn(session).withTransactions(List.of(
                Fixtures.credit(LocalDate.of(2024, 1, 1), "10.005", "10.01"))).build();

        assertThrows(ArithmeticException.class, () -> db.statements().save(statement));

        assertTrue(db.statements().findBySession(session.id()).isEmpty());
        assertEquals(0, rowsIn("statements"));
    }

    @Test
    void thousandsOfTransactionsKeepTheirOrderAcrossBatches() {
        List<Transaction> rows = alternatingRows(2 * JdbcStatementRepository.BATCH_SIZE + 345);
        Statement statement = aStatementIn(session).withTransactions(rows).build();

        db.statements().save(statement);

        assertEquals(rows, db.statements().findBySession(session.id()).single().transactions());
        assertEquals(rows.size(), rowsIn("transactions"));
    }

    @Test
    void statementWithoutTransactionsIsStored() {
        Statement statement = aStatementIn(session).withTransactions(List.empty()).build();

        db.statements().save(statement);

        assertEquals(List.of(statement), db.statements().findBySession(session.id()));
    }

    @Test
    void sessionStatementsComeBackOldestFirstWithOnlyTheirOwnRows() {
        Session otherSession = sessionOf(lender);
        db.sessions().save(otherSession);
        Statement middle = aStatementIn(session).createdAt(Fixtures.MONDAY_MORNING.plusSeconds(20))
                .withTransactions(alternatingRows(3)).build();
        Statement oldest = aStatementIn(session).createdAt(Fixtures.MONDAY_MORNING.plusSeconds(10))
                .ofAccount("111122223333").withTransactions(alternatingRows(5)).build();
        Statement newest = aStatementIn(session).createdAt(Fixtures.MONDAY_MORNING.plusSeconds(30))
                .withTransactions(alternatingRows(2)).build();
        Statement sameTimeAsNewestButSavedLater = aStatementIn(session).createdAt(Fixtures.MONDAY_MORNING.plusSeconds(30))
                .withTransactions(alternatingRows(1)).build();
        Statement elsewhere = aStatementIn(otherSession).withTransactions(alternatingRows(4)).build();

        for (Statement s : List.of(middle, elsewhere, newest, oldest, sameTimeAsNewestButSavedLater)) {
            assertTrue(db.statements().save(s).isRight());
        }

        assertEquals(List.of(oldest, middle, newest, sameTimeAsNewestButSavedLater),
                db.statements().findBySession(session.id()));
        assertEquals(List.of(elsewhere), db.statements().findBySession(otherSession.id()));
        assertEquals(List.empty(), db.statements().findBySession("no-such-session"));
    }

    @Test
    void statementsOfOneAccountShareOneAccountRow() {
        db.statements().save(aStatementIn(session).build());
        db.statements().save(aStatementIn(session).build());
        db.statements().save(aStatementIn(session).ofAccount("999988887777").build());

        assertEquals(2, rowsIn("accounts"));
    }

    @Test
    void statementOfAnUnknownSessionIsABugNotADuplicate() {
        Session neverSaved = sessionOf(lender);

        PersistenceException failure = assertThrows(PersistenceException.class,
                () -> db.statements().save(aStatementIn(neverSaved).build()));

        assertTrue(failure.getCause() instanceof SQLException);
        assertEquals(0, rowsIn("statements") + rowsIn("accounts"));
    }

    // ---- duplicates ----

    @Test
    void sameFileTwiceInOneSessionIsADuplicate() {
        String file = sha256Of("statement.pdf bytes");
        Statement first = aStatementIn(session).withFile(file).build();
        Statement again = aStatementIn(session).withFile(file).build();

        assertTrue(db.statements().save(first).isRight());

        assertEquals(ErrorCode.STATEMENT_DUPLICATE, db.statements().save(again).getLeft().errorCode());
        assertEquals(List.of(first), db.statements().findBySession(session.id()));
        assertEquals(first.transactions().size(), rowsIn("transactions"));
        assertTrue(db.statements().existsWithFile(session.id(), file));
        assertFalse(db.statements().existsWithFile(session.id(), sha256Of("other bytes")));
    }

    @Test
    void sameContentFromDifferentFileBytesIsADuplicate() {
        String content = sha256Of("account 5010 / Dec..Mar / 3 rows");
        Statement original = aStatementIn(session).withFile(sha256Of("original.pdf")).withFingerprint(content).build();
        Statement reSaved = aStatementIn(session).withFile(sha256Of("re-saved.pdf")).withFingerprint(content).build();

        db.statements().save(original);

        Either<UploadError, Statement> result = db.statements().save(reSaved);
        assertEquals(ErrorCode.STATEMENT_DUPLICATE, result.getLeft().errorCode());
        assertEquals(1, rowsIn("statements"));
        assertTrue(db.statements().existsWithFingerprint(session.id(), content));
        assertFalse(db.statements().existsWithFingerprint(session.id(), sha256Of("other content")));
    }

    @Test
    void sameFileInAnotherSessionIsNotADuplicate() {
        Session another = sessionOf(lender);
        db.sessions().save(another);
        String file = sha256Of("statement.pdf bytes");
        String content = sha256Of("same content");

        assertTrue(db.statements().save(aStatementIn(session).withFile(file).withFingerprint(content).build()).isRight());
        assertTrue(db.statements().save(aStatementIn(another).withFile(file).withFingerprint(content).build()).isRight());
        assertFalse(db.statements().existsWithFile("no-such-session", file));
    }

    @Test
    void concurrentUploadsOfOneFileStoreExactlyOne() throws Exception {
        String file = sha256Of("one file, many clicks");
        String content = sha256Of("its content");
        List<Transaction> rows = alternatingRows(1500);
        List<Statement> uploads = List.range(0, THREADS)
                .map(i -> aStatementIn(session).withFile(file).withFingerprint(content).withTransactions(rows).build());

        List<Either<UploadError, Statement>> results = saveAllAtOnce(uploads);

        assertEquals(1, results.count(Either::isRight), () -> "results: " + results);
        assertEquals(THREADS - 1, results.count(r -> r.isLeft()
                && r.getLeft().errorCode() == ErrorCode.STATEMENT_DUPLICATE), () -> "results: " + results);
        Statement winner = results.find(Either::isRight).get().get();
        assertEquals(List.of(winner), db.statements().findBySession(session.id()));
        assertEquals(rows.size(), rowsIn("transactions"));
        assertEquals(winner.fraudSignals().size(), rowsIn("fraud_signals"));
        assertEquals(1, rowsIn("accounts"));
    }

    @Test
    void concurrentSavesOfTheVerySameStatementStoreItOnce() throws Exception {
        Statement statement = aStatementIn(session).withTransactions(alternatingRows(1200)).build();

        List<Either<UploadError, Statement>> results = saveAllAtOnce(List.fill(THREADS, statement));

        assertEquals(List.of(Either.right(statement)), results.filter(Either::isRight), () -> "results: " + results);
        assertTrue(results.filter(Either::isLeft).forAll(r -> r.getLeft().errorCode() == ErrorCode.STATEMENT_DUPLICATE),
                () -> "results: " + results);
        assertEquals(List.of(statement), db.statements().findBySession(session.id()));
        assertEquals(statement.transactions().size(), rowsIn("transactions"));
    }

    @Test
    void twoServiceInstancesOnOneDatabaseStoreOneOfTheRacingUploads() throws Exception {
        String file = sha256Of("uploaded to two nodes behind a load balancer");
        List<Statement> uploads = List.range(0, THREADS)
                .map(i -> aStatementIn(session).withFile(file).withTransactions(alternatingRows(800)).build());

        List<Either<UploadError, Statement>> results;
        try (Database secondInstance = Database.open(settings)) {
            List<StatementRepository> nodes = List.of(db.statements(), secondInstance.statements());
            results = saveAllAtOnce(uploads, i -> nodes.get(i % 2));
        }

        assertEquals(1, results.count(Either::isRight), () -> "results: " + results);
        assertEquals(THREADS - 1, results.count(r -> r.isLeft()
                && r.getLeft().errorCode() == ErrorCode.STATEMENT_DUPLICATE), () -> "results: " + results);
        assertEquals(800, rowsIn("transactions"));
    }

    @Test
    void concurrentUploadsOfDifferentStatementsOfOneNewAccountAreAllStored() throws Exception {
        List<Statement> uploads = List.range(0, THREADS).map(i -> aStatementIn(session)
                .createdAt(Fixtures.MONDAY_MORNING.plusSeconds(i)).withTransactions(alternatingRows(20 + i)).build());

        List<Either<UploadError, Statement>> results = saveAllAtOnce(uploads);

        assertTrue(results.forAll(Either::isRight), () -> "results: " + results);
        assertEquals(uploads, db.statements().findBySession(session.id()));
        assertEquals(1, rowsIn("accounts"));
    }

    // ---- failures leave nothing behind ----

    @Test
    void databaseErrorInTheMiddleOfTheRowsLeavesNothingBehind() {
        Statement broken = aStatementIn(session)
                .withTransactions(rowsWithOverflowingAmountAt(4000, 3210)).build();

        PersistenceException failure = assertThrows(PersistenceException.class, () -> db.statements().save(broken));

        assertTrue(failure.getCause() instanceof SQLException);
        assertNothingStored();
        assertFalse(db.statements().existsWithFile(session.id(), broken.fileSha256()));
    }

    @Test
    void outageAfterSomeBatchesLeavesNothingBehindAndThePoolStaysUsable() {
        Statement statement = aStatementIn(session).withTransactions(alternatingRows(3500)).build();
        BatchFailingDataSource failsOnThirdBatch = new BatchFailingDataSource(db.dataSource(), 3);

        PersistenceException failure = assertThrows(PersistenceException.class,
                () -> new JdbcStatementRepository(failsOnThirdBatch).save(statement));

        assertEquals("08006", failure.sqlException().getSQLState());
        assertEquals(2, failsOnThirdBatch.executedBatches());
        assertNothingStored();
        // the unique keys were released with the rollback: the same upload can be stored afterwards
        assertTrue(db.statements().save(statement).isRight());
        assertEquals(statement.transactions().size(), rowsIn("transactions"));
    }

    private void assertNothingStored() {
        assertEquals(List.empty(), db.statements().findBySession(session.id()));
        assertEquals(0, rowsIn("statements"), "statements");
        assertEquals(0, rowsIn("transactions"), "orphan transactions");
        assertEquals(0, rowsIn("fraud_signals"), "orphan fraud signals");
        assertEquals(0, rowsIn("name_matches"), "orphan name matches");
        assertEquals(0, rowsIn("accounts"), "accounts of a statement never stored");
    }

    // ---- reopening ----

    @Test
    void closingAndReopeningKeepsEverything() {
        String apiKey = ApiKeys.generate();
        Organisation reopened = paidLenderAcceptingNoCategory();
        db.organisations().register(reopened, apiKey);
        Session itsSession = sessionWithoutNamesOrBank(reopened);
        db.sessions().save(itsSession);
        Statement statement = aStatementIn(itsSession).withTransactions(alternatingRows(1200)).build();
        db.statements().save(statement);
        db.close();

        db = Database.open(settings);

        assertEquals(Option.some(reopened), db.organisations().findByApiKey(apiKey));
        assertEquals(Option.some(itsSession), db.sessions().findById(itsSession.id()));
        assertEquals(List.of(statement), db.statements().findBySession(itsSession.id()));
        assertEquals(ErrorCode.STATEMENT_DUPLICATE, db.statements().save(statement).getLeft().errorCode());
    }

    // ---- sessions ----

    @Test
    void sessionReadsBackWithNamesInOrder() {
        assertEquals(Option.some(session), db.sessions().findById(session.id()));
    }

    @Test
    void sessionWithoutNamesOrBankReadsBack() {
        Session bare = sessionWithoutNamesOrBank(lender);

        db.sessions().save(bare);

        assertEquals(Option.some(bare), db.sessions().findById(bare.id()));
    }

    @Test
    void racingFirstSavesOfOneSessionAllSucceed() throws Exception {
        Session fresh = sessionOf(lender);

        Callable<Boolean> save = () -> {
            db.sessions().save(fresh);
            return true;
        };

        List<Boolean> saved = allAtOnce(List.fill(8, save));

        assertEquals(List.fill(8, true), saved);
        assertEquals(Option.some(fresh), db.sessions().findById(fresh.id()));
    }

    @Test
    void unknownSessionIsNone() {
        assertEquals(Option.none(), db.sessions().findById("no-such-session"));
    }

    @Test
    void savingASessionAgainReplacesIt() {
        Session changed = new Session(session.id(), session.organisationId(), "link-43", session.period(),
                session.createdAt(), session.expiresAt().plusSeconds(60), List.of("Only One Name"), Option.none());

        db.sessions().save(changed);

        assertEquals(Option.some(changed), db.sessions().findById(session.id()));
    }

    // ---- organisations and API keys ----

    @Test
    void apiKeyFindsItsOrganisation() {
        String apiKey = ApiKeys.generate();
        Organisation organisation = paidLenderAcceptingNoCategory();

        db.organisations().register(organisation, apiKey);

        assertEquals(Option.some(organisation), db.organisations().findByApiKey(apiKey));
    }

    @Test
    void unknownEmptyOrMissingApiKeyFindsNothing() {
        assertEquals(Option.none(), db.organisations().findByApiKey(ApiKeys.generate()));
        assertEquals(Option.none(), db.organisations().findByApiKey(""));
        assertEquals(Option.none(), db.organisations().findByApiKey(null));
    }

    @Test
    void registeringAgainUpdatesTheOrganisationAndKeepsEveryKey() {
        String firstKey = ApiKeys.generate();
        String secondKey = ApiKeys.generate();
        Organisation organisation = paidLenderAcceptingNoCategory();
        db.organisations().register(organisation, firstKey);
        Organisation upgraded = new Organisation(organisation.id(), "Renamed Lender", Option.some(LocalDate.of(2030, 1, 1)),
                true, io.vavr.collection.HashSet.of(dev.passbook.core.domain.AccountCategory.CORPORATE));

        db.organisations().register(upgraded, secondKey);
        db.organisations().register(upgraded, secondKey);

        assertEquals(Option.some(upgraded), db.organisations().findByApiKey(firstKey));
        assertEquals(Option.some(upgraded), db.organisations().findByApiKey(secondKey));
    }

    @Test
    void racingRegistrationsOfOneNewOrganisationKeepEveryKey() throws Exception {
        Organisation organisation = paidLenderAcceptingNoCategory();
        List<String> keys = List.fill(8, ApiKeys::generate);

        allAtOnce(keys.map(key -> (Callable<String>) () -> {
            db.organisations().register(organisation, key);
            return key;
        }));

        assertTrue(keys.forAll(key -> db.organisations().findByApiKey(key).contains(organisation)));
    }

    @Test
    void aKeyCannotBeGrantedToTwoOrganisations() {
        String apiKey = ApiKeys.generate();
        Organisation first = paidLenderAcceptingNoCategory();
        Organisation second = paidLenderAcceptingNoCategory();
        db.organisations().register(first, apiKey);

        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> db.organisations().register(second, apiKey));

        assertFalse(refused.getMessage().contains(apiKey));
        assertEquals(Option.some(first), db.organisations().findByApiKey(apiKey));
    }

    @Test
    void theRawApiKeyIsStoredNowhereOnlyItsHash() throws SQLException {
        String apiKey = ApiKeys.generate();
        db.organisations().register(paidLenderAcceptingNoCategory(), apiKey);

        java.util.List<String> texts = everyTextValueInTheDatabase();

        assertTrue(texts.contains(ApiKeys.hash(apiKey)), "the scan must see the api_keys table");
        assertTrue(texts.stream().noneMatch(v -> v.contains(apiKey)), "raw API key found in the database");
        assertTrue(texts.stream().noneMatch(v -> v.contains(apiKey.substring(4))), "raw API key found in the database");
    }

    // ---- helpers ----

    private List<Either<UploadError, Statement>> saveAllAtOnce(List<Statement> uploads) throws Exception {
        return saveAllAtOnce(uploads, i -> db.statements());
    }

    /** Starts every save at the same moment, upload {@code i} through {@code repositoryFor(i)}. */
    private List<Either<UploadError, Statement>> saveAllAtOnce(
            List<Statement> uploads, IntFunction<StatementRepository> repositoryFor) throws Exception {
        return allAtOnce(List.range(0, uploads.size()).map(i -> () -> repositoryFor.apply(i).save(uploads.get(i))));
    }

    /** Runs every task on its own thread, all released at the same moment; results in task order. */
    private static <T> List<T> allAtOnce(List<Callable<T>> tasks) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(tasks.size());
        try {
            CountDownLatch ready = new CountDownLatch(tasks.size());
            CountDownLatch go = new CountDownLatch(1);
            java.util.List<Future<T>> futures = new ArrayList<>();
            for (Callable<T> task : tasks) {
                futures.add(pool.submit(() -> {
                    ready.countDown();
                    go.await();
                    return task.call();
                }));
            }
            ready.await();
            go.countDown();
            java.util.List<T> results = new ArrayList<>();
            for (Future<T> f : futures) {
                results.add(f.get(2, TimeUnit.MINUTES));
            }
            return List.ofAll(results);
        } finally {
            pool.shutdownNow();
        }
    }

    protected long rowsIn(String table) {
        try (Connection c = db.dataSource().getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM " + table);
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every value of every character column of every table in the test's schema. */
    private java.util.List<String> everyTextValueInTheDatabase() throws SQLException {
        java.util.List<String> values = new ArrayList<>();
        try (Connection c = db.dataSource().getConnection()) {
            DatabaseMetaData meta = c.getMetaData();
            String schema = c.getSchema();
            java.util.Map<String, java.util.List<String>> textColumns = new java.util.TreeMap<>();
            try (ResultSet columns = meta.getColumns(null, schema, "%", "%")) {
                while (columns.next()) {
                    int type = columns.getInt("DATA_TYPE");
                    if (type == Types.VARCHAR || type == Types.CHAR || type == Types.LONGVARCHAR || type == Types.CLOB
                            || type == Types.NVARCHAR || type == Types.NCHAR) {
                        textColumns.computeIfAbsent(columns.getString("TABLE_NAME"), t -> new ArrayList<>())
                                .add(columns.getString("COLUMN_NAME"));
                    }
                }
            }
            assertTrue(textColumns.keySet().stream().anyMatch(t -> t.equalsIgnoreCase("api_keys")), () -> "tables: " + textColumns);
            for (var table : textColumns.entrySet()) {
                for (String column : table.getValue()) {
                    String q = meta.getIdentifierQuoteString();
                    try (PreparedStatement ps = c.prepareStatement(
                            "SELECT " + q + column + q + " FROM " + q + schema + q + "." + q + table.getKey() + q);
                         ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            Option.of(rs.getString(1)).forEach(values::add);
                        }
                    }
                }
            }
        }
        return values;
    }
}
