package dev.passbook.core.spi;

import dev.passbook.core.domain.Transaction;
import dev.passbook.core.domain.TransactionType;
import dev.passbook.core.domain.Verification;
import io.vavr.Tuple;
import io.vavr.Tuple2;
import io.vavr.collection.List;
import io.vavr.control.Option;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The result of checking a statement's arithmetic: how many printed balances could be checked, each
 * row whose printed balance is not the previous balance plus its amount, and each summary figure
 * that disagrees with the rows; {@link #verification()} turns it into the statement's verdict.
 * {@code totalsPrinted} says whether a closing balance or summary was there to compare.
 *
 * <p>{@link #of} checks exactly: every printed balance equals the previous printed balance (or the
 * opening balance) plus the row's signed amount; the closing balance equals the last row's; the
 * printed summary agrees with the rows. It lives here rather than in {@code spi.support} so that
 * {@code spi} does not depend on its support package (no package cycle).
 */
public record Reconciliation(int balancesChecked, List<BalanceBreak> balanceBreaks, List<SummaryMismatch> summaryMismatches,
                             ParseNotes notes, boolean totalsPrinted) {

    /** Row {@code index} (0-based) printed {@code printed} where {@code expected} follows from the row before. */
    public record BalanceBreak(int index, LocalDate date, BigDecimal expected, BigDecimal printed) {
    }

    /** The summary's {@code field} printed {@code printed}; the rows give {@code computed}. */
    public record SummaryMismatch(String field, String printed, String computed) {
    }

    public boolean isClean() {
        return balanceBreaks.isEmpty() && summaryMismatches.isEmpty();
    }

    /** The verdict and where the arithmetic first breaks, located with the parser's {@link ParseNotes#rowPages()}. */
    public Verification verification() {
        Option<Verification.RowLocation> first = balanceBreaks.headOption()
                .map(b -> new Verification.RowLocation(b.index() + 1, notes.pageOf(b.index())));
        Verification.Totals totals = !summaryMismatches.isEmpty() ? Verification.Totals.MISMATCHED
                : totalsPrinted ? Verification.Totals.MATCHED : Verification.Totals.NOT_PRINTED;
        return new Verification(balancesChecked, balanceBreaks.size(), first, totals);
    }

    public static Reconciliation of(ParsedStatement s) {
        List<BalanceBreak> breaks = List.empty();
        int checked = 0;
        Option<BigDecimal> previous = s.openingBalance().orElse(s.summary().map(StatementSummary::openingBalance));
        int i = 0;
        for (Transaction t : s.transactions()) {
            if (t.balance().isDefined() && previous.isDefined()) {
                checked++;
                BigDecimal expected = previous.get().add(t.signedAmount());
                if (expected.compareTo(t.balance().get()) != 0) {
                    breaks = breaks.append(new BalanceBreak(i, t.date(), expected, t.balance().get()));
                }
            }
            previous = t.balance().orElse(previous.map(p -> p.add(t.signedAmount())));
            i++;
        }
        List<SummaryMismatch> mismatches = List.empty();
        Option<BigDecimal> lastBalance = s.transactions().lastOption().flatMap(Transaction::balance);
        if (s.closingBalance().isDefined() && lastBalance.isDefined()
                && s.closingBalance().get().compareTo(lastBalance.get()) != 0) {
            mismatches = mismatches.append(new SummaryMismatch("closing_balance",
                    s.closingBalance().get().toPlainString(), lastBalance.get().toPlainString()));
        }
        if (s.summary().isDefined()) {
            mismatches = mismatches.appendAll(summaryMismatches(s, s.summary().get()));
        }
        return new Reconciliation(checked, breaks, mismatches, s.notes(),
                s.summary().isDefined() || (s.closingBalance().isDefined() && lastBalance.isDefined()));
    }

    private static List<SummaryMismatch> summaryMismatches(ParsedStatement s, StatementSummary summary) {
        // a summary adds up its columns as printed: a reversal printed with a minus under the other
        // direction's column counts there, with a negative amount
        java.util.Set<Integer> reversed = s.notes().reversals().toJavaSet();
        List<Tuple2<Transaction, Boolean>> rows = s.transactions().zipWithIndex().map(t -> Tuple.of(t._1, reversed.contains(t._2)));
        List<Tuple2<Transaction, Boolean>> debits = rows.filter(t -> (t._1.type() == TransactionType.DEBIT) != t._2);
        List<Tuple2<Transaction, Boolean>> credits = rows.filter(t -> (t._1.type() == TransactionType.CREDIT) != t._2);
        BigDecimal debitTotal = debits.map(t -> t._2 ? t._1.amount().negate() : t._1.amount()).fold(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal creditTotal = credits.map(t -> t._2 ? t._1.amount().negate() : t._1.amount()).fold(BigDecimal.ZERO, BigDecimal::add);
        List<SummaryMismatch> out = List.empty();
        out = compare(out, "debit_count", summary.debitCount(), debits.size());
        out = compare(out, "credit_count", summary.creditCount(), credits.size());
        out = compare(out, "debits", summary.debits(), debitTotal);
        out = compare(out, "credits", summary.credits(), creditTotal);
        if (s.openingBalance().isDefined()) {
            out = compare(out, "opening_balance", summary.openingBalance(), s.openingBalance().get());
        }
        BigDecimal opening = s.openingBalance().getOrElse(summary.openingBalance());
        out = compare(out, "closing_balance", summary.closingBalance(), opening.add(creditTotal).subtract(debitTotal));
        return out;
    }

    private static List<SummaryMismatch> compare(List<SummaryMismatch> out, String field, int printed, int computed) {
        return printed == computed ? out
                : out.append(new SummaryMismatch(field, Integer.toString(printed), Integer.toString(computed)));
    }

    private static List<SummaryMismatch> compare(List<SummaryMismatch> out, String field, BigDecimal printed,
                                                 BigDecimal computed) {
        return printed.compareTo(computed) == 0 ? out
                : out.append(new SummaryMismatch(field, printed.toPlainString(), computed.toPlainString()));
    }
}
