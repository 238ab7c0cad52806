package dev.passbook.parsers.generic;

import dev.passbook.core.domain.Money;
import dev.passbook.core.domain.Transaction;
import dev.passbook.core.domain.TransactionType;
import dev.passbook.core.spi.support.Amounts;
import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.math.BigDecimal;
import java.time.LocalDate;

import static dev.passbook.parsers.generic.ColumnRole.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Rows printed in any of the generic styles read back to the same types, amounts and balances. */
class RowReaderProperties {

    enum Style { DEBIT_CREDIT, AMOUNT_DRCR_COLUMN, AMOUNT_SUFFIX, AMOUNT_UNMARKED, BALANCE_MARKED }

    record Row(TransactionType type, BigDecimal amount) {
    }

    @Property(tries = 150)
    void everyStyleReadsBackWhatWasPrinted(@ForAll("rows") java.util.List<Row> drawn, @ForAll("money") BigDecimal opening,
                                           @ForAll Style style) {
        List<Row> rows = List.ofAll(drawn);
        BigDecimal balance = opening;
        List<RowCells> cells = List.empty();
        List<BigDecimal> balances = List.empty();
        LocalDate day = LocalDate.of(2024, 4, 1);
        for (Row r : rows) {
            balance = balance.add(r.type() == TransactionType.CREDIT ? r.amount() : r.amount().negate());
            balances = balances.append(balance);
            String amount = Amounts.format(r.amount(), Amounts.Grouping.INDIAN);
            String bal = style == Style.BALANCE_MARKED
                    ? Amounts.format(balance.abs(), Amounts.Grouping.INDIAN) + (balance.signum() < 0 ? " DR" : " CR")
                    : Amounts.format(balance, Amounts.Grouping.INDIAN);
            RowCells c = RowCells.empty(1).with(DATE, day.toString()).with(NARRATION, "ROW").with(BALANCE, bal);
            boolean debit = r.type() == TransactionType.DEBIT;
            c = switch (style) {
                case DEBIT_CREDIT, BALANCE_MARKED -> c.with(debit ? DEBIT : CREDIT, amount).with(debit ? CREDIT : DEBIT, "0.00");
                case AMOUNT_DRCR_COLUMN -> c.with(AMOUNT, amount).with(DR_CR, debit ? "DR" : "CR");
                case AMOUNT_SUFFIX -> c.with(AMOUNT, amount + (debit ? "(Dr)" : "(Cr)"));
                case AMOUNT_UNMARKED -> c.with(AMOUNT, amount);
            };
            cells = cells.append(c);
            day = day.plusDays(1);
        }
        Either<String, RowReader.Rows> read = RowReader.read(cells, Option.some(opening));
        assertTrue(read.isRight(), () -> read.getLeft());
        List<Transaction> got = read.get().transactions();
        assertEquals(rows.map(Row::type), got.map(Transaction::type));
        assertEquals(rows.map(Row::amount), got.map(Transaction::amount));
        assertEquals(balances.map(Option::some), got.map(Transaction::balance));
    }

    @Provide
    Arbitrary<java.util.List<Row>> rows() {
        return Combinators.combine(Arbitraries.of(TransactionType.class), money().filter(m -> m.signum() > 0))
                .as(Row::new).list().ofMinSize(1).ofMaxSize(25);
    }

    @Provide
    Arbitrary<BigDecimal> money() {
        return Arbitraries.bigDecimals().between(new BigDecimal("-500000"), new BigDecimal("5000000")).ofScale(2)
                .map(Money::of);
    }
}
