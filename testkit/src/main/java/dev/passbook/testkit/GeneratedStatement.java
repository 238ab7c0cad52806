package dev.passbook.testkit;

import dev.passbook.core.domain.Bank;
import dev.passbook.core.domain.DateRange;
import dev.passbook.core.domain.Identity;
import dev.passbook.core.domain.Money;
import dev.passbook.core.domain.Transaction;
import dev.passbook.core.domain.TransactionType;
import dev.passbook.core.spi.StatementSummary;
import io.vavr.collection.List;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The truth behind a synthetic statement: exactly what the rendered PDF prints, in core's domain
 * types, so a parser's {@link dev.passbook.core.spi.ParsedStatement} can be compared with it field by
 * field. Notes are stored as a reader can recover them (see {@link NarrationWrap#fit}); fields the
 * layout does not print (value dates, references) are {@code none}.
 *
 * <p>Untampered statements are consistent: every balance is the previous one plus the signed amount,
 * the closing balance is the last row's, the summary agrees with the rows.
 */
public record GeneratedStatement(Layout layout, Bank bank, Identity identity, DateRange declaredPeriod,
                                 BigDecimal openingBalance, BigDecimal closingBalance,
                                 List<Transaction> transactions, StatementSummary summary, StatementOptions options) {

    public GeneratedStatement {
        Objects.requireNonNull(layout, "layout");
        Objects.requireNonNull(identity, "identity");
        if (!Money.isMoney(openingBalance) || !Money.isMoney(closingBalance)) {
            throw new IllegalArgumentException("balances must have scale 2");
        }
        if (transactions.isEmpty()) {
            throw new IllegalArgumentException("a statement needs at least one transaction");
        }
    }

    /**
     * Builds a consistent statement: balances are computed from {@code opening} and the rows'
     * amounts, and the summary from the rows.
     */
    public static GeneratedStatement consistent(Layout layout, Bank bank, Identity identity, DateRange period,
                                                BigDecimal opening, List<Transaction> rows, StatementOptions options) {
        List<Transaction> withBalances = runningBalances(opening, rows);
        BigDecimal closing = withBalances.last().balance().get();
        return new GeneratedStatement(layout, bank, identity, period, opening, closing, withBalances,
                summaryOf(opening, withBalances, closing), options);
    }

    /** The rows with {@code balance} recomputed from {@code opening}. */
    public static List<Transaction> runningBalances(BigDecimal opening, List<Transaction> rows) {
        BigDecimal balance = opening;
        List<Transaction> out = List.empty();
        for (Transaction t : rows) {
            balance = balance.add(t.signedAmount());
            out = out.append(new Transaction(t.date(), t.valueDate(), t.note(), t.reference(), t.type(), t.amount(),
                    io.vavr.control.Option.some(balance)));
        }
        return out;
    }

    static StatementSummary summaryOf(BigDecimal opening, List<Transaction> rows, BigDecimal closing) {
        List<Transaction> debits = rows.filter(t -> t.type() == TransactionType.DEBIT);
        List<Transaction> credits = rows.filter(t -> t.type() == TransactionType.CREDIT);
        return new StatementSummary(opening, debits.size(), credits.size(),
                debits.map(Transaction::amount).fold(Money.ZERO, BigDecimal::add),
                credits.map(Transaction::amount).fold(Money.ZERO, BigDecimal::add), closing);
    }

    /** Debit rows, credit rows: handy in assertions. */
    public int debitCount() {
        return summary.debitCount();
    }

    public int creditCount() {
        return summary.creditCount();
    }

    /**
     * The statement with row {@code row}'s printed balance moved by {@code delta}, as a forger editing
     * one figure would leave it: the running total breaks at that row (and the closing balance too
     * when it is the last row); the summary still shows the bank's figures. The row is recorded in
     * {@link StatementOptions#editedBalanceRow()}.
     */
    public GeneratedStatement withEditedBalance(int row, BigDecimal delta) {
        if (row < 0 || row >= transactions.size()) {
            throw new IllegalArgumentException("no row " + row + " in " + transactions.size() + " rows");
        }
        if (delta.signum() == 0) {
            throw new IllegalArgumentException("an edit must change the balance");
        }
        Transaction t = transactions.get(row);
        Transaction edited = new Transaction(t.date(), t.valueDate(), t.note(), t.reference(), t.type(), t.amount(),
                t.balance().map(b -> Money.of(b.add(delta))));
        List<Transaction> rows = transactions.update(row, edited);
        BigDecimal closing = row == transactions.size() - 1 ? edited.balance().get() : closingBalance;
        return new GeneratedStatement(layout, bank, identity, declaredPeriod, openingBalance, closing, rows, summary,
                options.withEditedBalanceRow(row));
    }
}
