package dev.passbook.app;

import dev.passbook.core.application.Fingerprints;
import dev.passbook.core.domain.Statement;
import dev.passbook.core.domain.Transaction;

import java.math.BigDecimal;
import java.time.LocalDate;

/** The transactions of a statement as RFC 4180 CSV, one header line, money with two decimals. */
final class TransactionsCsv {

    static final String HEADER = "date,value_date,transaction_type,amount,balance,transaction_note,chq_num,hash";

    private TransactionsCsv() {
    }

    static String of(Statement statement) {
        StringBuilder sb = new StringBuilder(HEADER).append("\r\n");
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
