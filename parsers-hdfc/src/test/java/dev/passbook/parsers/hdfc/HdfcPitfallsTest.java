package dev.passbook.parsers.hdfc;

import dev.passbook.core.document.Line;
import dev.passbook.core.document.Page;
import dev.passbook.core.document.Word;
import dev.passbook.core.domain.DateRange;
import dev.passbook.core.domain.Money;
import dev.passbook.core.domain.Transaction;
import dev.passbook.core.domain.TransactionType;
import dev.passbook.core.spi.ParsedStatement;
import dev.passbook.core.spi.Reconciliation;
import dev.passbook.core.spi.support.StatementDates;
import dev.passbook.testkit.GeneratedStatement;
import dev.passbook.testkit.Layout;
import dev.passbook.testkit.render.FontChoice;
import dev.passbook.testkit.render.RenderOptions;
import dev.passbook.testkit.render.Tampering;
import io.vavr.collection.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.time.LocalDate;

import static dev.passbook.parsers.hdfc.HdfcFixtures.april2024;
import static dev.passbook.parsers.hdfc.HdfcFixtures.ordinaryRows;
import static dev.passbook.parsers.hdfc.HdfcFixtures.render;
import static dev.passbook.parsers.hdfc.HdfcFixtures.row;
import static dev.passbook.parsers.hdfc.HdfcFixtures.statement;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** One test per pitfall listed in BANK-LAYOUTS.md, each rendered with the testkit option that provokes it. */
class HdfcPitfallsTest {

    @ParameterizedTest
    @ValueSource(strings = {"hdfc-legacy", "hdfc-newer"})
    void overdraftAccountsPrintNegativeBalancesAndTheyAreReadAsNegative(Layout layout) {
        List<Transaction> rows = List.of(
                row(layout, LocalDate.of(2024, 4, 2), "ACH D- TP ACH BAJAJFIN-1234567", TransactionType.DEBIT, "12000.00"),
                row(layout, LocalDate.of(2024, 4, 5), "NEFT CR-ACME TRADERS-INV 42", TransactionType.CREDIT, "3000.00"),
                row(layout, LocalDate.of(2024, 4, 9), "IMPS-412345678901-RAJ", TransactionType.CREDIT, "20000.00"));
        GeneratedStatement s = statement(layout, april2024(), "-2500.00", rows, Money.of("100000.00"));
        HdfcFixtures.Rendered r = render(s);
        assertTrue(r.document().text().contains("-14,500.00"), "precondition: a negative balance is printed");

        ParsedStatement parsed = r.parsed();
        assertEquals(List.of(new BigDecimal("-14500.00"), new BigDecimal("-11500.00"), new BigDecimal("8500.00")),
                parsed.transactions().map(t -> t.balance().get()));
        assertEquals(0, new BigDecimal("-2500.00").compareTo(parsed.openingBalance().get()));
        assertEquals(0, new BigDecimal("100000.00").compareTo(parsed.identity().odLimit()));
        assertEquals(List.empty(), r.differences());
        assertTrue(parsed.reconciliation().isClean());
    }

    @ParameterizedTest
    @ValueSource(strings = {"hdfc-legacy", "hdfc-newer"})
    void monthEndInterestDatedTheFirstOfNextMonthIsAnOrdinaryRowInsideThePeriod(Layout layout) {
        DateRange marchPlusADay = DateRange.of(LocalDate.of(2024, 3, 1), LocalDate.of(2024, 4, 1));
        List<Transaction> rows = List.of(
                row(layout, LocalDate.of(2024, 3, 31), "UPI-SWIGGY-SWIGGY8@YBL-MARCH DINNER", TransactionType.DEBIT, "640.00"),
                new Transaction(LocalDate.of(2024, 4, 1), io.vavr.control.Option.some(LocalDate.of(2024, 3, 31)),
                        "CREDIT INTEREST CAPITALISED", io.vavr.control.Option.some("000000000000000"), TransactionType.CREDIT,
                        Money.of("123.45"), io.vavr.control.Option.none()));
        HdfcFixtures.Rendered r = render(statement(layout, marchPlusADay, "5000.00", rows, Money.ZERO));

        ParsedStatement parsed = r.parsed();
        assertEquals(marchPlusADay, parsed.declaredPeriod().get());
        Transaction interest = parsed.transactions().last();
        assertEquals(LocalDate.of(2024, 4, 1), interest.date());
        assertEquals(LocalDate.of(2024, 3, 31), interest.valueDate().get());
        assertEquals("CREDIT INTEREST CAPITALISED", interest.note());
        assertEquals(List.empty(), r.differences());
    }

    @ParameterizedTest
    @ValueSource(strings = {"hdfc-legacy", "hdfc-newer"})
    void columnHeaderOnlyOnPageOneStillGivesEveryRowOfLaterPages(Layout layout) {
        GeneratedStatement s = statement(layout, april2024(), "250000.00", ordinaryRows(layout, 110), Money.ZERO);
        HdfcFixtures.Rendered r = render(s, RenderOptions.defaults().headerOnFirstPageOnly());
        assertTrue(r.document().pageCount() >= 3, "precondition: several pages");
        assertFalse(r.document().pages().get(1).text().contains("Narration"), "precondition: no column header on page 2");

        assertEquals(110, r.parsed().transactions().size());
        assertEquals(List.empty(), r.differences());
    }

    @ParameterizedTest
    @ValueSource(strings = {"hdfc-legacy", "hdfc-newer"})
    void statementSummaryIsReadAsTheSummaryAndNeverAsATransaction(Layout layout) {
        GeneratedStatement s = statement(layout, april2024(), "1500.00", ordinaryRows(layout, 6), Money.ZERO);
        HdfcFixtures.Rendered r = render(s);
        assertTrue(r.document().text().contains("STATEMENT SUMMARY"), "precondition: the summary is printed");

        ParsedStatement parsed = r.parsed();
        assertEquals(6, parsed.transactions().size());
        assertFalse(parsed.transactions().exists(t -> t.note().contains("Opening") || t.note().contains("SUMMARY")));
        assertEquals(s.summary(), parsed.summary().get());
        assertEquals(4, parsed.summary().get().debitCount());
        assertEquals(2, parsed.summary().get().creditCount());
        assertEquals(0, new BigDecimal("90000.00").compareTo(parsed.summary().get().credits()));
    }

    @Test
    void narrationCutMidWordAndContinuedAcrossAPageBreakIsJoinedWithoutInventedSpaces() {
        Layout layout = Layout.HDFC_LEGACY;
        HdfcFixtures.Rendered split = null;
        for (int n = 55; n < 75 && split == null; n++) {
            HdfcFixtures.Rendered r = render(statement(layout, april2024(), "900000.00", ordinaryRows(layout, n), Money.ZERO));
            if (r.document().pages().drop(1).exists(HdfcPitfallsTest::startsWithContinuation)) {
                split = r;
            }
        }
        assertTrue(split != null, "precondition: some row runs on over a page break");
        String cut = "UPI-RAMESHKUMAR-9876543210@O";
        assertTrue(split.document().pages().flatMap(Page::lines).flatMap(Line::words).exists(w -> w.text().equals(cut)),
                "precondition: a narration line is cut mid-word");

        ParsedStatement parsed = split.parsed();
        assertTrue(parsed.transactions().exists(t -> t.note().startsWith("UPI-RAMESHKUMAR-9876543210@OKAXIS-AXIS0000123-")));
        assertEquals(List.empty(), split.differences());
    }

    @Test
    void centredNarrationBlockLinesAboveAndBelowTheDateLineBelongToItsRow() {
        Layout layout = Layout.HDFC_NEWER;
        String twoLines = "NEFT CR-ICIC0000104-ACME SOFTWARE PRIVATE LIMITED-SALARY";
        String fiveLines = "RTGS CR-SBIN0000001-GLOBAL EXPORTS AND IMPORTS PRIVATE LIMITED-INVOICE 2024-25 NO 42"
                + "-PAYMENT FOR CONSIGNMENT OF APRIL-ADVANCE FOR MAY-RETENTION RELEASED";
        List<Transaction> rows = List.of(
                row(layout, LocalDate.of(2024, 4, 1), "ATW-416021XXXXXX1234-PUNE", TransactionType.DEBIT, "2000.00"),
                row(layout, LocalDate.of(2024, 4, 2), twoLines, TransactionType.CREDIT, "85000.00"),
                row(layout, LocalDate.of(2024, 4, 3), fiveLines, TransactionType.CREDIT, "1250000.00"),
                row(layout, LocalDate.of(2024, 4, 3), "POS BIG BAZAAR", TransactionType.DEBIT, "99.00"));
        HdfcFixtures.Rendered r = render(statement(layout, april2024(), "10.00", rows, Money.ZERO));
        Page page = r.document().pages().head();
        String firstPiece = layout.wrap().wrap(layout.wrap().fit(fiveLines)).head();
        Line above = page.lines().find(l -> l.text().equals(firstPiece)).get();
        Line anchor = page.lines().find(l -> l.text().startsWith("03/04/2024") && l.text().contains("12,50,000.00")).get();
        assertTrue(above.y() < anchor.y() - 15, "precondition: narration printed two lines above its date line");

        ParsedStatement parsed = r.parsed();
        assertEquals(layout.wrap().fit(fiveLines), parsed.transactions().get(2).note());
        assertEquals(layout.wrap().fit(twoLines), parsed.transactions().get(1).note());
        assertEquals("ATW-416021XXXXXX1234-PUNE", parsed.transactions().get(0).note());
        assertEquals(List.empty(), r.differences());
    }

    @ParameterizedTest
    @ValueSource(strings = {"hdfc-legacy", "hdfc-newer"})
    void westernGroupingInTheSummaryAndIndianGroupingInRowsAreBothRead(Layout layout) {
        List<Transaction> rows = List.of(
                row(layout, LocalDate.of(2024, 4, 3), "CHQ PAID-MICR CTS-SHARMA", TransactionType.DEBIT, "100.00"),
                row(layout, LocalDate.of(2024, 4, 4), "RTGS CR-BIG CLIENT", TransactionType.CREDIT, "2500000.00"));
        HdfcFixtures.Rendered r = render(statement(layout, april2024(), "12345678.90", rows, Money.ZERO));
        String text = r.document().text();
        assertTrue(text.contains("1,23,45,578.90") && text.contains("12,345,678.90") && text.contains("14,845,578.90"),
                "precondition: rows print Indian grouping, the summary western");

        ParsedStatement parsed = r.parsed();
        assertEquals(0, new BigDecimal("12345578.90").compareTo(parsed.transactions().head().balance().get()));
        assertEquals(0, new BigDecimal("12345678.90").compareTo(parsed.summary().get().openingBalance()));
        assertEquals(0, new BigDecimal("14845578.90").compareTo(parsed.summary().get().closingBalance()));
        assertEquals(List.empty(), r.differences());
        assertTrue(parsed.reconciliation().isClean());
    }

    @Test
    void ownerPasswordOnlyRc4LegacyFileOpensAndParses() {
        Layout layout = Layout.HDFC_LEGACY;
        HdfcFixtures.Rendered r = render(statement(layout, april2024(), "4321.00", ordinaryRows(layout, 12), Money.ZERO),
                RenderOptions.bankLike(layout));
        assertTrue(r.document().metadata().encryption().exists(e -> e.contains("RC4")),
                "precondition: RC4 encrypted, found " + r.document().metadata().encryption());

        assertEquals(12, r.parsed().transactions().size());
        assertEquals(List.empty(), r.differences());
    }

    @ParameterizedTest
    @ValueSource(strings = {"hdfc-legacy", "hdfc-newer"})
    void embeddedTrueTypeFontStatementParsesLikeHelvetica(Layout layout) {
        HdfcFixtures.Rendered r = render(statement(layout, april2024(), "4321.00", ordinaryRows(layout, 12), Money.ZERO),
                RenderOptions.defaults().font(FontChoice.EMBEDDED_TRUETYPE));
        assertFalse(r.document().pages().head().lines().flatMap(Line::words).exists(w -> w.font().startsWith("Helvetica")),
                "precondition: no Helvetica, the embedded font is used");

        assertEquals(List.empty(), r.differences());
    }

    @ParameterizedTest
    @ValueSource(strings = {"hdfc-legacy", "hdfc-newer"})
    void editedBalanceStatementParsesButItsReconciliationIsNotClean(Layout layout) {
        GeneratedStatement s = statement(layout, april2024(), "50000.00", ordinaryRows(layout, 10), Money.ZERO);
        assertTrue(render(s).parsed().reconciliation().isClean(), "the untampered statement reconciles");

        HdfcFixtures.Rendered tampered = render(s, RenderOptions.defaults().tamper(Tampering.editedBalance(3)));
        assertEquals(io.vavr.control.Option.some(3), tampered.truth().options().editedBalanceRow());
        ParsedStatement parsed = tampered.parsed();
        assertEquals(List.empty(), tampered.differences(), "the edited figure is reported as printed");
        Reconciliation rec = parsed.reconciliation();
        assertFalse(rec.isClean());
        assertEquals(3, rec.balanceBreaks().head().index());
    }

    @Test
    void editedLastBalanceBreaksTheLastRowWhileTheSummaryKeepsTheBanksFigure() {
        Layout layout = Layout.HDFC_NEWER;
        GeneratedStatement s = statement(layout, april2024(), "50000.00", ordinaryRows(layout, 5), Money.ZERO);
        HdfcFixtures.Rendered r = render(s, RenderOptions.defaults().tamper(Tampering.editedBalance(4)));
        ParsedStatement parsed = r.parsed();
        assertEquals(0, s.closingBalance().add(new BigDecimal("1000.00")).compareTo(parsed.closingBalance().get()),
                "closing balance as printed in the last row");
        assertEquals(0, s.closingBalance().compareTo(parsed.summary().get().closingBalance()));
        Reconciliation rec = parsed.reconciliation();
        assertFalse(rec.isClean());
        assertEquals(4, rec.balanceBreaks().head().index());
    }

    @Test
    void aNarrationPieceThatReadsLikeTheFooterDoesNotEndThePage() {
        Layout layout = Layout.HDFC_LEGACY;
        String note = "NEFT DR-HDFC0000001-PAYEE-A-HDFC BANK LIMITED-SALARY ADVANCE";
        List<Transaction> rows = List.of(
                row(layout, LocalDate.of(2024, 4, 2), note, TransactionType.DEBIT, "10.00"),
                row(layout, LocalDate.of(2024, 4, 3), "ATW-416021XXXXXX1234-PUNE", TransactionType.DEBIT, "20.00"));
        HdfcFixtures.Rendered r = render(statement(layout, april2024(), "500.00", rows, Money.ZERO));
        assertTrue(r.document().pages().head().lines().exists(l -> l.text().startsWith("HDFC BANK LIMITED-SALARY")),
                "precondition: a continuation line starts with the bank's name");

        assertEquals(2, r.parsed().transactions().size());
        assertEquals(List.empty(), r.differences());
    }

    @ParameterizedTest
    @ValueSource(strings = {"hdfc-legacy", "hdfc-newer"})
    void copiesResavedByWordOrAnOnlineEditorParseAsPrintedLeavingFraudToAnalysis(Layout layout) {
        GeneratedStatement s = statement(layout, april2024(), "2500.00", ordinaryRows(layout, 7), Money.ZERO);
        HdfcFixtures.Rendered resaved = render(s, RenderOptions.defaults().tamper(Tampering.incrementalResave()));
        HdfcFixtures.Rendered word = render(s, RenderOptions.defaults().tamper(Tampering.producer("Microsoft Word")));
        assertTrue(resaved.document().forensics().revisions() >= 2, "precondition: a second revision");
        assertTrue(word.document().metadata().producer().exists(p -> p.contains("Microsoft Word")), "precondition: producer");

        assertEquals(List.empty(), resaved.differences());
        assertEquals(List.empty(), word.differences());
    }

    /** The first line under the column header is not a dated row: a narration runs on from the previous page. */
    private static boolean startsWithContinuation(Page page) {
        int header = page.lines().indexWhere(l -> l.text().startsWith("Date Narration"));
        if (header < 0 || header + 1 >= page.lines().size()) {
            return false;
        }
        Word first = page.lines().get(header + 1).words().head();
        return StatementDates.Form.DD_MM_YY_SLASH.parse(first.text()).isEmpty();
    }
}
