package dev.passbook.app;

import dev.passbook.core.domain.FraudSignal;
import dev.passbook.core.domain.Statement;
import dev.passbook.core.domain.Transaction;
import dev.passbook.core.domain.TransactionType;
import io.vavr.collection.List;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * {@code passbook parse --format table}: a summary a person reads first (bank, layout, masked
 * account, holder, period, balances, rows, verdict, fraud signals with their evidence), then the
 * transactions as a passbook (date, narration, debit, credit, balance) fitted to the terminal width:
 * the narration column takes what the others leave and is cut with an ellipsis.
 */
final class StatementReport {

    /** The narration column never gets narrower than this, even if the table then overflows. */
    static final int MIN_NARRATION = 12;
    private static final String GAP = "  ";

    private StatementReport() {
    }

    /** One line saying whether to trust the statement, also used on stderr when the data goes elsewhere. */
    static String verdictLine(Statement s) {
        return s.verdict().wire() + " — " + s.verification().describe();
    }

    static String fraudLine(Statement s) {
        return s.isFraud() ? "FLAGGED — " + s.fraudSignals().size() + " signal" + (s.fraudSignals().size() == 1 ? "" : "s")
                + ": " + s.fraudSignals().map(FraudSignal::type).distinct().mkString(", ")
                : "none found";
    }

    static List<String> summary(Statement s, String bankName, String file) {
        List<String> lines = List.of(
                field("File", file),
                field("Bank", s.bankId() + (bankName.isEmpty() ? "" : " (" + bankName + ")") + ", layout " + s.layoutId()),
                field("Account", s.identity().maskedAccountNumber()
                        + s.identity().ifsc().map(i -> ", IFSC " + i).getOrElse("")),
                field("Holder", s.identity().name().isBlank() ? "not printed" : s.identity().name()),
                field("Period", s.period().from() + " to " + s.period().to()),
                field("Opening", s.openingBalance().map(StatementReport::money).getOrElse("not printed")),
                field("Closing", s.closingBalance().map(StatementReport::money).getOrElse("not printed")),
                field("Rows", s.transactions().size() + " transaction" + (s.transactions().size() == 1 ? "" : "s")
                        + " on " + s.pageCount() + " page" + (s.pageCount() == 1 ? "" : "s")),
                field("Verdict", verdictLine(s)),
                field("Fraud", fraudLine(s)));
        return lines.appendAll(s.fraudSignals().sortBy(f -> -f.severity())
                .map(f -> field("", "- " + f.type() + " (" + f.category() + ", severity " + f.severity() + "): " + f.evidence())));
    }

    private static String field(String label, String value) {
        return String.format("%-9s %s", label, value);
    }

    /** The transactions as a table at most {@code width} columns wide (unless the figures alone are wider). */
    static List<String> table(Statement s, int width) {
        List<Transaction> rows = s.transactions();
        if (rows.isEmpty()) {
            return List.of("(no transactions)");
        }
        int date = 10;
        int debit = Math.max("DEBIT".length(), rows.map(t -> t.type() == TransactionType.DEBIT ? money(t.amount()).length() : 0).max().get());
        int credit = Math.max("CREDIT".length(), rows.map(t -> t.type() == TransactionType.CREDIT ? money(t.amount()).length() : 0).max().get());
        int balance = Math.max("BALANCE".length(), rows.map(t -> t.balance().map(b -> money(b).length()).getOrElse(0)).max().get());
        int fixed = date + debit + credit + balance + 4 * GAP.length();
        int longest = Math.max("NARRATION".length(), rows.map(t -> oneLine(t.note()).length()).max().get());
        int narration = Math.min(longest, Math.max(MIN_NARRATION, width - fixed));
        String format = "%-" + date + "s" + GAP + "%-" + narration + "s" + GAP + "%" + debit + "s" + GAP + "%" + credit + "s"
                + GAP + "%" + balance + "s";
        List<String> lines = List.of(String.format(format, "DATE", "NARRATION", "DEBIT", "CREDIT", "BALANCE").stripTrailing());
        return lines.appendAll(rows.map(t -> String.format(format, t.date(), cut(oneLine(t.note()), narration),
                t.type() == TransactionType.DEBIT ? money(t.amount()) : "",
                t.type() == TransactionType.CREDIT ? money(t.amount()) : "",
                t.balance().map(StatementReport::money).getOrElse(""))));
    }

    private static String oneLine(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }

    private static String cut(String text, int width) {
        return text.length() <= width ? text : text.substring(0, width - 1) + "…";
    }

    /**
     * Rupees with two decimals and Indian digit grouping (lakh, crore): {@code 12,34,567.80}; a
     * negative amount keeps its minus sign.
     */
    static String money(BigDecimal value) {
        String plain = value.abs().setScale(2, RoundingMode.UNNECESSARY).toPlainString();
        int dot = plain.indexOf('.');
        String whole = plain.substring(0, dot);
        StringBuilder grouped = new StringBuilder();
        int n = whole.length();
        for (int i = 0; i < n; i++) {
            int after = n - i - 1; // digits still to come: a comma before the last three, then every two
            grouped.append(whole.charAt(i));
            if (after >= 3 && (after - 3) % 2 == 0) {
                grouped.append(',');
            }
        }
        return (value.signum() < 0 ? "-" : "") + grouped + plain.substring(dot);
    }
}
