package dev.passbook.parserkit;

import dev.passbook.core.document.Document;
import dev.passbook.core.domain.Money;
import dev.passbook.core.domain.Transaction;
import dev.passbook.core.domain.TransactionType;
import dev.passbook.core.spi.Place;
import dev.passbook.testkit.drawn.DrawnStatement;
import dev.passbook.testkit.drawn.DrawnStatement.Align;
import dev.passbook.testkit.drawn.DrawnStatement.Col;
import dev.passbook.testkit.drawn.DrawnStatement.RowAlign;
import dev.passbook.testkit.drawn.DrawnText;
import io.vavr.collection.List;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static dev.passbook.testkit.drawn.DrawnStatement.Col.left;
import static dev.passbook.testkit.drawn.DrawnStatement.Col.right;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** How the engine finds columns and rows in layouts real banks print. */
class TableEngineTest {

    /** Date, a wide narration column, debit, credit and balance; opening balance 1,000.00. */
    private static DrawnStatement usual(Col narration, Col debit, Col credit, Col balance) {
        return DrawnStatement.standard("ACME BANK", "ACME0001234")
                .columns(left("Date", 26, 70), narration, debit, credit, balance)
                .row("", "Opening Balance", "", "", "1,000.00");
    }

    private static DrawnStatement usual() {
        return usual(left("Narration", 80, 250), right("Debit", 260, 320), right("Credit", 330, 390),
                right("Balance", 400, 470));
    }

    private static List<String> notes(Ledger.Result r) {
        return r.transactions().map(Transaction::note);
    }

    @Test
    void aTitleCentredOverAWideColumnAndAmountsStickingOutPastTheirTitles() {
        Document d = usual(left("Narration", 80, 250).title(Align.CENTRE), right("Withdrawal Amt.", 260, 340).shiftTitle(-12),
                right("Deposit Amt.", 350, 420).shiftTitle(-12), right("Closing Balance", 430, 510).shiftTitle(-9))
                .row("01/04/24", "UPI-RAVI KUMAR", "250.50", "", "749.50")
                .row("02/04/24", "NEFT CR-ACME PAYROLL LIMITED", "", "1,00,000.00", "1,00,749.50")
                .document();
        Ledger.Result r = Drawn.ledger(d);
        assertEquals(List.of(TransactionType.DEBIT, TransactionType.CREDIT), r.transactions().map(Transaction::type));
        assertEquals(List.of(Money.of("250.50"), Money.of("100000.00")), r.transactions().map(Transaction::amount));
        assertEquals(List.of("UPI-RAVI KUMAR", "NEFT CR-ACME PAYROLL LIMITED"), notes(r));
        assertEquals(Option.some(Money.of("1000.00")), r.opening());
    }

    @Test
    void aShortNarrationUnderATitleCentredOverAWideColumnIsNotTakenForTheDateColumnBesideIt() {
        // one row; its narration's first line is short and stands left of the Narration title centred over a wide
        // column, nearer the Date title (also centred over its column) than its own: the band it makes overlaps no
        // title. Text is no date: it belongs to the narration title beside it (a generated generic-split-headers
        // statement was refused: "the date column does not read as a date")
        Document d = DrawnStatement.standard("ACME BANK", "ACME0001234")
                .columns(left("Date", 22, 84).title(Align.CENTRE), left("Narration", 84, 274).title(Align.CENTRE),
                        left("Chq/Ref No", 274, 362), right("Withdra\nwal (Dr)", 362, 430).shiftTitle(-10),
                        right("Depo\nsit (Cr)", 430, 498).shiftTitle(-10), right("Balance", 498, 574).shiftTitle(-10))
                .row("29-Feb-2020", "ACH D- TATA\nCAPITAL-055327160343", "415052570950", "25,879.00", "", "-1,680.88")
                .document();
        ColumnBands bands = Drawn.table(d).bands();
        assertTrue(bands.band(Role.DATE).get().x1() < 84 && bands.band(Role.NARRATION).get().x0() <= 84,
                () -> bands.bands().mkString("; "));
        Ledger.Result r = Drawn.ledger(d);
        assertEquals(List.of("ACH D- TATA CAPITAL-055327160343"), notes(r));
        assertEquals(List.of(LocalDate.of(2020, 2, 29)), r.transactions().map(Transaction::date));
    }

    @Test
    void amountsFlushLeftUnderTheirTitles() {
        Col debit = new Col("Debit", 260, 320, Align.LEFT, Align.LEFT, 0);
        Col credit = new Col("Credit", 330, 390, Align.LEFT, Align.LEFT, 0);
        Col balance = new Col("Balance", 400, 470, Align.LEFT, Align.LEFT, 0);
        Document d = usual(left("Narration", 80, 250), debit, credit, balance)
                .row("01/04/24", "ATM WDL", "2,000.00", "", "-1,000.00")
                .row("02/04/24", "CASH DEP", "", "5.00", "-995.00")
                .document();
        Ledger.Result r = Drawn.ledger(d);
        assertEquals(List.of(Option.some(Money.of("-1000.00")), Option.some(Money.of("-995.00"))),
                r.transactions().map(Transaction::balance), "an overdraft's negative balances");
        assertEquals(List.of(TransactionType.DEBIT, TransactionType.CREDIT), r.transactions().map(Transaction::type));
    }

    /**
     * A browser print (HDFC NetBanking): titles flush left, amounts flush right in their cells. When a column's
     * only amount is short, it overlaps no title and stands nearer the next column's title, which names its own
     * band: it still belongs to its own column (it was read as the balance column, and the rows ran together).
     */
    @Test
    void aShortAmountUnderNoTitleBelongsToTheTitleNoOtherColumnTakes() {
        Document d = usual(left("Narration", 80, 250), new Col("Withdrawal", 260, 316, Align.RIGHT, Align.LEFT, 0),
                new Col("Deposit", 316, 367, Align.RIGHT, Align.LEFT, 0), new Col("Closing Balance", 371, 428, Align.RIGHT, Align.LEFT, 0))
                .row("01/04/24", "NEFT DR-ACME TRADERS", "250.50", "", "749.50")
                .row("01/04/24", "INTEREST PAID TILL 31-MAR-2024", "", "3.89", "753.39")
                .document();
        Ledger.Result r = Drawn.ledger(d);
        assertEquals(List.of(TransactionType.DEBIT, TransactionType.CREDIT), r.transactions().map(Transaction::type));
        assertEquals(List.of(Money.of("250.50"), Money.of("3.89")), r.transactions().map(Transaction::amount));
        assertEquals(List.of(Option.some(Money.of("749.50")), Option.some(Money.of("753.39"))),
                r.transactions().map(Transaction::balance));
    }

    /**
     * A narration line running up to the reference column's flush-left cells leaves no corridor: the one band under
     * both titles is cut where the fewest lines cross, right before the references, not half-way between the titles
     * (which gave the narration's last word to the reference: {@code PUNE671139}).
     */
    @Test
    void aNarrationRunningUpToTheReferencesKeepsItsLastWord() {
        Document d = DrawnStatement.standard("ACME BANK", "ACME0001234")
                .columns(left("Date", 26, 70), left("Narration", 80, 168), left("Ref No", 170, 230), right("Debit", 240, 300),
                        right("Credit", 310, 370), right("Balance", 380, 450))
                .row("", "Opening Balance", "", "", "", "1,000.00")
                .row("01/04/24", "CHQ DEP - MICR CTS - PUNE\n- AXIS BANK", "671139", "", "5,000.00", "6,000.00")
                .row("02/04/24", "UPI-RAVI KUMAR", "412345678901", "250.50", "", "5,749.50")
                .document();
        Ledger.Result r = Drawn.ledger(d);
        assertEquals(List.of("CHQ DEP - MICR CTS - PUNE - AXIS BANK", "UPI-RAVI KUMAR"), notes(r));
        assertEquals(List.of(Option.some("671139"), Option.some("412345678901")), r.transactions().map(Transaction::reference));
    }

    /**
     * Rows centred on a two-line narration: no narration stands on the anchor lines but the short ones, so the band
     * found is narrow, and the long line's last word stood nearer the reference column than the narration band.
     */
    @Test
    void aLongNarrationLineOffTheAnchorLinesStaysNarration() {
        Document d = DrawnStatement.standard("ACME BANK", "ACME0001234")
                .columns(left("Date", 26, 70), left("Narration", 80, 182), left("Ref No", 186, 270), right("Debit", 280, 330),
                        right("Credit", 340, 390), right("Balance", 400, 460))
                .rowAlign(RowAlign.CENTRE).rowGap(6)
                .row("", "Opening Balance", "", "", "", "1,000.00")
                .row("01/04/24", "UPI-RAVI", "412345678901", "250.50", "", "749.50")
                .row("02/04/24", "CHQ DEP - MICR CTS - PUNE\n- AXIS BANK", "671139", "", "5,000.00", "5,749.50")
                .row("03/04/24", "ATM WDL", "512345678901", "100.00", "", "5,649.50")
                .document();
        Ledger.Result r = Drawn.ledger(d);
        assertEquals(List.of("UPI-RAVI", "CHQ DEP - MICR CTS - PUNE - AXIS BANK", "ATM WDL"), notes(r));
        assertEquals(Option.some("671139"), r.transactions().get(1).reference());
    }

    @Test
    void aTitleSplitMidWordOverTwoBaselinesNamesOneColumn() {
        Document d = usual(left("Transaction\nRemarks", 80, 250), right("Withdra\nwal (Dr)", 260, 320),
                right("Deposit\n(Cr)", 330, 390), right("Balance", 400, 470))
                .row("01/04/24", "UPI", "10.00", "", "990.00")
                .document();
        TableHeader header = Drawn.table(d).header();
        assertEquals(List.of(Role.DATE, Role.NARRATION, Role.DEBIT, Role.CREDIT, Role.BALANCE),
                header.cells().map(HeaderCell::role));
        assertEquals(2, header.lines().size());
    }

    @Test
    void neighbouringTitlesAreNotReadAsOneLongerTitle() {
        Document d = usual(left("Particulars", 80, 250), right("Debit", 260, 300), right("Credit", 305, 345),
                right("Balance", 350, 420))
                .row("01/04/24", "UPI", "10.00", "", "990.00")
                .document();
        assertEquals(List.of(Role.DATE, Role.NARRATION, Role.DEBIT, Role.CREDIT, Role.BALANCE),
                Drawn.table(d).header().cells().map(HeaderCell::role), "Debit | Credit is not Debit/Credit");
    }

    @Test
    void aTitleLineAboveTheHeaderDoesNotSpoilIt() {
        Document d = usual(left("Tr. Mode\nNarration", 80, 250), right("\nDebit", 260, 320), right("\nCredit", 330, 390),
                right("\nBalance", 400, 470))
                .row("01/04/24", "UPI", "10.00", "", "990.00")
                .document();
        assertTrue(Drawn.table(d).header().roles().contains(Role.NARRATION));
        assertEquals(1, Drawn.ledger(d).transactions().size());
    }

    @Test
    void wrappedTextBelowItsAnchorIsReadTopAligned() {
        Document d = usual().rowGap(0)
                .row("01/04/24", "UPI-RAVI\nKUMAR-OKSBI", "250.50", "", "749.50")
                .row("02/04/24", "SALARY\nFOR MARCH", "", "1,000.00", "1,749.50")
                .document();
        Ledger.Result r = Drawn.ledger(d);
        assertEquals(List.of("UPI-RAVI KUMAR-OKSBI", "SALARY FOR MARCH"), notes(r));
        assertTrue(r.decisions().exists(s -> s.startsWith("rows top-aligned")), r.decisions().mkString("\n"));
    }

    @Test
    void wrappedTextAboveItsAnchorIsReadBottomAligned() {
        Document d = usual().rowAlign(RowAlign.BOTTOM).rowGap(4)
                .row("01/04/24", "UPI-RAVI\nKUMAR-OKSBI", "250.50", "", "749.50")
                .row("02/04/24", "CASH", "", "1,000.00", "1,749.50")
                .row("03/04/24", "NEFT-ACME\nPAYROLL\nMARCH", "", "10.00", "1,759.50")
                .document();
        Ledger.Result r = Drawn.ledger(d);
        assertEquals(List.of("UPI-RAVI KUMAR-OKSBI", "CASH", "NEFT-ACME PAYROLL MARCH"), notes(r));
        assertTrue(r.decisions().exists(s -> s.startsWith("rows bottom-aligned")), r.decisions().mkString("\n"));
    }

    @Test
    void cellsCentredInTheirRowAreReadCentreAligned() {
        Document d = usual().rowAlign(RowAlign.CENTRE).rowGap(6)
                .row("01/04/24", "UPI-RAVI\nKUMAR-OKSBI", "250.50", "", "749.50")
                .row("02/04/24", "CASH", "", "1,000.00", "1,749.50")
                .row("03/04/24", "NEFT-ACME\nPAYROLL\nMARCH", "", "10.00", "1,759.50")
                .document();
        Ledger.Result r = Drawn.ledger(d);
        assertEquals(List.of("UPI-RAVI KUMAR-OKSBI", "CASH", "NEFT-ACME PAYROLL MARCH"), notes(r));
        assertTrue(r.decisions().exists(s -> s.startsWith("rows centre-aligned")), r.decisions().mkString("\n"));
    }

    @Test
    void aTallCentredRowAfterAShortOneKeepsItsFirstLine() {
        // four narration lines centre the row's one-line cells between its second and third line: its first
        // line is nearer the short row's anchor above than its own
        Document d = usual().rowAlign(RowAlign.CENTRE).rowGap(3)
                .row("01/04/24", "CASH", "", "10.00", "1,010.00")
                .row("02/04/24", "NEFT DR-ACME\nPAYROLL\nMARCH\nREF 12", "250.50", "", "759.50")
                .row("03/04/24", "ATM", "9.50", "", "750.00")
                .document();
        assertEquals(List.of("CASH", "NEFT DR-ACME PAYROLL MARCH REF 12", "ATM"), notes(Drawn.ledger(d)));
    }

    @Test
    void aRowsFirstLineUnderARepeatedHeaderIsNotTakenForFurniture() {
        // bottom-aligned rows, header on every page: each page starts with a wrapped line of the same words
        // at the same place, right under the header; it is the row's text, not a block repeated with the header
        DrawnStatement s = usual().rowAlign(RowAlign.BOTTOM).rowGap(3).rowsPerPage(2);
        double balance = 1000;
        for (int i = 1; i <= 6; i++) {
            balance -= 10;
            // card numbers of different lengths: the lines differ in length (no fixed-width cut) but not in shape
            s.row("0" + i + "/04/24", "POS 512345XXXXXX" + "7".repeat(i) + " DMART\nAVENUE", "10.00", "",
                    String.format("%.2f", balance));
        }
        Ledger.Result r = Drawn.ledger(s.document());
        assertEquals(6, r.transactions().size());
        assertTrue(notes(r).forAll(n -> n.startsWith("POS 512345XXXXXX") && n.endsWith(" DMART AVENUE")),
                notes(r).mkString("; "));
    }

    @Test
    void centredRowsWhoseAnchorIsLevelWithTheLastOfTwoPiecesOrTheMiddleOfThreeSplitAtTheWidestGap() {
        // one-line cells printed on a row's second line: with two narration pieces they are level with the
        // last, with three with the middle one; rows stand further apart than the lines of one row
        Document d = usual().rowGap(8)
                .row("\n01/04/24", "UPI-RAVI\nKUMAR-OKSBI", "\n250.50", "", "\n749.50")
                .row("\n02/04/24", "NEFT-ACME\nPAYROLL\nMARCH", "", "\n10.00", "\n759.50")
                .row("03/04/24", "CASH", "", "1,000.00", "1,759.50")
                .row("\n04/04/24", "IMPS-SITA\nRAO-LOAN\nREPAID", "\n9.50", "", "\n1,750.00")
                .document();
        Ledger.Result r = Drawn.ledger(d);
        assertEquals(List.of("UPI-RAVI KUMAR-OKSBI", "NEFT-ACME PAYROLL MARCH", "CASH", "IMPS-SITA RAO-LOAN REPAID"), notes(r));
        assertTrue(r.decisions().exists(s -> s.startsWith("rows centre-aligned")), r.decisions().mkString("\n"));
    }

    @Test
    void rowsRecurringAtTheSamePlaceOnEveryPageKeepTheirWrappedLines() {
        // identical pages: each row's two wrapped lines recur at their place on every page, yet they are rows,
        // not furniture (furniture among the rows comes in runs of three lines or more)
        DrawnStatement s = usual().rowsPerPage(2).rowGap(0);
        double balance = 1000;
        for (int i = 1; i <= 6; i++) {
            balance -= 10;
            s.row("0" + i + "/04/24", "UPI-RAVI\nKUMAR-OKSBI\nGROCERIES " + i, "10.00", "", String.format("%.2f", balance));
        }
        Ledger.Result r = Drawn.ledger(s.document());
        assertEquals(6, r.transactions().size());
        assertEquals(List.range(1, 7).map(i -> "UPI-RAVI KUMAR-OKSBI GROCERIES " + i), notes(r));
    }

    @Test
    void aBlockOfThreeRepeatedLinesBetweenRowsIsPageFurniture() {
        // a footer printed right under the last row of every page, at the row pitch: no margin gap sets it apart
        DrawnStatement s = usual().rowsPerPage(2).rowGap(0);
        double balance = 1000;
        for (int i = 1; i <= 6; i++) {
            balance -= 10;
            String branch = "ABCDEF".substring(i - 1, i);
            s.row("0" + i + "/04/24", "ATM " + i + "\nCASH\nBRANCH " + branch, "10.00", "", String.format("%.2f", balance));
        }
        Document d = s.document();
        // in the narration column, so that read as text they would join the row above
        Document withFooter = new Document(d.pages().map(p -> {
            if (p.number() == 1) {
                return p;
            }
            double last = p.lines().filter(l -> l.y() < 800).last().y();
            return new dev.passbook.core.document.Page(p.number(), p.width(), p.height(), p.lines().appendAll(List.of(
                    DrawnText.line(last + DrawnStatement.STEP, 80, "Registered Office Address: ACME House, Mumbai"),
                    DrawnText.line(last + 2 * DrawnStatement.STEP, 80, "This is a computer generated statement"),
                    DrawnText.line(last + 3 * DrawnStatement.STEP, 80, "Contents of this statement are correct")))
                    .sortBy(dev.passbook.core.document.Line::y));
        }), d.metadata(), d.forensics());
        assertTrue(withFooter.pageCount() >= 4, "precondition: the footer block on three pages");
        Ledger.Result r = Drawn.ledger(withFooter);
        assertEquals(List.range(1, 7).map(i -> "ATM " + i + " CASH BRANCH " + "ABCDEF".charAt(i - 1)), notes(r));
    }

    @Test
    void aRepeatedBlockMixingLinesAtTheirPlaceWithLinesThatMoveIsOneBlock() {
        // a report heading restarting under the rows: two of its lines stand at one place on every page, the two
        // others move a little from page to page (repeated elsewhere, not at their place); split by kind, no
        // part would be long enough for a block and all four would be read as the last row's narration. On the last
        // page, shorter, the heading stands in the bottom margin past a gap: the moving lines are furniture there too
        DrawnStatement s = usual().rowsPerPage(2).rowGap(0);
        double balance = 1000;
        for (int i = 1; i <= 6; i++) {
            balance -= 10;
            s.row("0" + i + "/04/24", "ATM " + i + "\nCASH " + "ABCDEF".charAt(i - 1), "10.00", "", String.format("%.2f", balance));
        }
        Document d = s.document();
        double top = d.pages().filter(p -> p.number() > 1).map(p -> p.lines().filter(l -> l.y() < 800).last().y()).max().get() + DrawnStatement.STEP;
        Document withHeading = new Document(d.pages().map(p -> {
            if (p.number() == 1) {
                return p;
            }
            double moved = 2 * (p.number() - 2);
            return new dev.passbook.core.document.Page(p.number(), p.width(), p.height(), p.lines().appendAll(List.of(
                    DrawnText.line(top, 80, "Registered Office Address: ACME House, Mumbai"),
                    DrawnText.line(top + DrawnStatement.STEP + moved, 80, "Statement of account continued"),
                    DrawnText.line(top + 2 * DrawnStatement.STEP + 4, 80, "This is a computer generated statement"),
                    DrawnText.line(top + 3 * DrawnStatement.STEP + 4 + moved, 80, "Contents of this statement are correct")))
                    .sortBy(dev.passbook.core.document.Line::y));
        }), d.metadata(), d.forensics());
        assertTrue(withHeading.pageCount() >= 4, "precondition: the heading on two pages or more");
        Ledger.Result r = Drawn.ledger(withHeading);
        assertEquals(List.range(1, 7).map(i -> "ATM " + i + " CASH " + "ABCDEF".charAt(i - 1)), notes(r));
    }

    @Test
    void aRowsLastPieceRecurringOnOtherPagesIsNotTakenIntoTheFooterBlockUnderIt() {
        // the last row of a page ends with a piece that recurs on other pages, each time at another height (the
        // rows above it differ in height); the footer stands at one place on every page, on the lowest page right
        // under that piece, at the row pitch (no margin gap sets it apart)
        DrawnStatement s = usual().rowsPerPage(2).rowGap(0);
        double balance = 1000;
        List<String> others = List.of("ATM 2\nMINI", "ATM 4\nMINI\nSTATEMENT", "ATM 6");
        for (int i = 1; i <= 6; i++) {
            balance -= 10;
            String narration = i % 2 == 1 ? "UPI " + i + "\nCASH AT ACME BRANCH" : others.get(i / 2 - 1);
            s.row("0" + i + "/04/24", narration, "10.00", "", String.format("%.2f", balance));
        }
        Document d = s.document();
        double footer = d.pages().filter(p -> p.number() > 1).map(p -> p.lines().filter(l -> l.y() < 800).last().y()).max().get() + DrawnStatement.STEP;
        Document withFooter = new Document(d.pages().map(p -> p.number() == 1 ? p
                : new dev.passbook.core.document.Page(p.number(), p.width(), p.height(), p.lines().appendAll(List.of(
                        DrawnText.line(footer, 80, "Registered Office Address: ACME House, Mumbai"),
                        DrawnText.line(footer + DrawnStatement.STEP, 80, "This is a computer generated statement"),
                        DrawnText.line(footer + 2 * DrawnStatement.STEP, 80, "Contents of this statement are correct")))
                        .sortBy(dev.passbook.core.document.Line::y))), d.metadata(), d.forensics());
        List<Double> pieceHeights = withFooter.pages().flatMap(p -> p.lines().filter(l -> l.text().equals("CASH AT ACME BRANCH"))
                .map(dev.passbook.core.document.Line::y));
        assertEquals(3, pieceHeights.distinct().size(), "precondition: the recurring piece stands at another height on each page");
        Ledger.Result r = Drawn.ledger(withFooter);
        assertEquals(List.of("UPI 1 CASH AT ACME BRANCH", "ATM 2 MINI", "UPI 3 CASH AT ACME BRANCH", "ATM 4 MINI STATEMENT",
                "UPI 5 CASH AT ACME BRANCH", "ATM 6"), notes(r));
    }

    @Test
    void aRowsLastPieceWhoseTwinDiffersOnlyInDigitsAtTheSamePlaceIsNotTakenForAPageNumberedFooter() {
        // two pages end with a narration piece at the same height whose words differ only in digits (narrations cut
        // at a fixed width: "...-644-SCHOOL FEES", "...-1160925-SCHOOL FEES"); right under it, at the row pitch,
        // the footer block with its page counter. Digits aside both pieces look like a page-numbered line; printed
        // among the rows only a page counter may differ (the HDFC TCK lost such a piece, issue 16)
        DrawnStatement s = usual().rowsPerPage(2).rowGap(0);
        List<String> narrations = List.of("ATM 1", "UPI 2\nSENT", "UPI-AISHWARYA-435459714\n644-SCHOOL FEES", "UPI 4\nSENT",
                "NEFT-UTIBN3848\n1160925-SCHOOL FEES", "ATM 6");
        double balance = 1000;
        for (int i = 1; i <= 6; i++) {
            balance -= 10;
            s.row("0" + i + "/04/24", narrations.get(i - 1), "10.00", "", String.format("%.2f", balance));
        }
        Document d = s.document();
        double footer = d.pages().filter(p -> p.number() > 1).map(p -> p.lines().filter(l -> l.y() < 800).last().y()).max().get() + DrawnStatement.STEP;
        Document withFooter = new Document(d.pages().map(p -> p.number() == 1 ? p
                : new dev.passbook.core.document.Page(p.number(), p.width(), p.height(), p.lines().appendAll(List.of(
                        DrawnText.line(footer, 80, "Statement page " + p.number() + " of " + d.pageCount()),
                        DrawnText.line(footer + DrawnStatement.STEP, 80, "This is a computer generated statement"),
                        DrawnText.line(footer + 2 * DrawnStatement.STEP, 80, "Contents of this statement are correct")))
                        .sortBy(dev.passbook.core.document.Line::y))), d.metadata(), d.forensics());
        List<Double> twins = withFooter.pages().flatMap(p -> p.lines().filter(l -> l.text().endsWith("-SCHOOL FEES"))
                .map(dev.passbook.core.document.Line::y));
        assertEquals(2, twins.size(), "precondition: two pieces");
        assertEquals(1, twins.distinct().size(), "precondition: at the same height, each right above the footer");
        Ledger.Result r = Drawn.ledger(withFooter);
        assertEquals(List.of("ATM 1", "UPI 2 SENT", "UPI-AISHWARYA-435459714 644-SCHOOL FEES", "UPI 4 SENT",
                "NEFT-UTIBN3848 1160925-SCHOOL FEES", "ATM 6"), notes(r));
        assertTrue(r.unplaced().isEmpty(), "the footer block, page counter included, is furniture: " + r.unplaced().mkString("; "));
    }

    @Test
    void aDateWrappedInsideItsColumnIsJoined() {
        Document d = usual()
                .row("28-Apr-\n2024", "UPI", "10.00", "", "990.00")
                .row("2 May\n2024", "ATM", "20.00", "", "970.00")
                .document();
        assertEquals(List.of(LocalDate.of(2024, 4, 28), LocalDate.of(2024, 5, 2)),
                Drawn.ledger(d).transactions().map(Transaction::date));
    }

    @Test
    void anAmountWrappedOntoTheNextLineIsJoined() {
        Document d = usual()
                .row("01/04/24", "RTGS", "", "12,34,567.8\n9", "12,35,567.89")
                .document();
        assertEquals(Money.of("1234567.89"), Drawn.ledger(d).transactions().head().amount());
    }

    @Test
    void textAcrossTheTableIsReportedWithItsPlaceNotMadeNarration() {
        Document d = usual()
                .row("01/04/24", "UPI", "10.00", "", "990.00")
                .trailer("This is a computer generated statement and needs no signature")
                .document();
        Ledger.Result r = Drawn.ledger(d);
        assertEquals(List.of("UPI"), notes(r));
        var unplaced = r.unplaced().find(u -> u.text().startsWith("This is a computer generated")).get();
        assertEquals(1, unplaced.place().page());
        assertTrue(unplaced.place().line() > 0);
    }

    @Test
    void pageFurnitureIsSkippedButANarrationRecurringAtThePlaceIsKept() {
        DrawnStatement s = usual().headerOnFirstPageOnly().blockOnEveryPage().rowsPerPage(2);
        double balance = 1000;
        for (int i = 1; i <= 6; i++) {
            balance -= 10;
            s.row("0" + i + "/04/24", "SALARY\nMONTHLY", "10.00", "", String.format("%.2f", balance));
        }
        Ledger.Result r = Drawn.ledger(s.document());
        assertEquals(6, r.transactions().size());
        assertTrue(notes(r).forAll(n -> n.equals("SALARY MONTHLY")), notes(r).mkString("; "));
        assertTrue(r.unplaced().isEmpty(), "the footer repeated on every page is furniture: " + r.unplaced().mkString("; "));
        assertEquals(List.of(1, 2, 2, 3, 3, 4), r.rowPages(), "two rows a page, the opening balance row first");
    }

    @Test
    void anotherTablesHeaderEndsTheTable() {
        Document d = DrawnText.document(DrawnText.page(1,
                DrawnText.line(30, 26, "Account Number :", 130, "1234567890"),
                DrawnText.line(50, 26, "Date", 80, "Narration", 290, "Debit", 350, "Credit", 410, "Balance"),
                DrawnText.line(60, 26, "01/04/24", 80, "UPI", DrawnText.rightAligned(320, "10.00"), "10.00",
                        DrawnText.rightAligned(440, "990.00"), "990.00"),
                DrawnText.line(80, 26, "Date", 80, "Description", 290, "Amount", 410, "Balance"),
                DrawnText.line(90, 26, "01/04/24", 80, "LOAN EMI", DrawnText.rightAligned(320, "500.00"), "500.00",
                        DrawnText.rightAligned(440, "9,500.00"), "9,500.00")));
        Table t = Drawn.table(d);
        assertEquals(1, t.rows().size());
        assertTrue(t.decisions().exists(s -> s.contains("another table's header")), t.decisions().mkString("\n"));
    }

    @Test
    void aOneRowSummaryBlockAboveTheTransactionsIsNotTheTable() {
        // an account summary laid out as a table (titles, one line of values) above the transactions' own header
        Document d = DrawnText.document(DrawnText.page(1,
                DrawnText.line(30, 26, "Date", 90, "Type", 150, "Branch", 300, "Balance"),
                DrawnText.line(40, 26, "16/08/2018", 90, "SAVINGS", 150, "MAIN", DrawnText.rightAligned(340, "31,036.69"),
                        "31,036.69"),
                DrawnText.line(60, 200, "TRANSACTIONS"),
                DrawnText.line(75, 26, "Date", 80, "Narration", 290, "Debit", 350, "Credit", 410, "Balance"),
                DrawnText.line(85, 26, "01/04/24", 80, "UPI", DrawnText.rightAligned(320, "10.00"), "10.00",
                        DrawnText.rightAligned(440, "990.00"), "990.00"),
                DrawnText.line(95, 26, "02/04/24", 80, "NEFT", DrawnText.rightAligned(380, "110.00"), "110.00",
                        DrawnText.rightAligned(440, "1,100.00"), "1,100.00"),
                DrawnText.line(105, 26, "03/04/24", 80, "ATM", DrawnText.rightAligned(320, "100.00"), "100.00",
                        DrawnText.rightAligned(440, "1,000.00"), "1,000.00")));
        Table t = Drawn.table(d);
        assertEquals(3, t.rows().size(), t.decisions().mkString("\n"));
        assertTrue(t.header().cells().exists(c -> c.role() == Role.NARRATION), t.header().describe());
        assertTrue(t.decisions().exists(s -> s.contains("is not the table")), t.decisions().mkString("\n"));
    }

    @Test
    void aOneRowSummaryBlockAboveASingleTransactionIsNotTheTable() {
        // as above with one transaction: both tables hold one line with an amount; the summary names a balance
        // only, the transactions' header names the amounts a transaction moves (a generated generic-viewer-print
        // statement of one row was refused reading the summary as the table)
        Document d = DrawnText.document(DrawnText.page(1,
                DrawnText.line(30, 26, "Date", 90, "Type", 150, "Branch", 300, "Balance"),
                DrawnText.line(40, 26, "16/08/2018", 90, "SAVINGS", 150, "MAIN", DrawnText.rightAligned(340, "990.00"),
                        "990.00"),
                DrawnText.line(60, 200, "TRANSACTIONS"),
                DrawnText.line(75, 26, "Date", 80, "Narration", 290, "Debit", 350, "Credit", 410, "Balance"),
                DrawnText.line(85, 26, "01/04/24", 80, "UPI", DrawnText.rightAligned(320, "10.00"), "10.00",
                        DrawnText.rightAligned(440, "990.00"), "990.00")));
        Ledger.Result r = Drawn.ledger(d);
        assertEquals(List.of("UPI"), notes(r));
        assertEquals(List.of(Money.of("10.00")), r.transactions().map(Transaction::amount));
    }

    @Test
    void rowsWhoseGlyphsMapToControlCharactersAreRefusedSayingTheTextLayerIsUnreadable() {
        // as a font with a broken character map gives them: control characters, a stray digit (lines that differ)
        String garbled = "\u0003\u0011\u0004\u0012\u0005";
        Document d = DrawnText.document(DrawnText.page(1,
                DrawnText.line(50, 26, "Date", 80, "Narration", 290, "Debit", 350, "Credit", 410, "Balance"),
                DrawnText.line(60, 26, garbled + "1", 80, garbled + garbled, 300, garbled, 420, garbled),
                DrawnText.line(70, 26, garbled + "2", 80, garbled + garbled, 360, garbled, 420, garbled),
                DrawnText.line(80, 26, garbled + "3", 80, garbled + garbled, 300, garbled, 420, garbled)));
        var refusal = TableEngine.standard().read(d).getLeft();
        assertEquals(dev.passbook.core.spi.ReadStage.ROWS, refusal.stage());
        assertTrue(refusal.reason().contains("does not read as text (only 3 of its 78 characters are letters or digits)"),
                refusal.reason());
    }

    @Test
    void theClosingBalanceRowEndsTheTableAndGivesTheClosingBalance() {
        Document d = usual()
                .row("01/04/24", "UPI", "10.00", "", "990.00")
                .row("", "Closing Balance", "", "", "990.00")
                .row("01/04/24", "NOT A ROW OF THIS TABLE", "10.00", "", "980.00")
                .document();
        Ledger.Result r = Drawn.ledger(d);
        assertEquals(1, r.transactions().size());
        assertEquals(Option.some(Money.of("990.00")), r.closing());
    }

    @Test
    void aLineThatFitsNoColumnIsNeverSilentlyDropped() {
        Document d = usual()
                .row("01/04/24", "UPI", "10.00", "", "990.00")
                .document();
        // a word printed where an amount belongs, on a line of its own, under the first row
        Document edited = new Document(d.pages().map(p -> p.number() != 1 ? p : new dev.passbook.core.document.Page(
                p.number(), p.width(), p.height(), p.lines().append(DrawnText.line(
                        p.lines().find(l -> l.text().contains("990.00")).get().y() + 10, 300, "PENDING")).sortBy(l -> l.y()))),
                d.metadata(), d.forensics());
        Ledger.Result r = Drawn.ledger(edited);
        assertTrue(r.unplaced().exists(u -> u.text().equals("PENDING")), "the odd line is reported: " + r.unplaced());
        assertFalse(notes(r).exists(n -> n.contains("PENDING")));
    }

    @Test
    void noHeaderIsARefusalAtTheHeaderStageWithItsPlace() {
        Document d = DrawnText.document(DrawnText.page(1, DrawnText.line(30, 26, "Dear customer, welcome")));
        var refusal = TableEngine.standard().read(d).getLeft();
        assertEquals(dev.passbook.core.spi.ReadStage.HEADER, refusal.stage());
        assertEquals(Option.some(Place.page(1)), refusal.at());
    }
}
