package dev.passbook.parserkit;

import dev.passbook.core.document.Document;
import dev.passbook.core.domain.Money;
import dev.passbook.core.domain.Transaction;
import dev.passbook.core.domain.TransactionType;
import dev.passbook.core.spi.ParseRefusal;
import dev.passbook.core.spi.ReadStage;
import dev.passbook.testkit.drawn.DrawnStatement;
import io.vavr.collection.List;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;

import static dev.passbook.core.domain.TransactionType.CREDIT;
import static dev.passbook.core.domain.TransactionType.DEBIT;
import static dev.passbook.testkit.drawn.DrawnStatement.Col.left;
import static dev.passbook.testkit.drawn.DrawnStatement.Col.right;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** How the ledger turns rows into transactions, the running balance deciding what the cells leave open. */
class LedgerTest {

    private static BigDecimal m(String s) {
        return Money.of(s);
    }

    private static DrawnStatement debitCredit() {
        return DrawnStatement.standard("ACME BANK", "ACME0001234")
                .columns(left("Date", 26, 70), left("Narration", 80, 250), right("Debit", 260, 320),
                        right("Credit", 330, 390), right("Balance", 400, 470));
    }

    private static DrawnStatement amountAndType() {
        return DrawnStatement.standard("ACME BANK", "ACME0001234")
                .columns(left("Date", 26, 70), left("Narration", 80, 250), right("Amount", 260, 330),
                        left("Dr/Cr", 340, 370), right("Balance", 400, 470));
    }

    private static DrawnStatement amountOnly() {
        return DrawnStatement.standard("ACME BANK", "ACME0001234")
                .columns(left("Date", 26, 70), left("Narration", 80, 250), right("Amount", 260, 350),
                        right("Balance", 400, 480));
    }

    private static List<TransactionType> types(Document d) {
        return Drawn.ledger(d).transactions().map(Transaction::type);
    }

    @Test
    void debitAndCreditColumnsGiveTheDirectionAndAZeroPlaceholderIsNoAmount() {
        Document d = debitCredit()
                .row("", "Opening Balance", "", "", "1,000.00")
                .row("01/04/24", "UPI", "250.50", "0.00", "749.50")
                .row("03/04/24", "NEFT", "0.00", "1,00,000.00", "1,00,749.50")
                .document();
        Ledger.Result r = Drawn.ledger(d);
        assertEquals(List.of(DEBIT, CREDIT), r.transactions().map(Transaction::type));
        assertEquals(List.of(m("250.50"), m("100000.00")), r.transactions().map(Transaction::amount));
        assertEquals(List.of(Option.some(m("749.50")), Option.some(m("100749.50"))), r.transactions().map(Transaction::balance));
    }

    @Test
    void aSingleAmountTakesItsDirectionFromItsDrCrColumnOrItsMarker() {
        assertEquals(List.of(DEBIT, CREDIT), types(amountAndType()
                .row("01/04/24", "UPI", "100.00", "DR", "900.00")
                .row("02/04/24", "NEFT", "50.00", "CR", "950.00")
                .document()));
        assertEquals(List.of(DEBIT, CREDIT, DEBIT), types(amountOnly()
                .row("01/04/24", "UPI", "100.00(Dr)", "900.00")
                .row("02/04/24", "NEFT", "50.00 Cr", "950.00")
                .row("03/04/24", "ATM", "-20.00", "930.00")
                .document()));
    }

    @Test
    void inAColumnThatSignsItsDebitsAnUnsignedAmountTheBalancesCannotDecideIsACredit() {
        // the second row's balance is forged: neither it nor the row after follows from the one before
        Ledger.Result r = Drawn.ledger(amountOnly()
                .row("", "Opening Balance", "", "1,000.00")
                .row("01/04/24", "UPI", "-100.00", "900.00")
                .row("02/04/24", "NEFT", "50.00", "9,950.00")
                .row("03/04/24", "IMPS", "25.00", "975.00")
                .document());
        assertEquals(List.of(DEBIT, CREDIT, CREDIT), r.transactions().map(Transaction::type));
        assertEquals(Option.some(m("9950.00")), r.transactions().get(1).balance(), "the forged balance as printed");
        // without a minus anywhere in the column the same rows stay undecided: refused, not guessed
        ParseRefusal refusal = Drawn.refusal(amountOnly()
                .row("", "Opening Balance", "", "1,000.00")
                .row("01/04/24", "UPI", "100.00", "900.00")
                .row("02/04/24", "NEFT", "50.00", "9,950.00")
                .row("03/04/24", "IMPS", "25.00", "975.00")
                .document());
        assertTrue(refusal.reason().contains("debit from credit"), refusal.reason());
    }

    @Test
    void aMinusInTheDebitOrCreditColumnLeavesTheDirectionToTheBalances() {
        // a reversal printed as -1.00 under Debit raises the balance: a credit; the ledger says which rows these are
        Ledger.Result r = Drawn.ledger(debitCredit()
                .row("", "Opening Balance", "", "", "1,000.00")
                .row("01/04/24", "POS", "1.00", "", "999.00")
                .row("01/04/24", "POS REVERSAL", "-1.00", "", "1,000.00")
                .row("02/04/24", "CHARGE REVERSED", "", "-5.00", "995.00")
                .document());
        assertEquals(List.of(DEBIT, CREDIT, DEBIT), r.transactions().map(Transaction::type));
        assertEquals(List.of(m("1.00"), m("1.00"), m("5.00")), r.transactions().map(Transaction::amount));
        assertEquals(List.of(1, 2), r.reversals());
        assertEquals(List.of(1, 2), r.notes().reversals());
        assertTrue(r.decisions().exists(s -> s.startsWith("2 row(s) with a minus sign")), r.decisions().mkString("\n"));
    }

    @Test
    void aMinusInADebitColumnWithNoBalanceToTellIsRefused() {
        ParseRefusal refusal = Drawn.refusal(debitCredit()
                .row("01/04/24", "POS REVERSAL", "-1.00", "", "")
                .row("02/04/24", "UPI", "5.00", "", "")
                .document());
        assertEquals(ReadStage.ROWS, refusal.stage());
        assertTrue(refusal.reason().contains("row 1"), refusal.reason());
    }

    @Test
    void aFigureGroupedWithDotsIsReadAsGroupedAndTheLedgerSaysWhere() {
        // an editor typing over a cell may group with dots: the figure has one meaning, the chain then judges it
        Ledger.Result r = Drawn.ledger(debitCredit()
                .row("", "Opening Balance", "", "", "1,000.00")
                .row("01/04/24", "NEFT", "", "12,000.00", "13.000.00")
                .document());
        assertEquals(Option.some(m("13000.00")), r.transactions().head().balance());
        assertTrue(r.decisions().exists(s -> s.startsWith("figures grouped with dots") && s.contains("row 1 on page 1")),
                r.decisions().mkString("\n"));
    }

    @Test
    void aPluginThatKnowsItsBankCutsNarrationsHasEveryPieceJoinedWithoutASpace() {
        Document d = debitCredit().rowGap(0)
                .row("01/04/24", "UPI-RAVI KUMAR-OKS\nBI-GROCERIES", "10.00", "", "990.00")
                .row("02/04/24", "ATM", "20.00", "", "970.00")
                .document();
        Table t = Drawn.table(d);
        assertEquals(List.of("UPI-RAVI KUMAR-OKS BI-GROCERIES", "ATM"),
                Ledger.read(t).get().transactions().map(Transaction::note), "one wrapped row: nothing says cut");
        Ledger.Result cut = Ledger.read(t, Option.none(), Option.none(), Ledger.Narrations.CUT).get();
        assertEquals(List.of("UPI-RAVI KUMAR-OKSBI-GROCERIES", "ATM"), cut.transactions().map(Transaction::note));
    }

    @Test
    void anUnmarkedAmountIsDirectedByTheBalanceAndRefusedWhenNothingTells() {
        Ledger.Result r = Drawn.ledger(amountOnly()
                .row("", "Opening Balance", "", "1,000.00")
                .row("01/04/24", "UPI", "100.00", "900.00")
                .row("02/04/24", "NEFT", "50.00", "950.00")
                .document());
        assertEquals(List.of(DEBIT, CREDIT), r.transactions().map(Transaction::type));
        ParseRefusal refusal = Drawn.refusal(amountOnly()
                .row("01/04/24", "UPI", "100.00", "900.00")
                .document());
        assertEquals(ReadStage.ROWS, refusal.stage());
        assertTrue(refusal.reason().contains("row 1 on page 1"), refusal.reason());
        assertTrue(refusal.reason().contains("debit from credit"), refusal.reason());
    }

    @Test
    void balancesMarkedCrOrDrAreSigned() {
        Ledger.Result r = Drawn.ledger(debitCredit()
                .row("", "Opening Balance", "", "", "100.00 Cr")
                .row("01/04/24", "UPI", "150.00", "", "50.00 DR")
                .row("02/04/24", "NEFT", "", "80.00", "30.00CR")
                .document());
        assertEquals(List.of(Option.some(m("-50.00")), Option.some(m("30.00"))), r.transactions().map(Transaction::balance));
        assertEquals(Option.some(m("100.00")), r.opening());
    }

    @Test
    void openingClosingTotalAndBroughtForwardRowsAreNotTransactions() {
        DrawnStatement s = debitCredit().rowsPerPage(3)
                .row("", "Opening Balance", "", "", "1,000.00")
                .row("01/04/24", "UPI", "100.00", "", "900.00")
                .row("02/04/24", "ATM", "100.00", "", "800.00")
                .row("", "Balance B/F", "", "", "800.00")
                .row("03/04/24", "NEFT", "", "50.00", "850.00")
                .row("", "Total", "200.00", "50.00", "")
                .row("", "Closing Balance", "", "", "850.00");
        Ledger.Result r = Drawn.ledger(s.document());
        assertEquals(List.of("UPI", "ATM", "NEFT"), r.transactions().map(Transaction::note));
        assertEquals(Option.some(m("1000.00")), r.opening());
        assertEquals(Option.some(m("850.00")), r.closing());
    }

    @Test
    void aDatedTransactionWhoseNarrationStartsWithTotalIsStillATransaction() {
        Ledger.Result r = Drawn.ledger(debitCredit()
                .row("", "Opening Balance", "", "", "1,000.00")
                .row("01/04/24", "TOTAL GAS BILL", "100.00", "", "900.00")
                .document());
        assertEquals(List.of("TOTAL GAS BILL"), r.transactions().map(Transaction::note));
    }

    @Test
    void aRowWhoseDateCannotBeReadRefusesTheStatementNotJustTheRow() {
        ParseRefusal refusal = Drawn.refusal(debitCredit()
                .row("01/04/24", "UPI", "100.00", "", "900.00")
                .row("31/02/24", "ATM", "100.00", "", "800.00")
                .document());
        assertEquals(ReadStage.ROWS, refusal.stage());
        assertEquals("row 2 on page 1: the date column does not read as a date", refusal.reason());
        assertTrue(refusal.at().isDefined());
    }

    @Test
    void aDashOrNilIsNoAmountAndATimeAfterTheDateIsIgnored() {
        Ledger.Result r = Drawn.ledger(debitCredit()
                .row("", "Opening Balance", "", "", "1,000.00")
                .row("01/04/2024 10:22:05", "UPI", "100.00", "-", "900.00")
                .row("02/04/2024\n06:21 PM", "NEFT", "NIL", "50.00", "950.00")
                .document());
        assertEquals(List.of(DEBIT, CREDIT), r.transactions().map(Transaction::type));
        assertEquals(List.of(LocalDate.of(2024, 4, 1), LocalDate.of(2024, 4, 2)), r.transactions().map(Transaction::date));
    }

    @Test
    void aStatementPrintedNewestFirstIsReadInBalanceOrder() {
        Ledger.Result r = Drawn.ledger(debitCredit()
                .row("03/04/24", "NEFT", "", "50.00", "850.00")
                .row("02/04/24", "ATM", "100.00", "", "800.00")
                .row("01/04/24", "UPI", "100.00", "", "900.00")
                .row("", "Opening Balance", "", "", "1,000.00")
                .document());
        assertEquals(List.of("UPI", "ATM", "NEFT"), r.transactions().map(Transaction::note));
        assertEquals(Option.some(m("1000.00")), r.opening());
        assertTrue(r.decisions().contains("rows printed newest first: read in reverse"), r.decisions().mkString("\n"));
    }

    @Test
    void titlesTheBalancesContradictAreReadTheOtherWayRound() {
        // the bank's titles say Debit | Credit, but every balance follows only the other way round
        Ledger.Result r = Drawn.ledger(debitCredit()
                .row("", "Opening Balance", "", "", "1,000.00")
                .row("01/04/24", "SALARY", "500.00", "", "1,500.00")
                .row("02/04/24", "RENT", "", "300.00", "1,200.00")
                .row("03/04/24", "BONUS", "100.00", "", "1,300.00")
                .document());
        assertEquals(List.of(CREDIT, DEBIT, CREDIT), r.transactions().map(Transaction::type));
        assertTrue(r.decisions().exists(s -> s.contains("the other way round")), r.decisions().mkString("\n"));
    }

    @Test
    void isolatedBreaksAreLeftForReconciliationNotCorrected() {
        Ledger.Result r = Drawn.ledger(debitCredit()
                .row("", "Opening Balance", "", "", "1,000.00")
                .row("01/04/24", "UPI", "100.00", "", "900.00")
                .row("02/04/24", "ATM", "100.00", "", "9,999.00")
                .row("03/04/24", "NEFT", "", "50.00", "850.00")
                .document());
        assertEquals(List.of(DEBIT, DEBIT, CREDIT), r.transactions().map(Transaction::type));
        assertEquals(Option.some(m("9999.00")), r.transactions().get(1).balance(), "the printed balance, as printed");
    }

    @Test
    void aRowRepeatedAtThePageTopWithoutItsBalanceIsReadOnceAndReported() {
        DrawnStatement s = debitCredit().rowsPerPage(2)
                .row("", "Opening Balance", "", "", "1,000.00")
                .row("01/04/24", "UPI", "100.00", "", "900.00")
                .row("02/04/24", "ATM CASH", "100.00", "", "")   // the stub printed again at the top of page 2
                .row("02/04/24", "ATM CASH", "100.00", "", "800.00")
                .row("03/04/24", "NEFT", "", "50.00", "850.00");
        // move the balance-less stub after the page break: rows 2 and 3 swap places
        DrawnStatement ordered = debitCredit().rowsPerPage(3)
                .row("", "Opening Balance", "", "", "1,000.00")
                .row("01/04/24", "UPI", "100.00", "", "900.00")
                .row("02/04/24", "ATM CASH", "100.00", "", "800.00")
                .row("02/04/24", "ATM CASH", "100.00", "", "")
                .row("03/04/24", "NEFT", "", "50.00", "850.00");
        Ledger.Result r = Drawn.ledger(ordered.document());
        assertEquals(List.of("UPI", "ATM CASH", "NEFT"), r.transactions().map(Transaction::note));
        assertEquals(1, r.unplaced().size(), "the repeat is reported, not dropped silently");
        assertEquals(2, r.unplaced().head().place().page());
        assertTrue(r.decisions().exists(t -> t.contains("repeat the row the page break cut")), r.decisions().mkString("\n"));
        assertTrue(s.document().pageCount() >= 2);
    }

    @Test
    void aRowWithoutADateTakesTheDateOfTheRowAbove() {
        Ledger.Result r = Drawn.ledger(debitCredit()
                .row("", "Opening Balance", "", "", "1,000.00")
                .row("01/04/24", "UPI", "100.00", "", "900.00")
                .row("", "ATM", "100.00", "", "800.00")
                .document());
        assertEquals(List.of(LocalDate.of(2024, 4, 1), LocalDate.of(2024, 4, 1)), r.transactions().map(Transaction::date));
        assertTrue(r.decisions().exists(t -> t.contains("without a date")), r.decisions().mkString("\n"));
    }

    @Test
    void eachRowKnowsItsPage() {
        DrawnStatement s = debitCredit().rowsPerPage(2);
        double balance = 1000;
        for (int i = 1; i <= 5; i++) {
            balance -= 1;
            s.row("0" + i + "/04/24", "ROW " + i, "1.00", "", String.format("%.2f", balance));
        }
        assertEquals(List.of(1, 1, 2, 2, 3), Drawn.ledger(s.document()).rowPages());
        assertTrue(s.document().pageCount() == 3);
    }
}
