package dev.passbook.testkit.contract;

import dev.passbook.core.domain.DateRange;
import dev.passbook.core.domain.Identity;
import dev.passbook.core.domain.Transaction;
import dev.passbook.core.spi.ParsedStatement;
import dev.passbook.core.spi.StatementSummary;
import dev.passbook.testkit.Fixtures;
import dev.passbook.testkit.GeneratedStatement;
import dev.passbook.testkit.IdentityField;
import dev.passbook.testkit.Layout;
import io.vavr.collection.List;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StatementDifferencesTest {

    private static final GeneratedStatement TRUTH = Fixtures.hdfc(Layout.HDFC_LEGACY);

    private static ParsedStatement exact() {
        return new ParsedStatement("hdfc-legacy-v1", TRUTH.identity(), Option.some(TRUTH.declaredPeriod()),
                Option.some(TRUTH.openingBalance()), Option.some(TRUTH.closingBalance()), TRUTH.transactions(),
                Option.some(TRUTH.summary()));
    }

    private static List<String> diff(ParsedStatement p) {
        return StatementDifferences.between(TRUTH, p, Layout.HDFC_LEGACY.printedIdentity());
    }

    private static ParsedStatement withRows(List<Transaction> rows) {
        ParsedStatement e = exact();
        return new ParsedStatement(e.layoutId(), e.identity(), e.declaredPeriod(), e.openingBalance(), e.closingBalance(), rows, e.summary());
    }

    private static Transaction note(Transaction t, String note) {
        return new Transaction(t.date(), t.valueDate(), note, t.reference(), t.type(), t.amount(), t.balance());
    }

    @Test
    void anExactParseHasNoDifferences() {
        assertEquals(List.empty(), diff(exact()));
    }

    @Test
    void whitespaceInNotesAndAddressLineBreaksDoNotCount() {
        Transaction first = TRUTH.transactions().head();
        ParsedStatement p = withRows(TRUTH.transactions().update(0, note(first, "  " + first.note().replace(" ", "   ") + "\n")));
        assertEquals(List.empty(), diff(p));
        Identity id = TRUTH.identity();
        Identity commas = new Identity(id.accountNumber(), id.name(), id.address().replace("\n", ", "), id.ifsc(), id.micr(),
                id.accountCategory(), id.creditLimit(), id.odLimit(), id.customerId(), id.branch(), id.accountOpeningDate(), id.currency());
        ParsedStatement e = exact();
        assertEquals(List.empty(), diff(new ParsedStatement(e.layoutId(), commas, e.declaredPeriod(), e.openingBalance(),
                e.closingBalance(), e.transactions(), e.summary())));
    }

    @Test
    void aMissingSpaceInsideANoteIsADifference() {
        Transaction second = TRUTH.transactions().get(1);
        List<String> d = diff(withRows(TRUTH.transactions().update(1, note(second, second.note().replace("ACME TECH", "ACMETECH")))));
        assertEquals(1, d.size());
        assertTrue(d.head().startsWith("row 1 (2024-02-29"), d.head());
    }

    @Test
    void eachWrongFieldIsNamed() {
        ParsedStatement e = exact();
        Identity id = e.identity();
        Identity wrong = new Identity("50100123456780", id.name(), id.address(), Option.some("HDFC0001235"), Option.none(),
                id.accountCategory(), id.creditLimit(), new BigDecimal("1.00"), id.customerId(), id.branch(), id.accountOpeningDate(), id.currency());
        Transaction t = e.transactions().head();
        Transaction badRow = new Transaction(t.date().plusDays(1), Option.none(), t.note(), Option.none(), t.type().equals(
                dev.passbook.core.domain.TransactionType.DEBIT) ? dev.passbook.core.domain.TransactionType.CREDIT
                : dev.passbook.core.domain.TransactionType.DEBIT, new BigDecimal("1500.5"), Option.none());
        ParsedStatement p = new ParsedStatement(e.layoutId(), wrong, Option.some(DateRange.of(LocalDate.of(2024, 2, 1), LocalDate.of(2024, 2, 29))),
                Option.none(), e.closingBalance().map(c -> c.add(BigDecimal.ONE)), e.transactions().update(0, badRow).dropRight(1),
                Option.some(new StatementSummary(e.openingBalance().get(), 9, 2, e.summary().get().debits(), e.summary().get().credits(),
                        e.summary().get().closingBalance())));
        String all = diff(p).mkString("\n");
        for (String expected : List.of("identity.accountNumber", "identity.ifsc", "identity.micr", "identity.odLimit: expected 0.00, parsed 1.00",
                "declared period: expected 2024-02-01..2024-03-01, parsed 2024-02-01..2024-02-29", "opening balance: expected 1234567.89, parsed none",
                "closing balance", "summary.debitCount: expected 2, parsed 9", "transactions: expected 4 rows, parsed 3",
                "row 0 (2024-02-01, UPI-RAHULSHARMA-RAHUL12@…) date", "row 0 (2024-02-01, UPI-RAHULSHARMA-RAHUL12@…) valueDate",
                "row 0 (2024-02-01, UPI-RAHULSHARMA-RAHUL12@…) reference", "row 0 (2024-02-01, UPI-RAHULSHARMA-RAHUL12@…) type",
                "row 0 (2024-02-01, UPI-RAHULSHARMA-RAHUL12@…) amount: parsed 1500.5 with scale 1, money has scale 2",
                "row 0 (2024-02-01, UPI-RAHULSHARMA-RAHUL12@…) balance: expected 1233067.39, parsed none")) {
            assertTrue(all.contains(expected), () -> "missing '" + expected + "' in\n" + all);
        }
    }

    @Test
    void onlyTheRequestedIdentityFieldsAreCompared() {
        ParsedStatement e = exact();
        Identity id = e.identity();
        Identity noBranch = new Identity(id.accountNumber(), id.name(), id.address(), id.ifsc(), id.micr(), id.accountCategory(),
                id.creditLimit(), id.odLimit(), id.customerId(), Option.none(), id.accountOpeningDate(), id.currency());
        ParsedStatement p = new ParsedStatement(e.layoutId(), noBranch, e.declaredPeriod(), e.openingBalance(), e.closingBalance(),
                e.transactions(), e.summary());
        assertEquals(1, StatementDifferences.between(TRUTH, p, Layout.HDFC_LEGACY.printedIdentity()).size());
        assertEquals(0, StatementDifferences.between(TRUTH, p, Layout.HDFC_LEGACY.printedIdentity().remove(IdentityField.BRANCH)).size());
    }

    @Test
    void aMissingSummaryIsADifferenceOnlyForLayoutsThatPrintOne() {
        ParsedStatement e = exact();
        ParsedStatement p = new ParsedStatement(e.layoutId(), e.identity(), e.declaredPeriod(), e.openingBalance(), e.closingBalance(),
                e.transactions(), Option.none());
        assertTrue(diff(p).head().startsWith("summary: expected"), diff(p)::toString);
    }
}
