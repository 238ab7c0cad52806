package dev.passbook.app;

import dev.passbook.core.application.Fingerprints;
import dev.passbook.core.domain.Statement;
import dev.passbook.core.domain.Transaction;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The transactions of a statement as RFC 4180 CSV, money with two decimals, after two comment lines
 * (starting with {@code #}) that carry the verdict and the fraud flag, so that a tampered statement
 * does not pass for a clean one once its rows are in a spreadsheet. Readers that take no comments
 * skip two lines ({@code pandas.read_csv(f, comment='#')}, {@code tail -n +3}).
 */
final class TransactionsCsv {

    static final String HEADER = "date,value_date,transaction_type,amount,balance,transaction_note,chq_num,hash";

    private TransactionsCsv() {
    }

    static String of(Statement statement) {
        StringBuilder sb = new StringBuilder()
                .append("# verdict: ").append(statement.verdict().wire()).append(" (")
                .append(statement.verification().describe()).append(")\r\n")
                .append("# fraud: ").append(statement.isFraud() ? "FLAGGED (" + statement.fraudSignals()
                        .map(f -> f.type()).distinct().mkString(" ") + ")" : "none").append("\r\n")
                .append(HEADER).append("\r\n");
        for (Transaction t : statement.transactions()) {
            sb.append(t.date()).append(',')
                    .append(t.valueDate().map(LocalDate::toString).getOrElse("")).append(',')
                    .append(t.type().wire()).append(',')
                    .append(money(t.amount())).append(',')
                    .append(t.balance().map(TransactionsCsv::money).getOrElse("")).append(',')
                    .append(quote(t.note())).append(',')
                    .append(quote(t.reference().getOrElse(""))).append(',')
                    .append(Fingerprints.transactionHash(statement.accountId(), t))
                    .append("\r\n");
        }
        return sb.toString();
    }

    private static String money(BigDecimal value) {
        return value.setScale(2, java.math.RoundingMode.UNNECESSARY).toPlainString();
    }

    /** Quotes a field when it holds a comma, quote or line break; a leading =+-@ is kept as text. */
    static String quote(String field) {
        boolean needs = field.contains(",") || field.contains("\"") || field.contains("\n") || field.contains("\r");
        return needs ? "\"" + field.replace("\"", "\"\"") + "\"" : field;
    }
}
