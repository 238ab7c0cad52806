package dev.passbook.parsers.hdfc;

import dev.passbook.core.domain.Transaction;
import dev.passbook.core.domain.TransactionType;
import dev.passbook.core.spi.support.table.Cells;
import dev.passbook.core.spi.support.table.Column;
import dev.passbook.core.spi.support.table.TableRow;
import dev.passbook.core.spi.support.table.WrappedText;
import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;

import java.math.BigDecimal;
import java.time.LocalDate;

import static dev.passbook.parsers.hdfc.HdfcLayout.BALANCE;
import static dev.passbook.parsers.hdfc.HdfcLayout.DATE;
import static dev.passbook.parsers.hdfc.HdfcLayout.DEPOSIT;
import static dev.passbook.parsers.hdfc.HdfcLayout.NARRATION;
import static dev.passbook.parsers.hdfc.HdfcLayout.REF;
import static dev.passbook.parsers.hdfc.HdfcLayout.VALUE_DATE;
import static dev.passbook.parsers.hdfc.HdfcLayout.WITHDRAWAL;

/**
 * Table rows to transactions. Exactly one of withdrawal and deposit holds a non-zero amount (the other
 * is blank, or {@code 0.00} in the newer layout); narration pieces are joined as cut, without spaces.
 * Anything else on a row (text in a single-line column away from the anchor, an unreadable cell) makes
 * the statement unreadable rather than guessed.
 */
final class HdfcTransactions {

    private HdfcTransactions() {
    }

    static Either<String, List<Transaction>> of(List<TableRow> rows, HdfcLayout layout) {
        java.util.ArrayList<Transaction> out = new java.util.ArrayList<>(rows.size());
        for (TableRow row : rows) {
            Either<String, Transaction> t = transaction(row, layout, out.size() + 1);
            if (t.isLeft()) {
                return Either.left(t.getLeft());
            }
            out.add(t.get());
        }
        return Either.right(List.ofAll(out));
    }

    // Reasons name the row by position and the cell by column, never by its text: they are shown without --show-data.
    private static Either<String, Transaction> transaction(TableRow row, HdfcLayout layout, int number) {
        Cells a = row.anchor();
        String where = "row " + number + " on page " + a.page();
        if (row.strayTextOutside(NARRATION) || a.has(Column.UNKNOWN)) {
            return Either.left(where + ": text outside the narration column on a continuation line");
        }
        Option<LocalDate> date = a.date(DATE, layout.rowDates());
        if (date.isEmpty() || a.words(DATE).size() != 1) {
            return Either.left(where + ": date unreadable");
        }
        Option<LocalDate> valueDate = Option.none();
        if (a.has(VALUE_DATE)) {
            // The layout's own form first: the general reader tries forms in turn and fails by exception.
            valueDate = a.date(VALUE_DATE, layout.rowDates()).orElse(() -> a.date(VALUE_DATE));
            if (valueDate.isEmpty()) {
                return Either.left(where + ": value date unreadable");
            }
        }
        Option<BigDecimal> balance = a.amount(BALANCE);
        if (balance.isEmpty()) {
            return Either.left(where + ": closing balance unreadable");
        }
        Either<String, Option<BigDecimal>> withdrawal = amountCell(a, WITHDRAWAL);
        Either<String, Option<BigDecimal>> deposit = amountCell(a, DEPOSIT);
        if (withdrawal.isLeft() || deposit.isLeft()) {
            return Either.left(where + ": " + withdrawal.swap().getOrElse(() -> deposit.swap().get()));
        }
        Option<BigDecimal> debit = withdrawal.get().filter(v -> v.signum() != 0);
        Option<BigDecimal> credit = deposit.get().filter(v -> v.signum() != 0);
        if (debit.isDefined() == credit.isDefined()) {
            return Either.left(where + ": expected exactly one of withdrawal and deposit, found "
                    + (debit.isDefined() ? "both" : "neither"));
        }
        String note = WrappedText.joinCut(row.fragments(NARRATION));
        Option<String> ref = Option.of(a.text(REF)).filter(s -> !s.isEmpty());
        TransactionType type = debit.isDefined() ? TransactionType.DEBIT : TransactionType.CREDIT;
        return Either.right(new Transaction(date.get(), valueDate, note, ref, type, debit.orElse(credit).get(), balance));
    }

    /** None when blank; a non-negative amount; Left when printed but not a non-negative amount. */
    private static Either<String, Option<BigDecimal>> amountCell(Cells a, String column) {
        if (!a.has(column)) {
            return Either.right(Option.none());
        }
        Option<BigDecimal> v = a.amount(column);
        if (v.isEmpty() || v.get().signum() < 0) {
            return Either.left(column + " unreadable");
        }
        return Either.right(v);
    }
}
