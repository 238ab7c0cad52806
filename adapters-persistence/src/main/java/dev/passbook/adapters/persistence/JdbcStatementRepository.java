package dev.passbook.adapters.persistence;

import dev.passbook.core.domain.AccountCategory;
import dev.passbook.core.domain.DateRange;
import dev.passbook.core.domain.FraudSignal;
import dev.passbook.core.domain.Identity;
import dev.passbook.core.domain.NameMatch;
import dev.passbook.core.domain.Statement;
import dev.passbook.core.domain.Transaction;
import dev.passbook.core.domain.TransactionType;
import dev.passbook.core.domain.Verification;
import dev.passbook.core.error.ErrorCode;
import dev.passbook.core.error.UploadError;
import dev.passbook.core.port.StatementRepository;
import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;

import javax.sql.DataSource;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Statements over JDBC. {@link #save} writes the account (if new), the statement, all its
 * transactions (batched), fraud signals and name matches in one database transaction. Duplicates
 * are decided by the unique constraints on (session, file SHA-256) and (session, content
 * fingerprint): whichever concurrent save commits first wins, the others get
 * {@code STATEMENT_DUPLICATE} and leave nothing behind.
 */
public final class JdbcStatementRepository implements StatementRepository {

    /** Rows per {@code executeBatch}: large enough to amortise round trips, small enough to bound driver memory. */
    static final int BATCH_SIZE = 1000;

    private static final String ACCOUNT_EXISTS = "SELECT 1 FROM accounts WHERE id = ?";
    private static final String INSERT_ACCOUNT =
            "INSERT INTO accounts (id, organisation_id, bank_id, account_number) VALUES (?, ?, ?, ?)";
    private static final String STATEMENT_COLUMNS = """
            id, session_id, organisation_id, account_id, bank_id, layout_id, page_count,
            account_number, holder_name, address, ifsc, micr, account_category, credit_limit, od_limit,
            customer_id, branch, account_opening_date, currency,
            period_from, period_to, extracted_from, extracted_to, opening_balance, closing_balance,
            file_sha256, content_fingerprint, created_at,
            balances_checked, balance_breaks, first_break_row, first_break_page, totals_check""";
    private static final String INSERT_STATEMENT = "INSERT INTO statements (" + STATEMENT_COLUMNS + ") VALUES ("
            + "?, ".repeat(32) + "?)";
    private static final String INSERT_TRANSACTION = """
            INSERT INTO transactions (statement_id, seq, txn_date, value_date, note, reference, txn_type, amount, balance)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""";
    private static final String INSERT_SIGNAL = """
            INSERT INTO fraud_signals (statement_id, seq, fraud_type, category, severity, evidence)
            VALUES (?, ?, ?, ?, ?, ?)""";
    private static final String INSERT_NAME_MATCH = """
            INSERT INTO name_matches (statement_id, seq, name, matched_name, score, matched)
            VALUES (?, ?, ?, ?, ?, ?)""";

    private static final String FIND_STATEMENTS = "SELECT " + STATEMENT_COLUMNS
            + " FROM statements WHERE session_id = ? ORDER BY created_at, row_no";
    private static final String FIND_TRANSACTIONS = """
            SELECT t.statement_id, t.txn_date, t.value_date, t.note, t.reference, t.txn_type, t.amount, t.balance
              FROM transactions t JOIN statements s ON s.id = t.statement_id
             WHERE s.session_id = ?
             ORDER BY t.statement_id, t.seq""";
    private static final String FIND_SIGNALS = """
            SELECT f.statement_id, f.fraud_type, f.category, f.severity, f.evidence
              FROM fraud_signals f JOIN statements s ON s.id = f.statement_id
             WHERE s.session_id = ?
             ORDER BY f.statement_id, f.seq""";
    private static final String FIND_NAME_MATCHES = """
            SELECT m.statement_id, m.name, m.matched_name, m.score, m.matched
              FROM name_matches m JOIN statements s ON s.id = m.statement_id
             WHERE s.session_id = ?
             ORDER BY m.statement_id, m.seq""";
    private static final String EXISTS_WITH_FILE = "SELECT 1 FROM statements WHERE session_id = ? AND file_sha256 = ?";
    private static final String EXISTS_WITH_FINGERPRINT =
            "SELECT 1 FROM statements WHERE session_id = ? AND content_fingerprint = ?";

    private final DataSource dataSource;

    public JdbcStatementRepository(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public Either<UploadError, Statement> save(Statement statement) {
        return InTransaction.run(dataSource, "saving statement " + statement.id(), c -> {
            ensureAccount(c, statement);
            if (!insertStatement(c, statement)) {
                return Either.<UploadError, Statement>left(UploadError.of(ErrorCode.STATEMENT_DUPLICATE));
            }
            insertTransactions(c, statement);
            insertSignals(c, statement);
            insertNameMatches(c, statement);
            return Either.<UploadError, Statement>right(statement);
        }, Either::isRight);
    }

    @Override
    public List<Statement> findBySession(String sessionId) {
        // one query per table, whatever the number of statements or rows
        return InTransaction.run(dataSource, "reading the statements of session " + sessionId, c -> {
            java.util.List<Header> headers = statementsOf(c, sessionId);
            if (headers.isEmpty()) {
                return List.<Statement>empty();
            }
            Map<String, java.util.List<Transaction>> transactions = transactionsOf(c, sessionId);
            Map<String, java.util.List<FraudSignal>> signals = signalsOf(c, sessionId);
            Map<String, java.util.List<NameMatch>> matches = nameMatchesOf(c, sessionId);
            return List.ofAll(headers).map(s -> new Statement(s.id(), s.sessionId(), s.organisationId(),
                    s.accountId(), s.bankId(), s.layoutId(), s.pageCount(), s.identity(), s.period(), s.extracted(),
                    s.openingBalance(), s.closingBalance(),
                    List.ofAll(transactions.getOrDefault(s.id(), java.util.List.of())),
                    s.fileSha256(), s.contentFingerprint(), s.verification(),
                    List.ofAll(signals.getOrDefault(s.id(), java.util.List.of())),
                    List.ofAll(matches.getOrDefault(s.id(), java.util.List.of())), s.createdAt()));
        });
    }

    @Override
    public boolean existsWithFile(String sessionId, String fileSha256) {
        return exists(EXISTS_WITH_FILE, sessionId, fileSha256);
    }

    @Override
    public boolean existsWithFingerprint(String sessionId, String contentFingerprint) {
        return exists(EXISTS_WITH_FINGERPRINT, sessionId, contentFingerprint);
    }

    private boolean exists(String sql, String sessionId, String value) {
        return InTransaction.run(dataSource, "checking for a duplicate in session " + sessionId, c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setString(1, sessionId);
                ps.setString(2, value);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next();
                }
            }
        });
    }

    /*
     * The account id is computed by core, so an existing row is already right. Two uploads of one
     * new account may race to insert it; the loser uses the row the winner wrote.
     */
    private static void ensureAccount(Connection c, Statement statement) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(ACCOUNT_EXISTS)) {
            ps.setString(1, statement.accountId());
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    return;
                }
            }
        }
        InsertIfAbsent.run(c, INSERT_ACCOUNT, ps -> {
            ps.setString(1, statement.accountId());
            ps.setString(2, statement.organisationId());
            ps.setString(3, statement.bankId());
            ps.setString(4, statement.identity().accountNumber());
        });
    }

    /** @return false when a unique constraint says this statement is already stored */
    private static boolean insertStatement(Connection c, Statement s) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(INSERT_STATEMENT)) {
            Identity identity = s.identity();
            ps.setString(1, s.id());
            ps.setString(2, s.sessionId());
            ps.setString(3, s.organisationId());
            ps.setString(4, s.accountId());
            ps.setString(5, s.bankId());
            ps.setString(6, s.layoutId());
            ps.setInt(7, s.pageCount());
            ps.setString(8, identity.accountNumber());
            ps.setString(9, identity.name());
            ps.setString(10, identity.address());
            SqlValues.text(ps, 11, identity.ifsc());
            SqlValues.text(ps, 12, identity.micr());
            ps.setString(13, identity.accountCategory().wire());
            SqlValues.money(ps, 14, identity.creditLimit());
            SqlValues.money(ps, 15, identity.odLimit());
            SqlValues.text(ps, 16, identity.customerId());
            SqlValues.text(ps, 17, identity.branch());
            SqlValues.date(ps, 18, identity.accountOpeningDate());
            ps.setString(19, identity.currency());
            SqlValues.date(ps, 20, s.period().from());
            SqlValues.date(ps, 21, s.period().to());
            SqlValues.date(ps, 22, s.extracted().from());
            SqlValues.date(ps, 23, s.extracted().to());
            SqlValues.money(ps, 24, s.openingBalance());
            SqlValues.money(ps, 25, s.closingBalance());
            ps.setString(26, s.fileSha256());
            ps.setString(27, s.contentFingerprint());
            SqlValues.instant(ps, 28, s.createdAt());
            Verification v = s.verification();
            ps.setInt(29, v.balancesChecked());
            ps.setInt(30, v.balanceBreaks());
            SqlValues.integer(ps, 31, v.firstBreak().map(Verification.RowLocation::row));
            SqlValues.integer(ps, 32, v.firstBreak().map(Verification.RowLocation::page));
            ps.setString(33, v.totals().wire());
            ps.executeUpdate();
            return true;
        } catch (SQLException e) {
            if (SqlValues.isUniqueViolation(e)) {
                return false;
            }
            throw e;
        }
    }

    private static void insertTransactions(Connection c, Statement s) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(INSERT_TRANSACTION)) {
            int seq = 0;
            for (Transaction t : s.transactions()) {
                ps.setString(1, s.id());
                ps.setInt(2, seq);
                SqlValues.date(ps, 3, t.date());
                SqlValues.date(ps, 4, t.valueDate());
                ps.setString(5, t.note());
                SqlValues.text(ps, 6, t.reference());
                ps.setString(7, t.type().wire());
                SqlValues.money(ps, 8, t.amount());
                SqlValues.money(ps, 9, t.balance());
                ps.addBatch();
                if (++seq % BATCH_SIZE == 0) {
                    ps.executeBatch();
                }
            }
            if (seq % BATCH_SIZE != 0) {
                ps.executeBatch();
            }
        }
    }

    private static void insertSignals(Connection c, Statement s) throws SQLException {
        if (s.fraudSignals().isEmpty()) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement(INSERT_SIGNAL)) {
            int seq = 0;
            for (FraudSignal f : s.fraudSignals()) {
                ps.setString(1, s.id());
                ps.setInt(2, seq++);
                ps.setString(3, f.type());
                ps.setString(4, f.category());
                ps.setInt(5, f.severity());
                ps.setString(6, f.evidence());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private static void insertNameMatches(Connection c, Statement s) throws SQLException {
        if (s.nameMatches().isEmpty()) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement(INSERT_NAME_MATCH)) {
            int seq = 0;
            for (NameMatch m : s.nameMatches()) {
                ps.setString(1, s.id());
                ps.setInt(2, seq++);
                ps.setString(3, m.name());
                ps.setString(4, m.matchedName());
                ps.setInt(5, m.score());
                ps.setBoolean(6, m.matched());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /** A statement row without its child rows, as read by the first of the session queries. */
    private record Header(String id, String sessionId, String organisationId, String accountId, String bankId,
                          String layoutId, int pageCount, Identity identity, DateRange period, DateRange extracted,
                          Option<BigDecimal> openingBalance, Option<BigDecimal> closingBalance,
                          String fileSha256, String contentFingerprint, Instant createdAt, Verification verification) {
    }

    private static java.util.List<Header> statementsOf(Connection c, String sessionId) throws SQLException {
        java.util.List<Header> headers = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(FIND_STATEMENTS)) {
            ps.setString(1, sessionId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Identity identity = new Identity(rs.getString("account_number"), rs.getString("holder_name"),
                            rs.getString("address"), SqlValues.text(rs, "ifsc"), SqlValues.text(rs, "micr"),
                            category(rs.getString("account_category")), SqlValues.money(rs, "credit_limit"),
                            SqlValues.money(rs, "od_limit"), SqlValues.text(rs, "customer_id"),
                            SqlValues.text(rs, "branch"), SqlValues.optionalDate(rs, "account_opening_date"),
                            rs.getString("currency"));
                    headers.add(new Header(rs.getString("id"), rs.getString("session_id"),
                            rs.getString("organisation_id"), rs.getString("account_id"), rs.getString("bank_id"),
                            rs.getString("layout_id"), rs.getInt("page_count"), identity,
                            DateRange.of(SqlValues.date(rs, "period_from"), SqlValues.date(rs, "period_to")),
                            DateRange.of(SqlValues.date(rs, "extracted_from"), SqlValues.date(rs, "extracted_to")),
                            SqlValues.optionalMoney(rs, "opening_balance"), SqlValues.optionalMoney(rs, "closing_balance"),
                            rs.getString("file_sha256"), rs.getString("content_fingerprint"),
                            SqlValues.instant(rs, "created_at"), verification(rs)));
                }
            }
        }
        return headers;
    }

    private static Map<String, java.util.List<Transaction>> transactionsOf(Connection c, String sessionId) throws SQLException {
        Map<String, java.util.List<Transaction>> byStatement = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement(FIND_TRANSACTIONS)) {
            ps.setString(1, sessionId);
            ps.setFetchSize(BATCH_SIZE);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    byStatement.computeIfAbsent(rs.getString("statement_id"), id -> new ArrayList<>()).add(new Transaction(
                            SqlValues.date(rs, "txn_date"), SqlValues.optionalDate(rs, "value_date"), rs.getString("note"),
                            SqlValues.text(rs, "reference"), transactionType(rs.getString("txn_type")),
                            SqlValues.money(rs, "amount"), SqlValues.optionalMoney(rs, "balance")));
                }
            }
        }
        return byStatement;
    }

    private static Map<String, java.util.List<FraudSignal>> signalsOf(Connection c, String sessionId) throws SQLException {
        Map<String, java.util.List<FraudSignal>> byStatement = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement(FIND_SIGNALS)) {
            ps.setString(1, sessionId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    byStatement.computeIfAbsent(rs.getString("statement_id"), id -> new ArrayList<>()).add(new FraudSignal(
                            rs.getString("fraud_type"), rs.getString("category"), rs.getInt("severity"),
                            rs.getString("evidence")));
                }
            }
        }
        return byStatement;
    }

    private static Map<String, java.util.List<NameMatch>> nameMatchesOf(Connection c, String sessionId) throws SQLException {
        Map<String, java.util.List<NameMatch>> byStatement = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement(FIND_NAME_MATCHES)) {
            ps.setString(1, sessionId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    byStatement.computeIfAbsent(rs.getString("statement_id"), id -> new ArrayList<>()).add(new NameMatch(
                            rs.getString("name"), rs.getString("matched_name"), rs.getInt("score"),
                            rs.getBoolean("matched")));
                }
            }
        }
        return byStatement;
    }

    private static Verification verification(ResultSet rs) throws SQLException {
        int breaks = rs.getInt("balance_breaks");
        Option<Verification.RowLocation> first = breaks == 0 ? Option.none()
                : Option.some(new Verification.RowLocation(rs.getInt("first_break_row"), rs.getInt("first_break_page")));
        String totals = rs.getString("totals_check");
        return new Verification(rs.getInt("balances_checked"), breaks, first,
                Verification.Totals.valueOf(totals.toUpperCase(Locale.ROOT)));
    }

    private static AccountCategory category(String wire) {
        return AccountCategory.fromWire(wire)
                .getOrElseThrow(() -> new IllegalStateException("unknown account category in the database: " + wire));
    }

    private static TransactionType transactionType(String wire) {
        return TransactionType.valueOf(wire.toUpperCase(Locale.ROOT));
    }
}
