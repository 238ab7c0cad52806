package dev.passbook.adapters.http.api;

import dev.passbook.core.application.AccountReport;
import dev.passbook.core.application.Fingerprints;
import dev.passbook.core.application.SessionReport;
import dev.passbook.core.domain.FraudSignal;
import dev.passbook.core.domain.Session;
import dev.passbook.core.domain.Statement;
import dev.passbook.core.domain.Transaction;
import dev.passbook.core.spi.CatalogueEntry;
import io.vavr.collection.List;

import java.util.Map;

/** The 200 bodies of session creation, the session read endpoints and the bank catalogue. */
public final class SessionResponses {

    private SessionResponses() {
    }

    public static Map<String, Object> created(Session session) {
        Map<String, Object> m = Wire.object();
        m.put("session_id", session.id());
        m.put("link_id", session.linkId());
        m.put("from_date", session.period().from());
        m.put("to_date", session.period().to());
        m.put("expires_at", session.expiresAt());
        return m;
    }

    /** Uploads finish before their response is sent, so a session is never caught half-processed. */
    public static Map<String, Object> progress(SessionReport report) {
        Map<String, Object> m = Wire.object();
        m.put("session_id", report.session().id());
        m.put("session_progress", ProgressJson.COMPLETED);
        m.put("progress", ProgressJson.of(report.statements()));
        return m;
    }

    public static Map<String, Object> uploadStatus(SessionReport report) {
        Session session = report.session();
        Map<String, Object> m = Wire.object();
        m.put("session_id", session.id());
        m.put("session_date_range", Wire.range(session.period()));
        m.put("upload_status", report.statements().isEmpty() ? "pending" : ProgressJson.COMPLETED);
        m.put("session_expiry_timestamp", session.expiresAt());
        m.put("accounts", report.accounts().map(SessionResponses::accountStatus).toJavaList());
        return m;
    }

    private static Map<String, Object> accountStatus(AccountReport account) {
        Map<String, Object> m = Wire.object();
        m.put("account_id", account.accountId());
        m.put("account_number", account.maskedAccountNumber());
        m.put("bank_name", account.bankId());
        m.put("statements", account.statements().map(SessionResponses::statementStatus).toJavaList());
        m.put("months", Wire.months(account.months()));
        m.put("missing_months", Wire.months(account.missingMonths()));
        m.put("missing_data", account.missingRanges().map(Wire::range).toJavaList());
        m.put("account_status", account.missingMonths().isEmpty() ? ProgressJson.COMPLETED : "partial");
        return m;
    }

    private static Map<String, Object> statementStatus(Statement statement) {
        Map<String, Object> m = Wire.object();
        m.put("statement_id", statement.id());
        m.put("statement_status", ProgressJson.COMPLETED);
        m.put("error_code", null);
        m.put("error_message", null);
        m.put("statement_date_range", Wire.range(statement.period()));
        m.put("verdict", statement.verdict().wire());
        return m;
    }

    public static Map<String, Object> identity(SessionReport report) {
        Map<String, Object> m = Wire.object();
        m.put("session_id", report.session().id());
        m.put("accounts", report.accounts().map(SessionResponses::accountSummary).toJavaList());
        // the most recent statement of each account speaks for its holder
        m.put("identity", report.accounts().map(a -> IdentityJson.of(a.statements().last())).toJavaList());
        return m;
    }

    private static Map<String, Object> accountSummary(AccountReport account) {
        Map<String, Object> m = Wire.object();
        m.put("account_id", account.accountId());
        m.put("bank_name", account.bankId());
        m.put("account_number", account.maskedAccountNumber());
        m.put("account_category", account.statements().last().identity().accountCategory().wire());
        m.put("statements", account.statements().map(Statement::id).toJavaList());
        m.put("months", Wire.months(account.months()));
        return m;
    }

    public static Map<String, Object> transactions(SessionReport report) {
        Map<String, Object> m = Wire.object();
        m.put("session_id", report.session().id());
        m.put("accounts", report.accounts().map(SessionResponses::accountTransactions).toJavaList());
        List<Statement> fraudulent = report.statements().filter(Statement::isFraud);
        Map<String, Object> fraud = Wire.object();
        fraud.put("fraudulent_statements", fraudulent.map(Statement::id).toJavaList());
        fraud.put("fraud_type", fraudulent.flatMap(s -> s.fraudSignals().map(signal -> fraudEntry(s, signal))).toJavaList());
        m.put("fraud", fraud);
        return m;
    }

    private static Map<String, Object> accountTransactions(AccountReport account) {
        Map<String, Object> m = Wire.object();
        m.put("account_id", account.accountId());
        m.put("bank_name", account.bankId());
        m.put("transactions", account.statements()
                .flatMap(s -> s.transactions().map(t -> transaction(s, t))).toJavaList());
        return m;
    }

    public static Map<String, Object> transaction(Statement statement, Transaction t) {
        Map<String, Object> m = Wire.object();
        m.put("transaction_note", t.note());
        m.put("hash", Fingerprints.transactionHash(statement.accountId(), t));
        m.put("account_id", statement.accountId());
        m.put("statement_id", statement.id());
        m.put("transaction_type", t.type().wire());
        m.put("amount", t.amount());
        m.put("balance", Wire.orNull(t.balance()));
        m.put("date", t.date());
        m.put("value_date", Wire.orNull(t.valueDate()));
        m.put("chq_num", Wire.orNull(t.reference()));
        return m;
    }

    private static Map<String, Object> fraudEntry(Statement statement, FraudSignal signal) {
        Map<String, Object> m = Wire.object();
        m.put("statement_id", statement.id());
        m.put("account_id", statement.accountId());
        m.put("fraud_type", signal.type());
        m.put("fraud_category", signal.category());
        return m;
    }

    public static Map<String, Object> catalogue(List<CatalogueEntry> entries) {
        Map<String, Object> m = Wire.object();
        m.put("count", entries.size());
        m.put("banks", entries.map(e -> {
            Map<String, Object> bank = Wire.object();
            bank.put("bank_name", e.bank().id());
            bank.put("full_name", e.bank().fullName());
            bank.put("ifsc_prefix", e.bank().ifscPrefix());
            bank.put("dedicated_parser", e.dedicatedParser());
            return bank;
        }).toJavaList());
        return m;
    }
}
