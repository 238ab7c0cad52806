package dev.passbook.parsers.generic;

import dev.passbook.testkit.drawn.DrawnStatement;
import dev.passbook.core.document.Document;
import dev.passbook.core.domain.Money;
import dev.passbook.core.domain.Transaction;
import dev.passbook.core.spi.ParseRefusal;
import dev.passbook.core.spi.ParsedStatement;
import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;

import static dev.passbook.core.domain.TransactionType.CREDIT;
import static dev.passbook.core.domain.TransactionType.DEBIT;
import static dev.passbook.testkit.drawn.DrawnStatement.Col.left;
import static dev.passbook.testkit.drawn.DrawnStatement.Col.right;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GenericStatementParserTest {

    private final GenericStatementParser parser = new GenericStatementParser();

    static BigDecimal m(String s) {
        return Money.of(s);
    }

    private ParsedStatement parse(Document d) {
        Either<ParseRefusal, ParsedStatement> r = parser.read(d);
        assertTrue(r.isRight(), () -> "refused: " + r.getLeft());
        assertEquals(Either.right(r.get()), parser.parse(d));
        return r.get();
    }

    private void assertUnsupported(Document d) {
        Either<ParseRefusal, ParsedStatement> r = parser.parse(d);
        assertTrue(r.isLeft(), () -> "read as " + r.get());
        assertFalse(r.getLeft().reason().isBlank());
    }

    /** Two rows under debit/credit columns named by the given wording; opening 1,000.00. */
    private static DrawnStatement debitCredit(String date, String narration, String ref, String debit, String credit,
                                             String balance) {
        return DrawnStatement.standard("CANARA BANK", "CNRB0001234")
                .columns(left(date, 22, 90), left(narration, 95, 235), left(ref, 240, 320), right(debit, 325, 400),
                        right(credit, 405, 470), right(balance, 475, 545))
                .row("01/04/2024", "UPI-RAVI KUMAR\nOKSBI-GROCERIES", "412345678901", "250.50", "", "749.50")
                .row("03/04/2024", "NEFT CR-ACME LTD", "", "", "1,00,000.00", "1,00,749.50")
                .trailer("Opening Balance : 1,000.00");
    }

    @ParameterizedTest(name = "{0} | {1} | {2} | {3} | {4} | {5}")
    @CsvSource(delimiter = '|', value = {
            "Date | Narration | Chq./Ref.No. | Withdrawal Amt. | Deposit Amt. | Closing Balance",
            "Txn Date | Description | Ref No./Cheque No. | Debit | Credit | Balance",
            "Tran Date | Particulars | Chq No | Withdrawal (Dr) | Deposit (Cr) | Balance",
            "Transaction Date | Transaction Remarks | Cheque Number | Withdrawals | Deposits | Running Balance",
            "Post Date | Remarks | Reference No | Debit Amount | Credit Amount | Balance (INR)",
            "DATE | PARTICULARS | CHQ/REF NO | DR | CR | BAL"})
    void readsEveryHeaderWording(String date, String narration, String ref, String debit, String credit, String balance) {
        ParsedStatement s = parse(debitCredit(date, narration, ref, debit, credit, balance).document());
        assertEquals(2, s.transactions().size());
        Transaction first = s.transactions().get(0);
        assertEquals(LocalDate.of(2024, 4, 1), first.date());
        assertEquals("UPI-RAVI KUMAR OKSBI-GROCERIES", first.note());
        assertEquals(Option.some("412345678901"), first.reference());
        assertEquals(DEBIT, first.type());
        assertEquals(m("250.50"), first.amount());
        assertEquals(Option.some(m("749.50")), first.balance());
        Transaction second = s.transactions().get(1);
        assertEquals(CREDIT, second.type());
        assertEquals(m("100000.00"), second.amount());
        assertEquals(Option.none(), second.reference());
        assertEquals(Option.some(m("1000.00")), s.openingBalance());
        assertTrue(s.reconciliation().isClean(), () -> s.reconciliation().toString());
    }

    @Test
    void readsIdentityPeriodAndLayoutId() {
        ParsedStatement s = parse(debitCredit("Date", "Narration", "Ref No", "Debit", "Credit", "Balance").document());
        assertEquals("1234567890", s.identity().accountNumber());
        assertEquals("ASHA RAO", s.identity().name());
        assertEquals("12 MG ROAD", s.identity().address());
        assertEquals(Option.some("CNRB0001234"), s.identity().ifsc());
        assertEquals(Option.some(dev.passbook.core.domain.DateRange.of(LocalDate.of(2024, 4, 1), LocalDate.of(2024, 4, 30))),
                s.declaredPeriod());
        assertEquals(GenericStatementParser.LAYOUT_ID, s.layoutId());
    }

    @Test
    void readsAHeaderWrappedOverTwoLines() {
        Document d = DrawnStatement.standard("ICICI BANK", "ICIC0000104")
                .columns(left("S No.", 22, 40), left("Value\nDate", 45, 95), left("Transaction\nDate", 100, 150),
                        left("Cheque\nNumber", 155, 195), left("Transaction Remarks", 200, 330),
                        right("Withdrawal\nAmount (INR )", 335, 400), right("Deposit\nAmount (INR )", 405, 470),
                        right("Balance (INR )", 475, 540))
                .row("1", "02.04.2024", "01.04.2024", "", "UPI-RAVI", "100.00", "", "900.00")
                .row("2", "05.04.2024", "05.04.2024", "004512", "CHQ DEP", "", "2,000.00", "2,900.00")
                .trailer("Opening Balance : 1,000.00").trailer("Closing Balance : 2,900.00")
                .document();
        ParsedStatement s = parse(d);
        assertEquals(2, s.transactions().size());
        Transaction first = s.transactions().head();
        assertEquals(LocalDate.of(2024, 4, 1), first.date(), "Transaction Date is the date");
        assertEquals(Option.some(LocalDate.of(2024, 4, 2)), first.valueDate(), "Value Date is the value date");
        assertEquals("UPI-RAVI", first.note(), "the serial number is not narration");
        assertEquals(Option.some("004512"), s.transactions().get(1).reference());
        assertEquals(Option.some(m("2900.00")), s.closingBalance());
        assertTrue(s.reconciliation().isClean());
    }

    @Test
    void readsPagesWithoutAHeaderWhenItIsPrintedOnlyOnTheFirstPage() {
        DrawnStatement t = DrawnStatement.standard("STATE BANK OF INDIA", "SBIN0001234")
                .columns(left("Txn Date", 22, 75), left("Description", 80, 230), right("Debit", 305, 370),
                        right("Credit", 375, 440), right("Balance", 445, 520))
                .headerOnFirstPageOnly().rowsPerPage(2).trailer("Opening Balance : 1,000.00");
        for (int i = 1; i <= 5; i++) {
            t.row("0" + i + "/04/2024", "ROW " + i + "\nWRAPPED", "10.00", "", (1000 - 10 * i) + ".00");
        }
        Document d = t.document();
        assertEquals(3, d.pageCount());
        ParsedStatement s = parse(d);
        assertEquals(List.of("ROW 1 WRAPPED", "ROW 2 WRAPPED", "ROW 3 WRAPPED", "ROW 4 WRAPPED", "ROW 5 WRAPPED"),
                s.transactions().map(Transaction::note));
        assertTrue(s.reconciliation().isClean());
    }

    @Test
    void aHeaderBlockRepeatedOnEveryPageWithTheColumnHeaderOnlyOnPageOneIsNotNarration() {
        DrawnStatement t = DrawnStatement.standard("STATE BANK OF INDIA", "SBIN0001234")
                .columns(left("Txn Date", 22, 90), left("Description", 95, 300), right("Debit", 325, 400),
                        right("Credit", 405, 470), right("Balance", 475, 545))
                .headerOnFirstPageOnly().blockOnEveryPage().rowsPerPage(2)
                .underHeader("Opening Balance : 1,000.00").underHeader("Branch notice: interest rates revised");
        for (int i = 1; i <= 5; i++) {
            t.row("0" + i + "/04/2024", "ROW " + i + "\nWRAPPED", "10.00", "", (1000 - 10 * i) + ".00");
        }
        Document d = t.document();
        assertTrue(d.pages().get(1).text().contains("12 MG ROAD"), "the block, address included, is on page 2");
        ParsedStatement s = parse(d);
        assertEquals(List.of("ROW 1 WRAPPED", "ROW 2 WRAPPED", "ROW 3 WRAPPED", "ROW 4 WRAPPED", "ROW 5 WRAPPED"),
                s.transactions().map(Transaction::note));
        assertEquals(Option.some(m("1000.00")), s.openingBalance());
        assertTrue(s.reconciliation().isClean());
    }

    @Test
    void aHeaderRepeatedOnEveryPageIsNotARow() {
        DrawnStatement t = DrawnStatement.standard("STATE BANK OF INDIA", "SBIN0001234")
                .columns(left("Txn Date", 22, 75), left("Description", 80, 230), right("Debit", 305, 370),
                        right("Credit", 375, 440), right("Balance", 445, 520))
                .rowsPerPage(1).trailer("Opening Balance : 1,000.00");
        t.row("01/04/2024", "A", "10.00", "", "990.00").row("02/04/2024", "B", "", "20.00", "1,010.00");
        ParsedStatement s = parse(t.document());
        assertEquals(List.of("A", "B"), s.transactions().map(Transaction::note));
    }

    @Test
    void readsBalancesWithCrDrSuffixesAsSigned() {
        Document d = DrawnStatement.standard("STATE BANK OF INDIA", "SBIN0001234")
                .columns(left("Txn Date", 22, 75), left("Description", 80, 230), right("Debit", 305, 370),
                        right("Credit", 375, 440), right("Balance", 445, 540))
                .row("1 Apr 2024", "ATM", "300.00", "", "200.00 DR")
                .row("2 Apr 2024", "SALARY", "", "500.00", "300.00 CR")
                .trailer("Opening Balance : 100.00 CR").trailer("Closing Balance : 300.00 CR")
                .document();
        ParsedStatement s = parse(d);
        assertEquals(List.of(Option.some(m("-200.00")), Option.some(m("300.00"))), s.transactions().map(Transaction::balance));
        assertEquals(Option.some(m("100.00")), s.openingBalance());
        assertEquals(Option.some(m("300.00")), s.closingBalance());
        assertTrue(s.reconciliation().isClean());
    }

    @Test
    void readsOneAmountColumnWithADrCrColumnAndKeepsBalanceRowsOut() {
        Document d = DrawnStatement.standard("AXIS BANK", "UTIB0000001")
                .columns(left("Tran Date", 22, 75), left("Chq No", 80, 115), left("Particulars", 120, 280),
                        right("Amount", 285, 350), left("Dr/Cr", 360, 385), right("Balance", 390, 460),
                        right("Init. Br", 465, 520))
                .row("", "", "OPENING BALANCE", "", "", "1,000.00", "")
                .row("01-04-2024", "", "UPI-RAVI\nKUMAR", "100.00", "DR", "900.00", "0001")
                .row("02-04-2024", "000123", "CHQ DEP", "50.00", "CR", "950.00", "0001")
                .row("", "", "TRANSACTION TOTAL", "100.00", "DR", "", "")
                .row("", "", "TRANSACTION TOTAL", "50.00", "CR", "", "")
                .row("", "", "CLOSING BALANCE", "", "", "950.00", "")
                .document();
        ParsedStatement s = parse(d);
        assertEquals(List.of(DEBIT, CREDIT), s.transactions().map(Transaction::type));
        assertEquals(List.of("UPI-RAVI KUMAR", "CHQ DEP"), s.transactions().map(Transaction::note));
        assertEquals(Option.some("000123"), s.transactions().get(1).reference());
        assertEquals(Option.some(m("1000.00")), s.openingBalance());
        assertEquals(Option.some(m("950.00")), s.closingBalance());
        assertTrue(s.reconciliation().isClean());
    }

    @Test
    void anOpeningOrClosingBalancePrintedTwiceWithTwoFiguresIsRefused() {
        DrawnStatement agreeing = DrawnStatement.standard("AXIS BANK", "UTIB0000001")
                .columns(left("Tran Date", 22, 75), left("Particulars", 120, 280), right("Amount", 285, 350),
                        left("Dr/Cr", 360, 385), right("Balance", 390, 460))
                .row("", "OPENING BALANCE", "", "", "1,000.00")
                .row("01-04-2024", "UPI-RAVI", "100.00", "DR", "900.00")
                .row("", "CLOSING BALANCE", "", "", "900.00");
        assertTrue(parser.read(agreeing.trailer("Opening Balance : 1,000.00").document()).isRight());
        DrawnStatement opening = DrawnStatement.standard("AXIS BANK", "UTIB0000001")
                .columns(left("Tran Date", 22, 75), left("Particulars", 120, 280), right("Amount", 285, 350),
                        left("Dr/Cr", 360, 385), right("Balance", 390, 460))
                .row("", "OPENING BALANCE", "", "", "1,000.00")
                .row("01-04-2024", "UPI-RAVI", "100.00", "DR", "900.00")
                .trailer("Opening Balance : 5,000.00");
        assertUnsupported(opening.document());
        DrawnStatement closing = DrawnStatement.standard("AXIS BANK", "UTIB0000001")
                .columns(left("Tran Date", 22, 75), left("Particulars", 120, 280), right("Amount", 285, 350),
                        left("Dr/Cr", 360, 385), right("Balance", 390, 460))
                .row("01-04-2024", "UPI-RAVI", "100.00", "DR", "900.00")
                .row("", "CLOSING BALANCE", "", "", "900.00")
                .trailer("Closing Balance : 9,900.00");
        assertUnsupported(closing.document());
    }

    @Test
    void readsOneAmountColumnWithDrCrSuffixes() {
        Document d = DrawnStatement.standard("KOTAK MAHINDRA BANK", "KKBK0000958")
                .columns(left("Date", 22, 75), left("Narration", 80, 230), left("Chq/Ref No", 235, 290),
                        right("Amount", 295, 370), right("Balance", 375, 460))
                .row("01-04-2024", "POS AMAZON", "", "100.00(Dr)", "900.00(Cr)")
                .row("02-04-2024", "IMPS IN", "", "1,000.00(Cr)", "1,900.00(Cr)")
                .trailer("Opening Balance : 1,000.00(Cr)")
                .document();
        ParsedStatement s = parse(d);
        assertEquals(List.of(DEBIT, CREDIT), s.transactions().map(Transaction::type));
        assertEquals(List.of(m("100.00"), m("1000.00")), s.transactions().map(Transaction::amount));
        assertTrue(s.reconciliation().isClean());
    }

    @Test
    void anUnmarkedAmountColumnIsDirectedByTheBalance() {
        Document d = DrawnStatement.standard("CANARA BANK", "CNRB0001234")
                .columns(left("Date", 22, 75), left("Narration", 80, 230), right("Amount", 295, 370),
                        right("Balance", 375, 460))
                .row("01-04-2024", "POS AMAZON", "100.00", "900.00")
                .row("02-04-2024", "IMPS IN", "1,000.00", "1,900.00")
                .trailer("Opening Balance : 1,000.00")
                .document();
        assertEquals(List.of(DEBIT, CREDIT), parse(d).transactions().map(Transaction::type));
    }

    @Test
    void aTamperedBalanceIsReadAsPrintedSoReconciliationBreaks() {
        Document d = debitCredit("Date", "Narration", "Ref No", "Debit", "Credit", "Balance").document();
        Document tampered = replaceWord(d, "1,00,749.50", "1,01,749.50");
        ParsedStatement s = parse(tampered);
        assertEquals(Option.some(m("101749.50")), s.transactions().get(1).balance());
        assertFalse(s.reconciliation().isClean());
        assertEquals(1, s.reconciliation().balanceBreaks().size());
    }

    @Test
    void statementsItCannotReadAreUnsupported() {
        assertUnsupported(TextFixtures.document());
        assertUnsupported(TextFixtures.document(TextFixtures.page(1, TextFixtures.line(10, 20, "Dear customer, thank you."))));
        // a table without amount columns
        assertUnsupported(DrawnStatement.standard("CANARA BANK", "CNRB0001234")
                .columns(left("Date", 22, 75), left("Narration", 80, 230), left("Branch", 240, 300))
                .row("01/04/2024", "VISIT", "MG ROAD").document());
        // no account number
        assertUnsupported(DrawnStatement.withBlock("CANARA BANK", "Account Name :: ASHA RAO")
                .columns(left("Date", 22, 75), left("Narration", 80, 230), right("Debit", 305, 370),
                        right("Credit", 375, 440), right("Balance", 445, 520))
                .row("01/04/2024", "A", "10.00", "", "990.00").document());
        // a header and no rows
        assertUnsupported(DrawnStatement.standard("CANARA BANK", "CNRB0001234")
                .columns(left("Date", 22, 75), left("Narration", 80, 230), right("Debit", 305, 370),
                        right("Credit", 375, 440), right("Balance", 445, 520)).document());
        // an amount that is not one
        assertUnsupported(DrawnStatement.standard("CANARA BANK", "CNRB0001234")
                .columns(left("Date", 22, 75), left("Narration", 80, 230), right("Debit", 305, 370),
                        right("Credit", 375, 440), right("Balance", 445, 520))
                .row("01/04/2024", "A", "1O.00", "", "990.00").document());
    }

    static Document replaceWord(Document d, String from, String to) {
        return new Document(d.pages().map(p -> new dev.passbook.core.document.Page(p.number(), p.width(), p.height(),
                p.lines().map(l -> new dev.passbook.core.document.Line(l.y(), l.words().map(w -> w.text().equals(from)
                        ? new dev.passbook.core.document.Word(to, w.x(), w.y(), w.width(), w.height(), w.font(), w.size())
                        : w))))), d.metadata(), d.forensics());
    }

    @Test
    void aClosingBalanceLabelledWithoutAColonIsComparedWithTheRows() {
        Document d = DrawnStatement.withBlock("CANARA BANK", "Customer Name || ASHA RAO", "Account Number || 1234567890",
                        "IFSC Code || CNRB0001234", "Opening Balance || 1,000.00", "Closing Balance || 2,000.00")
                .columns(left("Txn Date", 26, 80), left("Description", 90, 250), right("Debit", 260, 320),
                        right("Credit", 330, 390), right("Balance", 400, 470))
                .row("01-Apr-2024", "UPI", "100.00", "", "900.00")
                .row("02-Apr-2024", "NEFT", "", "50.00", "950.00")
                .document();
        ParsedStatement s = parse(d);
        assertEquals(Option.some(m("1000.00")), s.openingBalance());
        assertEquals(Option.some(m("2000.00")), s.closingBalance(), "the printed figure, not the last row's");
        assertEquals(List.of("closing_balance"), s.reconciliation().summaryMismatches().map(x -> x.field()));
    }

    @Test
    void datesPrintedWithoutAYearTakeTheYearOfTheStatementPeriod() {
        Document d = DrawnStatement.withBlock("STANDARD CHARTERED BANK", "Account Number || 1234567890",
                        "Statement from 15/12/2023 to 14/01/2024")
                .columns(left("Date", 26, 70), left("Description", 80, 250), right("Withdrawal", 260, 320),
                        right("Deposit", 330, 390), right("Balance", 400, 470))
                .row("", "BALANCE FORWARD", "", "", "1,000.00")
                .row("Dec 30", "UPI", "100.00", "", "900.00")
                .row("Jan 02", "NEFT", "", "50.00", "950.00")
                .document();
        assertEquals(List.of(LocalDate.of(2023, 12, 30), LocalDate.of(2024, 1, 2)),
                parse(d).transactions().map(Transaction::date));
    }
}
