package dev.passbook.parsers.generic;

import dev.passbook.core.domain.Transaction;
import dev.passbook.core.domain.TransactionType;
import dev.passbook.core.spi.support.Amounts;
import dev.passbook.core.spi.support.Amounts.Amount;
import dev.passbook.core.spi.support.Amounts.Marker;
import dev.passbook.core.spi.support.table.WrappedText;
import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;

/**
 * Turns table rows into transactions and the balances printed as rows. Reads exactly what is printed:
 * the direction of a row comes from its column (debit or credit), its Dr/Cr column or suffix, or its
 * sign; only when none of those says it does the printed balance decide (previous balance plus or
 * minus the amount). A dated row whose amount cannot be read is refused rather than skipped.
 */
final class RowReader {

    /** The rows read: opening and closing balances printed as rows, and the transactions. */
    record Rows(Option<BigDecimal> opening, Option<BigDecimal> closing, List<Transaction> transactions) {
    }

    private RowReader() {
    }

    /**
     * @param openingLabel the opening balance printed as a label outside the table, used as the
     *                     starting balance when no opening row is printed
     */
    static Either<String, Rows> read(List<RowCells> rows, Option<BigDecimal> openingLabel) {
        return read(rows, openingLabel, false);
    }

    /** @param cutMidWord narrations are cut at a fixed width: fragments join without a space */
    static Either<String, Rows> read(List<RowCells> rows, Option<BigDecimal> openingLabel, boolean cutMidWord) {
        Option<BigDecimal> openingRow = Option.none();
        Option<BigDecimal> closingRow = Option.none();
        // mutable while reading: a statement may hold thousands of rows and vavr's List appends in O(n)
        java.util.ArrayList<Transaction> out = new java.util.ArrayList<>();
        Option<BigDecimal> running = Option.none();
        for (RowCells row : rows) {
            Option<LocalDate> date = CellText.date(row.text(ColumnRole.DATE));
            Option<SpecialRow> special = SpecialRow.of(row.text(ColumnRole.NARRATION), date.isDefined());
            if (special.isDefined()) {
                Option<BigDecimal> value = balance(row).orElse(() -> amountOnly(row));
                if (special.get() == SpecialRow.OPENING && out.isEmpty() && openingRow.isEmpty()) {
                    openingRow = value;
                } else if (special.get() == SpecialRow.CLOSING && value.isDefined()) {
                    closingRow = value;
                }
                continue;
            }
            if (date.isEmpty()) {
                if (hasAnyAmount(row)) {
                    return Either.left("a row with amounts but no date: " + describe(row));
                }
                continue;
            }
            Option<BigDecimal> previous = out.isEmpty() ? openingRow.orElse(openingLabel) : running;
            Either<String, Transaction> t = transaction(row, date.get(), previous, cutMidWord);
            if (t.isLeft()) {
                return Either.left(t.getLeft());
            }
            Transaction read = t.get();
            running = read.balance().orElse(() -> previous.map(p -> p.add(read.signedAmount())));
            out.add(read);
        }
        return Either.right(new Rows(openingRow, closingRow, List.ofAll(out)));
    }

    private static Either<String, Transaction> transaction(RowCells row, LocalDate date, Option<BigDecimal> previous,
                                                           boolean cutMidWord) {
        Option<BigDecimal> balance = balance(row);
        if (!row.isEmpty(ColumnRole.BALANCE) && balance.isEmpty()) {
            return Either.left("unreadable balance on " + describe(row));
        }
        Either<String, Directed> directed = direction(row, previous, balance);
        if (directed.isLeft()) {
            return Either.left(directed.getLeft() + ": " + describe(row));
        }
        Option<LocalDate> valueDate = row.isEmpty(ColumnRole.VALUE_DATE) ? Option.none()
                : CellText.date(row.text(ColumnRole.VALUE_DATE));
        if (!row.isEmpty(ColumnRole.VALUE_DATE) && valueDate.isEmpty()) {
            return Either.left("unreadable value date on " + describe(row));
        }
        Option<String> reference = Option.of(row.text(ColumnRole.REFERENCE)).filter(s -> !s.isEmpty());
        List<String> fragments = row.lines(ColumnRole.NARRATION);
        String note = cutMidWord ? WrappedText.joinCut(fragments) : WrappedText.joinWords(fragments);
        return Either.right(new Transaction(date, valueDate, note, reference,
                directed.get().type(), directed.get().amount(), balance));
    }

    private record Directed(TransactionType type, BigDecimal amount) {
    }

    private static Either<String, Directed> direction(RowCells row, Option<BigDecimal> previous, Option<BigDecimal> balance) {
        Option<Amount> debit = Amounts.parse(row.text(ColumnRole.DEBIT)).filter(a -> a.magnitude().signum() != 0);
        Option<Amount> credit = Amounts.parse(row.text(ColumnRole.CREDIT)).filter(a -> a.magnitude().signum() != 0);
        if (!row.isEmpty(ColumnRole.DEBIT) && Amounts.parse(row.text(ColumnRole.DEBIT)).isEmpty()
                || !row.isEmpty(ColumnRole.CREDIT) && Amounts.parse(row.text(ColumnRole.CREDIT)).isEmpty()) {
            return Either.left("unreadable debit or credit");
        }
        if (debit.isDefined() && credit.isDefined()) {
            return Either.left("both a debit and a credit");
        }
        if (debit.isDefined()) {
            return Either.right(new Directed(TransactionType.DEBIT, debit.get().magnitude()));
        }
        if (credit.isDefined()) {
            return Either.right(new Directed(TransactionType.CREDIT, credit.get().magnitude()));
        }
        String amountText = (row.text(ColumnRole.AMOUNT)).strip();
        Option<Amount> amount = Amounts.parse(amountText);
        if (amount.isEmpty()) {
            return Either.left(amountText.isEmpty() ? "no amount" : "unreadable amount");
        }
        Amount a = amount.get();
        Option<TransactionType> marked = drCr(row.text(ColumnRole.DR_CR))
                .orElse(() -> a.marker() == Marker.DR ? Option.some(TransactionType.DEBIT)
                        : a.marker() == Marker.CR ? Option.some(TransactionType.CREDIT) : Option.none())
                .orElse(() -> a.negative() ? Option.some(TransactionType.DEBIT) : Option.none());
        if (marked.isDefined()) {
            return Either.right(new Directed(marked.get(), a.magnitude()));
        }
        return byBalance(a.magnitude(), previous, balance).map(t -> new Directed(t, a.magnitude()))
                .toEither("no Dr/Cr and no balances to tell the direction");
    }

    /** The direction that makes the printed balance follow from the previous one, when exactly one does. */
    private static Option<TransactionType> byBalance(BigDecimal amount, Option<BigDecimal> previous,
                                                     Option<BigDecimal> balance) {
        if (previous.isEmpty() || balance.isEmpty() || amount.signum() == 0) {
            return Option.none();
        }
        boolean credit = previous.get().add(amount).compareTo(balance.get()) == 0;
        boolean debit = previous.get().subtract(amount).compareTo(balance.get()) == 0;
        return credit == debit ? Option.none() : Option.some(credit ? TransactionType.CREDIT : TransactionType.DEBIT);
    }

    static Option<TransactionType> drCr(String text) {
        String t = text.strip().toUpperCase(Locale.ROOT).replaceAll("[().\\s]", "");
        return switch (t) {
            case "DR", "D", "DEBIT", "WITHDRAWAL" -> Option.some(TransactionType.DEBIT);
            case "CR", "C", "CREDIT", "DEPOSIT" -> Option.some(TransactionType.CREDIT);
            default -> Option.none();
        };
    }

    private static Option<BigDecimal> balance(RowCells row) {
        return Amounts.parse(row.text(ColumnRole.BALANCE)).map(Amount::signed);
    }

    /** A balance row without a balance column prints its figure under the amount. */
    private static Option<BigDecimal> amountOnly(RowCells row) {
        return Amounts.parse(row.text(ColumnRole.AMOUNT)).orElse(() -> Amounts.parse(row.text(ColumnRole.CREDIT)))
                .map(Amount::signed);
    }

    private static boolean hasAnyAmount(RowCells row) {
        return List.of(ColumnRole.DEBIT, ColumnRole.CREDIT, ColumnRole.AMOUNT)
                .exists(r -> Amounts.parse(row.text(r)).exists(a -> a.magnitude().signum() != 0));
    }

    /** Where a row is, and which of its cells hold text; never the text (reasons are shown without --show-data). */
    private static String describe(RowCells row) {
        return "a row on page " + row.page() + " with text in " + row.cells().filter(t -> !t._2.isEmpty()).keySet()
                .toList().map(r -> r.name().toLowerCase(java.util.Locale.ROOT)).sorted().mkString(", ");
    }
}
