package dev.passbook.parserkit;

import dev.passbook.core.domain.Money;
import dev.passbook.core.domain.Transaction;
import dev.passbook.core.domain.TransactionType;
import dev.passbook.core.spi.support.Amounts;
import dev.passbook.testkit.drawn.DrawnStatement;
import dev.passbook.testkit.drawn.DrawnStatement.RowAlign;
import io.vavr.collection.List;
import io.vavr.control.Option;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import static dev.passbook.testkit.drawn.DrawnStatement.Col.left;
import static dev.passbook.testkit.drawn.DrawnStatement.Col.right;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Rows printed in any column arrangement and any row alignment read back through the engine to the
 * same types, amounts, balances and narrations, in balance order, whichever way round they are printed.
 */
class LedgerProperties {

    enum Style { DEBIT_CREDIT, AMOUNT_DRCR_COLUMN, AMOUNT_SUFFIX, AMOUNT_UNMARKED, BALANCE_MARKED }

    record Drawn(TransactionType type, BigDecimal amount, int narrationLines) {
    }

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @Property(tries = 120)
    void everyStyleReadsBackWhatWasPrinted(@ForAll("rows") java.util.List<Drawn> drawn, @ForAll("money") BigDecimal opening,
                                           @ForAll Style style, @ForAll RowAlign align, @ForAll boolean newestFirst) {
        List<Drawn> rows = List.ofAll(drawn);
        DrawnStatement s = DrawnStatement.standard("ACME BANK", "ACME0001234").rowAlign(align).rowGap(4)
                .columns(columns(style));
        BigDecimal balance = opening;
        List<String[]> printed = List.empty();
        List<BigDecimal> balances = List.empty();
        List<String> notes = List.empty();
        LocalDate day = LocalDate.of(2024, 4, 1);
        for (int i = 0; i < rows.size(); i++) {
            Drawn r = rows.get(i);
            balance = balance.add(r.type() == TransactionType.CREDIT ? r.amount() : r.amount().negate());
            balances = balances.append(balance);
            String note = List.range(0, r.narrationLines()).map(k -> "ROW" + (char) ('A' + k % 26)).mkString("\n");
            notes = notes.append(note.replace('\n', ' '));
            printed = printed.append(cells(style, day.format(DATE), note, r, balance));
            day = day.plusDays(1);
        }
        String[] openingRow = cells(style, "", "Opening Balance", null, opening);
        List<String[]> all = newestFirst ? printed.reverse().append(openingRow) : printed.prepend(openingRow);
        all.forEach(s::row);
        Ledger.Result read = dev.passbook.parserkit.Drawn.ledger(s.document());
        List<Transaction> got = read.transactions();
        assertEquals(rows.map(Drawn::type), got.map(Transaction::type));
        assertEquals(rows.map(Drawn::amount), got.map(Transaction::amount));
        assertEquals(balances.map(Option::some), got.map(Transaction::balance));
        assertEquals(notes, got.map(Transaction::note));
        assertEquals(Option.some(Money.of(opening)), read.opening());
    }

    private static DrawnStatement.Col[] columns(Style style) {
        return switch (style) {
            case DEBIT_CREDIT, BALANCE_MARKED -> new DrawnStatement.Col[] {left("Date", 26, 70), left("Narration", 80, 200),
                    right("Debit", 210, 290), right("Credit", 300, 380), right("Balance", 390, 480)};
            case AMOUNT_DRCR_COLUMN -> new DrawnStatement.Col[] {left("Date", 26, 70), left("Narration", 80, 200),
                    right("Amount", 210, 290), left("Dr/Cr", 300, 330), right("Balance", 390, 480)};
            case AMOUNT_SUFFIX, AMOUNT_UNMARKED -> new DrawnStatement.Col[] {left("Date", 26, 70), left("Narration", 80, 200),
                    right("Amount", 210, 310), right("Balance", 390, 480)};
        };
    }

    /** One row's cells in {@code style}; {@code r} null for the opening balance row. */
    private static String[] cells(Style style, String date, String note, Drawn r, BigDecimal balance) {
        String bal = style == Style.BALANCE_MARKED
                ? Amounts.format(balance.abs(), Amounts.Grouping.INDIAN) + (balance.signum() < 0 ? " DR" : " CR")
                : Amounts.format(balance, Amounts.Grouping.INDIAN);
        String amount = r == null ? "" : Amounts.format(r.amount(), Amounts.Grouping.INDIAN);
        boolean debit = r != null && r.type() == TransactionType.DEBIT;
        return switch (style) {
            case DEBIT_CREDIT, BALANCE_MARKED -> new String[] {date, note, r == null ? "" : debit ? amount : "0.00",
                    r == null ? "" : debit ? "0.00" : amount, bal};
            case AMOUNT_DRCR_COLUMN -> new String[] {date, note, amount, r == null ? "" : debit ? "DR" : "CR", bal};
            case AMOUNT_SUFFIX -> new String[] {date, note, r == null ? "" : amount + (debit ? "(Dr)" : "(Cr)"), bal};
            case AMOUNT_UNMARKED -> new String[] {date, note, amount, bal};
        };
    }

    @Provide
    Arbitrary<java.util.List<Drawn>> rows() {
        return Combinators.combine(Arbitraries.of(TransactionType.class), money().filter(m -> m.signum() > 0),
                Arbitraries.integers().between(1, 3)).as(Drawn::new).list().ofMinSize(1).ofMaxSize(20);
    }

    @Provide
    Arbitrary<BigDecimal> money() {
        return Arbitraries.bigDecimals().between(new BigDecimal("-500000"), new BigDecimal("5000000")).ofScale(2)
                .map(Money::of);
    }
}
