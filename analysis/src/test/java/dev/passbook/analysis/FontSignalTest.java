package dev.passbook.analysis;

import dev.passbook.core.domain.Evidence;
import dev.passbook.analysis.fixtures.StatementFixture;
import dev.passbook.core.document.Document;
import dev.passbook.core.document.Line;
import dev.passbook.core.document.Page;
import dev.passbook.core.document.Word;
import dev.passbook.core.spi.support.Amounts;
import io.vavr.collection.List;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;

import static dev.passbook.analysis.AnalysisTestSupport.findings;
import static dev.passbook.analysis.AnalysisTestSupport.settings;
import static dev.passbook.analysis.fixtures.StatementFixture.FONT;
import static dev.passbook.analysis.fixtures.StatementFixture.SIZE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FontSignalTest {

    private final StatementFixture clean = StatementFixture.clean();

    @Test
    void uniformColumnsAndABoldSummaryBlockAreNotFontMismatch() {
        assertEquals(List.empty(), findings(SignalRules.FONTS, clean));
    }

    @Test
    void balanceTypedInAnotherFontIsFontMismatchWithPageAndStyles() {
        String balance = Amounts.format(clean.rows().get(24).balance().get(), Amounts.Grouping.INDIAN);
        List<Evidence> found = findings(SignalRules.FONTS, clean.withBalanceStyle(24, "XYZABC+Arial-BoldMT", SIZE));
        assertEquals(1, found.size(), found::toString);
        Evidence e = found.head();
        assertEquals(Option.some(2), e.page());
        assertTrue(e.field().startsWith("amount " + balance + " (column at x "), e.field());
        assertEquals("Helvetica 8 pt", e.expected(), "subset prefix dropped");
        assertEquals("Arial-BoldMT 8 pt", e.found());
    }

    @Test
    void balanceInTheSameFontButAnotherSizeIsFontMismatch() {
        List<Evidence> found = findings(SignalRules.FONTS, clean.withBalanceStyle(3, FONT, 8.5));
        assertEquals(1, found.size(), found::toString);
        assertEquals(Option.some(1), found.head().page());
        assertEquals("Helvetica 8.5 pt", found.head().found());
    }

    @Test
    void sizeWithinToleranceIsTheSameSize() {
        assertEquals(List.empty(), findings(SignalRules.FONTS, clean.withBalanceStyle(3, FONT, 8.05)));
        assertEquals(List.empty(), findings(SignalRules.FONTS, clean.withBalanceStyle(3, FONT, 8.5),
                settings("analysis.font.size-tolerance", "0.5")));
    }

    @Test
    void differentSubsetOfTheSameFontIsNotAMismatch() {
        assertEquals(List.empty(), findings(SignalRules.FONTS, clean.withBalanceStyle(3, "QWERTY+Helvetica", SIZE)));
    }

    @Test
    void columnWithoutAMajorityStyleIsNotJudged() {
        StatementFixture mixed = clean;
        for (int row = 0; row < clean.rows().size(); row += 2) {
            mixed = mixed.withBalanceStyle(row, "Courier", SIZE);
        }
        assertEquals(List.empty(), findings(SignalRules.FONTS, mixed));
    }

    @Test
    void amountsAwayFromAnyDateAreNotJudged() {
        // a lone bold figure in the header, right-aligned with the balance column
        Document d = clean.document();
        Page first = d.pages().head();
        Word stray = new Word("9,99,999.00", 556, 100, 44, 5.6, "Times-Bold", 12);
        Page withStray = new Page(first.number(), first.width(), first.height(),
                first.lines().insert(2, new Line(100, List.of(stray))));
        Document tampered = new Document(d.pages().update(0, withStray), d.metadata(), d.forensics());
        assertEquals(List.empty(), SignalRules.FONTS.findings(
                new AnalysisInput(tampered, clean.parsed(), "hdfc", AnalysisSettings.defaults())));
    }

    @Test
    void aLabelledValueOfTheHeaderBlockBesideADateIsNotACell() {
        // the newer HDFC export prints "A/C Open Date : <date>  Expected AMB : <amount>" in the block's own font,
        // right-aligned with the balance column, on every page
        Document d = clean.document();
        Document withBlock = new Document(d.pages().map(p -> {
            Word balance = p.lines().get(2 + 3).words().last();
            Line field = new Line(100, List.of(new Word("Open", 300, 100, 20, 5.6, "CourierNew", SIZE),
                    new Word(":", 330, 100, 3, 5.6, "CourierNew", SIZE),
                    new Word("15/07/2020", 340, 100, 40, 5.6, "CourierNew", SIZE),
                    new Word(":", 400, 100, 3, 5.6, "CourierNew", SIZE),
                    new Word("5000.00", balance.right() - 28, 100, 28, 5.6, "CourierNew", SIZE)));
            return new Page(p.number(), p.width(), p.height(), p.lines().insert(2, field));
        }), d.metadata(), d.forensics());
        assertEquals(List.empty(), SignalRules.FONTS.findings(
                new AnalysisInput(withBlock, clean.parsed(), "hdfc", AnalysisSettings.defaults())));
        // precondition: without its colon the same figure is judged as a cell
        Document unlabelled = new Document(withBlock.pages().map(p -> new Page(p.number(), p.width(), p.height(),
                p.lines().update(2, new Line(100, p.lines().get(2).words().filter(w -> !w.text().equals(":")))))),
                d.metadata(), d.forensics());
        assertTrue(!SignalRules.FONTS.findings(
                new AnalysisInput(unlabelled, clean.parsed(), "hdfc", AnalysisSettings.defaults())).isEmpty());
    }

    @Test
    void replacementThatNoLongerLinesUpOnTheRightStillJoinsItsColumn() {
        // typed at the old left edge in a wider font: its right edge ends 10 pt past the column's
        Document d = clean.document();
        Page first = d.pages().head();
        Line row = first.lines().get(2 + 3);
        Word balance = row.words().last();
        Word wider = new Word(balance.text(), balance.x(), balance.y(), balance.width() + 10, balance.height(),
                "Courier", SIZE);
        Line edited = new Line(row.y(), row.words().update(row.words().size() - 1, wider));
        Document forged = new Document(d.pages().update(0, new Page(first.number(), first.width(), first.height(),
                first.lines().update(2 + 3, edited))), d.metadata(), d.forensics());
        List<Evidence> found = SignalRules.FONTS.findings(
                new AnalysisInput(forged, clean.parsed(), "hdfc", AnalysisSettings.defaults()));
        assertEquals(1, found.size(), found::toString);
        assertEquals("Courier 8 pt", found.head().found());
    }

    @Test
    void rowsDatedInThreeWordsAreTransactionRows() {
        Document d = clean.document();
        Page first = d.pages().head();
        Line row = first.lines().get(2 + 3);
        Word date = row.words().head();
        List<Word> spaced = List.of(new Word("9", date.x(), date.y(), 4, date.height(), FONT, SIZE),
                new Word("Apr", date.x() + 6, date.y(), 12, date.height(), FONT, SIZE),
                new Word("2024", date.x() + 20, date.y(), 16, date.height(), FONT, SIZE));
        Word balance = row.words().last();
        Word courier = new Word(balance.text(), balance.x(), balance.y(), balance.width(), balance.height(), "Courier", SIZE);
        Line edited = new Line(row.y(), spaced.appendAll(row.words().tail().init()).append(courier));
        Document forged = new Document(d.pages().update(0, new Page(first.number(), first.width(), first.height(),
                first.lines().update(2 + 3, edited))), d.metadata(), d.forensics());
        assertEquals(1, SignalRules.FONTS.findings(
                new AnalysisInput(forged, clean.parsed(), "hdfc", AnalysisSettings.defaults())).size());
    }

    @Test
    void shortColumnsAreNotJudged() {
        StatementFixture three = StatementFixture.consistent(clean.rows().take(3), StatementFixture.PERIOD,
                clean.opening()).withBalanceStyle(1, "Courier", SIZE);
        assertEquals(List.empty(), findings(SignalRules.FONTS, three), "3 balances < font.min-column 4");
        assertEquals(1, findings(SignalRules.FONTS, three, settings("analysis.font.min-column", "3")).size());
    }
}
