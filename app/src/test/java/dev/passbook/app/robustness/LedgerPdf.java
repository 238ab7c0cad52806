package dev.passbook.app.robustness;

import dev.passbook.core.fixtures.StatementFile;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Statements of many rows, as real text-layer PDFs (core's {@link StatementFile}), so the robustness tests
 * exercise the real PDF reader, persistence and HTTP stack without depending on a bank parser. Every
 * statement reconciles: balances follow from the opening balance.
 */
final class LedgerPdf {

    /** The bank of {@link TestService}'s only parser, core's {@code FakeBankParser} for bank {@code ledger}. */
    static final String BANK = "ledger";
    private static final int ROWS_PER_PAGE = 45;

    private LedgerPdf() {
    }

    /** A statement of {@code rows} transactions for {@code account}; {@code salt} makes the content unique. */
    static byte[] statement(String account, int rows, String salt, String password) {
        return statement(BANK, account, rows, salt, password);
    }

    static byte[] statement(String account, int rows, String salt) {
        return statement(account, rows, salt, null);
    }

    /**
     * The same statement of bank {@code fakebank}, which the app module's test plugin reads (found by
     * ServiceLoader), for a child process that runs the real {@code passbook serve}.
     */
    static byte[] fakebankStatement(String account, int rows, String salt, String password) {
        return statement("fakebank", account, rows, salt, password);
    }

    private static byte[] statement(String bank, String account, int rows, String salt, String password) {
        StatementFile file = StatementFile.of(bank).account(account).name("RAVI KUMAR").opening("5000.00");
        LocalDate day = LocalDate.of(2024, 1, 2);
        for (int i = 0; i < rows; i++) {
            if (i > 0 && i % ROWS_PER_PAGE == 0) {
                file.pageBreak();
            }
            String amount = new BigDecimal(100 + (i * 37) % 900).add(new BigDecimal("0.25")).toPlainString();
            String date = day.plusDays(i % 80).toString();
            String note = "UPI PAYMENT " + salt + " ROW" + i;
            if (i % 3 != 1) {
                file.credit(date, amount, note);
            } else {
                file.debit(date, amount, note);
            }
        }
        return (password == null ? file : file.password(password)).pdf();
    }
}
