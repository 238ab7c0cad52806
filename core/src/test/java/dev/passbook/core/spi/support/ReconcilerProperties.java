package dev.passbook.core.spi.support;

import dev.passbook.core.domain.AccountCategory;
import dev.passbook.core.domain.Identity;
import dev.passbook.core.domain.Money;
import dev.passbook.core.domain.Transaction;
import dev.passbook.core.domain.TransactionType;
import dev.passbook.core.spi.ParsedStatement;
import dev.passbook.core.spi.Reconciliation;
import dev.passbook.core.spi.StatementSummary;
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
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The reconciler flags exactly the rows whose amount was changed after the balances were printed. */
class ReconcilerProperties {

    record Row(TransactionType type, BigDecimal amount) {
    }

    @Provide
    Arbitrary<java.util.List<Row>> rows() {
        return Combinators.combine(Arbitraries.of(TransactionType.class),
                        Arbitraries.longs().between(1, 5_000_000).map(p -> BigDecimal.valueOf(p, 2)))
                .as(Row::new).list().ofMinSize(1).ofMaxSize(30);
    }

    @Provide
    Arbitrary<java.util.List<Long>> deltas() {
        // non-zero changes in paise, applied to some rows
        return Arbitraries.longs().between(-100_000, 100_000).filter(d -> d != 0).list().ofMinSize(0).ofMaxSize(30);
    }

    private static ParsedStatement statement(BigDecimal opening, List<Transaction> transactions,
                                             Option<StatementSummary> summary) {
        Identity identity = new Identity("1234567890", "A", "", Option.none(), Option.none(), AccountCategory.INDIVIDUAL,
                Money.ZERO, Money.ZERO, Option.none(), Option.none(), Option.none(), "INR");
        return new ParsedStatement("test-v1", identity, Option.none(), Option.some(opening), Option.none(),
                transactions, summary);
    }

    @Property(tries = 150)
    void flagsExactlyTheRowsWhoseAmountWasTampered(@ForAll("rows") java.util.List<Row> rows,
                                                   @ForAll("deltas") java.util.List<Long> deltas,
                                                   @ForAll boolean withSummary) {
        BigDecimal opening = Money.of("100000.00");
        BigDecimal balance = opening;
        List<Transaction> honest = List.empty();
        LocalDate day = LocalDate.of(2024, 1, 1);
        for (Row r : rows) {
            balance = r.type() == TransactionType.CREDIT ? balance.add(r.amount()) : balance.subtract(r.amount());
            honest = honest.append(new Transaction(day, Option.none(), "N", Option.none(), r.type(), r.amount(),
                    Option.some(balance)));
            day = day.plusDays(1);
        }
        Set<Integer> tampered = new TreeSet<>();
        List<Transaction> printed = honest;
        for (int i = 0; i < deltas.size() && i < rows.size(); i++) {
            if (i % 2 == 0 || deltas.get(i) % 3 == 0) {
                Transaction t = printed.get(i);
                BigDecimal changed = t.amount().add(BigDecimal.valueOf(deltas.get(i), 2));
                if (changed.signum() > 0) {
                    printed = printed.update(i, new Transaction(t.date(), t.valueDate(), t.note(), t.reference(),
                            t.type(), changed, t.balance()));
                    tampered.add(i);
                }
            }
        }
        // a summary computed from the honest rows agrees with the printed balances
        BigDecimal debits = honest.filter(t -> t.type() == TransactionType.DEBIT).map(Transaction::amount)
                .fold(Money.ZERO, BigDecimal::add);
        BigDecimal credits = honest.filter(t -> t.type() == TransactionType.CREDIT).map(Transaction::amount)
                .fold(Money.ZERO, BigDecimal::add);
        Option<StatementSummary> summary = withSummary ? Option.some(new StatementSummary(opening,
                honest.count(t -> t.type() == TransactionType.DEBIT), honest.count(t -> t.type() == TransactionType.CREDIT),
                debits, credits, balance)) : Option.none();

        Reconciliation r = Reconciler.reconcile(statement(opening, printed, summary));
        assertEquals(tampered, new TreeSet<>(r.balanceBreaks().map(Reconciliation.BalanceBreak::index).toJavaList()));
        if (tampered.isEmpty()) {
            assertTrue(r.isClean(), r.toString());
        }
    }

    @Property(tries = 100)
    void honestStatementReconcilesWithItsSummary(@ForAll("rows") java.util.List<Row> rows) {
        BigDecimal opening = Money.of("500.00");
        BigDecimal balance = opening;
        List<Transaction> txns = List.empty();
        for (Row r : rows) {
            balance = r.type() == TransactionType.CREDIT ? balance.add(r.amount()) : balance.subtract(r.amount());
            txns = txns.append(new Transaction(LocalDate.of(2024, 2, 1), Option.none(), "N", Option.none(), r.type(),
                    r.amount(), Option.some(balance)));
        }
        BigDecimal debits = txns.filter(t -> t.type() == TransactionType.DEBIT).map(Transaction::amount)
                .fold(Money.ZERO, BigDecimal::add);
        BigDecimal credits = txns.filter(t -> t.type() == TransactionType.CREDIT).map(Transaction::amount)
                .fold(Money.ZERO, BigDecimal::add);
        StatementSummary summary = new StatementSummary(opening, txns.count(t -> t.type() == TransactionType.DEBIT),
                txns.count(t -> t.type() == TransactionType.CREDIT), debits, credits, balance);
        assertTrue(Reconciler.reconcile(statement(opening, txns, Option.some(summary))).isClean());
        // and a summary that overstates credits by one paisa is caught
        StatementSummary wrong = new StatementSummary(opening, summary.debitCount(), summary.creditCount(), debits,
                credits.add(new BigDecimal("0.01")), balance);
        assertTrue(Reconciler.reconcile(statement(opening, txns, Option.some(wrong))).summaryMismatches()
                .exists(m -> m.field().equals("credits")));
    }
}
