package dev.passbook.testkit.arbitraries;

import dev.passbook.core.domain.Money;
import dev.passbook.core.domain.Transaction;
import dev.passbook.core.domain.TransactionType;
import dev.passbook.core.spi.ParsedStatement;
import dev.passbook.core.spi.Reconciliation;
import dev.passbook.testkit.GeneratedStatement;
import dev.passbook.testkit.Layout;
import io.vavr.collection.List;
import io.vavr.control.Option;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StatementsProperties {

    @Provide
    Arbitrary<GeneratedStatement> anyLayout() {
        return Arbitraries.of(Layout.builtIn().asJava()).flatMap(Statements::forLayout);
    }

    /** Core's reconciler, independent of the generator, must find nothing to complain about. */
    static Reconciliation reconcile(GeneratedStatement s) {
        return new ParsedStatement(s.layout().id(), s.identity(), Option.some(s.declaredPeriod()),
                Option.some(s.openingBalance()), Option.some(s.closingBalance()), s.transactions(),
                Option.some(s.summary())).reconciliation();
    }

    @Property(tries = 60)
    void runningBalancesAreConsistent(@ForAll("anyLayout") GeneratedStatement s) {
        assertTrue(reconcile(s).isClean(), () -> reconcile(s).toString());
        BigDecimal balance = s.openingBalance();
        for (Transaction t : s.transactions()) {
            balance = balance.add(t.signedAmount());
            assertEquals(balance, t.balance().get());
            assertTrue(Money.isMoney(t.amount()) && Money.isMoney(t.balance().get()), "scale 2");
            assertTrue(t.amount().signum() > 0, "amounts are positive");
        }
        assertEquals(balance, s.closingBalance());
    }

    @Property(tries = 60)
    void rowsAreInsideThePeriodAndInDateOrder(@ForAll("anyLayout") GeneratedStatement s) {
        assertTrue(s.transactions().forAll(t -> s.declaredPeriod().contains(t.date())));
        List<LocalDate> dates = s.transactions().map(Transaction::date);
        assertEquals(dates.sorted(), dates);
        assertEquals(s.layout().printsValueDate(), s.transactions().forAll(t -> t.valueDate().isDefined()));
    }

    @Property(tries = 60)
    void overdraftStatementsGoNegativeAndOthersNever(@ForAll("anyLayout") GeneratedStatement s) {
        List<BigDecimal> balances = s.transactions().map(t -> t.balance().get()).prepend(s.openingBalance());
        if (s.options().overdraft()) {
            assertTrue(balances.exists(b -> b.signum() < 0), balances::toString);
            assertTrue(s.identity().odLimit().signum() > 0, "an overdraft account has a limit");
        } else {
            assertTrue(balances.forAll(b -> b.signum() >= 0), balances::toString);
        }
    }

    @Property(tries = 60)
    void notesAreStoredAsTheLayoutPrintsThem(@ForAll("anyLayout") GeneratedStatement s) {
        for (Transaction t : s.transactions()) {
            assertEquals(t.note(), s.layout().wrap().join(s.layout().wrap().wrap(t.note())));
            assertEquals(t.note(), s.layout().wrap().fit(t.note()));
        }
    }

    @Property(tries = 40)
    void hdfcReferencesAreZeroPaddedTo15Or16AndRtgsTo22(@ForAll("hdfc") GeneratedStatement s) {
        for (Transaction t : s.transactions()) {
            String ref = t.reference().get();
            int expected = t.note().startsWith("RTGS") ? 22 : ref.length() == 15 ? 15 : 16;
            assertEquals(expected, ref.length(), ref);
        }
    }

    @Provide
    Arbitrary<GeneratedStatement> hdfc() {
        return Arbitraries.oneOf(Statements.hdfcLegacy(), Statements.hdfcNewer());
    }

    @Property(tries = 40)
    void overdraftShapeAlwaysGivesOverdrafts(@ForAll("overdrafts") GeneratedStatement s) {
        assertTrue(s.options().overdraft());
        assertTrue(s.transactions().exists(t -> t.balance().get().signum() < 0) || s.openingBalance().signum() < 0);
    }

    @Provide
    Arbitrary<GeneratedStatement> overdrafts() {
        return Statements.forLayout(Layout.HDFC_LEGACY, StatementShape.defaults().overdraft(1.0));
    }

    @Example
    void generationCoversLeapDaysMonthEndsAndInterestOnTheFirst() {
        List<GeneratedStatement> many = List.range(0, 300).map(i -> Seeded.sample(Statements.hdfcLegacy(), 7, i));
        List<Transaction> rows = many.flatMap(GeneratedStatement::transactions);
        assertTrue(rows.exists(t -> t.date().getMonthValue() == 2 && t.date().getDayOfMonth() == 29), "a 29 February row");
        assertTrue(rows.exists(t -> t.date().equals(YearMonth.from(t.date()).atEndOfMonth())), "a month-end row");
        assertTrue(rows.exists(t -> t.note().startsWith("INTEREST PAID TILL") && t.date().getDayOfMonth() == 1
                && t.type() == TransactionType.CREDIT), "interest credited on the 1st");
        assertTrue(many.exists(s -> s.declaredPeriod().to().getDayOfMonth() == 1), "a period ending on the 1st");
        assertTrue(many.exists(s -> s.transactions().exists(t -> s.layout().wrap().wrap(t.note()).size() >= 3)),
                "a narration over three lines");
        assertTrue(many.exists(s -> s.summary().closingBalance().compareTo(new BigDecimal("1000000")) >= 0),
                "a balance where western and Indian grouping differ");
        for (String prefix : List.of("UPI-", "NEFT CR-", "IMPS-", "RTGS ", "ATW-", "POS ", "ACH D- ", "CHQ DEP")) {
            assertTrue(rows.exists(t -> t.note().startsWith(prefix)), prefix);
        }
    }

    @Example
    void sameSeedSameStatement() {
        assertEquals(Seeded.sample(Statements.genericSerialFirst(), 99, 3), Seeded.sample(Statements.genericSerialFirst(), 99, 3));
        assertFalse(Seeded.sample(Statements.genericSerialFirst(), 99, 3).equals(Seeded.sample(Statements.genericSerialFirst(), 99, 4)));
    }

    @Example
    void editingABalanceBreaksTheRunningTotalAtThatRowOnly() {
        GeneratedStatement s = Seeded.sample(Statements.forLayout(Layout.HDFC_NEWER, StatementShape.defaults().rows(5, 10)), 3);
        GeneratedStatement edited = s.withEditedBalance(2, new BigDecimal("500.00"));
        assertEquals(Option.some(2), edited.options().editedBalanceRow());
        Reconciliation r = reconcile(edited);
        assertEquals(List.of(2, 3), r.balanceBreaks().map(Reconciliation.BalanceBreak::index),
                "row 2 no longer follows row 1, and row 3 no longer follows row 2");
        assertEquals(s.transactions().get(2).balance().get().add(new BigDecimal("500.00")), edited.transactions().get(2).balance().get());
        assertThrows(IllegalArgumentException.class, () -> s.withEditedBalance(99, BigDecimal.ONE));
        assertThrows(IllegalArgumentException.class, () -> s.withEditedBalance(0, BigDecimal.ZERO));
    }

    @Example
    void aBankTheLayoutIsNotDrawnForIsRejected() {
        assertThrows(IllegalArgumentException.class,
                () -> Statements.forLayout(Layout.HDFC_LEGACY, "sbi", StatementShape.defaults()));
        assertThrows(IllegalArgumentException.class, () -> new StatementShape(0, 3, 0, 0));
    }
}
