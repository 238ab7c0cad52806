package dev.passbook.adapters.pdf;

import dev.passbook.core.document.Line;
import dev.passbook.core.document.Page;
import dev.passbook.core.document.Word;
import io.vavr.collection.List;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName;
import org.junit.jupiter.api.Test;

import java.io.IOException;

import static dev.passbook.adapters.pdf.Results.readOk;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Positions come from real PDFs drawn at known coordinates; widths are checked against the AFM metrics. */
class WordLayoutTest {

    private static final double POSITION_TOLERANCE = 0.05;

    private static Page onlyPage(TestPdfs.Builder builder) {
        return readOk(builder.build()).pages().head();
    }

    private static double widthOf(String text, FontName font, float size) throws IOException {
        return new PDType1Font(font).getStringWidth(text) / 1000 * size;
    }

    @Test
    void eachWordKeepsItsPositionSizeFontAndWidth() throws IOException {
        Page page = onlyPage(TestPdfs.pdf().page(p -> p.text("Closing", 72, 144, FontName.HELVETICA_BOLD, 11)));

        Word word = page.lines().head().words().head();
        assertEquals("Closing", word.text());
        assertEquals(72, word.x(), POSITION_TOLERANCE);
        assertEquals(144, word.y(), POSITION_TOLERANCE);
        assertEquals(widthOf("Closing", FontName.HELVETICA_BOLD, 11), word.width(), 0.1);
        assertEquals(11, word.size(), POSITION_TOLERANCE);
        assertEquals("Helvetica-Bold", word.font());
        assertEquals(true, word.height() > 5 && word.height() <= 11, "height " + word.height());
        assertEquals(144, page.lines().head().y(), POSITION_TOLERANCE);
    }

    @Test
    void spacesInsideOneShownStringSplitWords() throws IOException {
        Page page = onlyPage(TestPdfs.pdf().page(p -> p.text("NEFT CR  HDFC0000123", 40, 100)));

        List<Word> words = page.lines().head().words();
        assertEquals(List.of("NEFT", "CR", "HDFC0000123"), words.map(Word::text));
        assertEquals(40 + widthOf("NEFT CR  ", FontName.HELVETICA, 10), words.get(2).x(), 0.1);
    }

    @Test
    void aHorizontalGapWithoutASpaceGlyphSplitsWords() throws IOException {
        double gap = 4; // less than a Helvetica 10 pt space (2.78 pt) would not do; this is a visible gap
        float second = (float) (40 + widthOf("1,234.56", FontName.HELVETICA, 10) + gap);
        Page page = onlyPage(TestPdfs.pdf().page(p -> p.text("1,234.56", 40, 100).text("Cr", second, 100)));

        assertEquals(List.of("1,234.56", "Cr"), page.lines().head().words().map(Word::text));
    }

    @Test
    void glyphsDrawnTouchingEachOtherStayOneWord() throws IOException {
        float second = (float) (40 + widthOf("HDFC", FontName.HELVETICA, 10));
        Page page = onlyPage(TestPdfs.pdf().page(p -> p.text("HDFC", 40, 100).text("0001234", second, 100)));

        assertEquals(List.of("HDFC0001234"), page.lines().head().words().map(Word::text));
    }

    @Test
    void fakeBoldDrawnThreeTimesReadsOnce() {
        Page page = onlyPage(TestPdfs.pdf().page(p -> p
                .text("Closing Balance", 40, 100).text("Closing Balance", 40.3f, 100).text("Closing Balance", 40, 100.3f)
                .text("1,00,000.00", 300, 100)));

        assertEquals(List.of("Closing", "Balance", "1,00,000.00"), page.lines().head().words().map(Word::text));
        assertEquals(40, page.lines().head().words().head().x(), POSITION_TOLERANCE);
    }

    @Test
    void aRepeatedLetterNextToItselfIsNotTakenForOverdraw() {
        Page page = onlyPage(TestPdfs.pdf().page(p -> p.text("WWW.HDFCBANK.COM 1111", 40, 100)));

        assertEquals("WWW.HDFCBANK.COM 1111", page.lines().head().text());
    }

    @Test
    void smallBaselineJitterStaysOnOneLineOrderedLeftToRight() {
        // drawn right to left, each cell nudged up or down as real generators do
        Page page = onlyPage(TestPdfs.pdf().page(p -> p
                .text("25,000.00", 480, 200.9f)
                .text("1,500.00", 400, 199.2f)
                .text("UPI/ZOMATO/4711", 120, 200.6f)
                .text("03/04/2024", 40, 200)));

        assertEquals(1, page.lines().size());
        Line line = page.lines().head();
        assertEquals(List.of("03/04/2024", "UPI/ZOMATO/4711", "1,500.00", "25,000.00"), line.words().map(Word::text));
        assertEquals(List.of(40.0, 120.0, 400.0, 480.0), line.words().map(w -> (double) Math.round(w.x())));
        assertEquals(200.2, line.y(), 0.5);
        assertEquals(199.2, line.words().get(2).y(), POSITION_TOLERANCE);
    }

    @Test
    void linesComeTopToBottomWhateverOrderTheyWereDrawnIn() {
        Page page = onlyPage(TestPdfs.pdf().page(p -> p
                .text("third", 40, 300).text("first", 40, 100).text("second", 40, 200)));

        assertEquals(List.of("first", "second", "third"), page.lines().map(Line::text));
        assertEquals(List.of(100.0, 200.0, 300.0), page.lines().map(Line::y));
    }

    @Test
    void tightlySpacedLinesAreNotMerged() {
        // 7 pt type on 8 pt leading, common in dense statements
        Page page = onlyPage(TestPdfs.pdf().page(p -> p
                .text("line one", 40, 100, FontName.HELVETICA, 7)
                .text("line two", 40, 108, FontName.HELVETICA, 7)
                .text("line three", 40, 116, FontName.HELVETICA, 7)));

        assertEquals(List.of("line one", "line two", "line three"), page.lines().map(Line::text));
    }

    @Test
    void aCentredNarrationBlockComesOutAsSeparateLinesAroundTheRowLine() {
        // newer HDFC layout: a 5-line narration centred on the row; date and amounts on the middle line
        Page page = onlyPage(TestPdfs.pdf().page(p -> p
                .text("05/04/2024", 30, 300, FontName.HELVETICA, 8)
                .text("0000412345678901", 330, 300, FontName.HELVETICA, 8)
                .text("05/04/2024", 420, 300, FontName.HELVETICA, 8)
                .text("2,000.00", 500, 300, FontName.HELVETICA, 8)
                .text("48,310.55", 600, 300, FontName.HELVETICA, 8)
                .text("NEFT DR-ICIC0000104-RAJESH", 90, 280, FontName.HELVETICA, 8)
                .text("KUMAR-NETBANK, MUM-", 90, 290, FontName.HELVETICA, 8)
                .text("N095243567-RENT APRIL", 90, 300, FontName.HELVETICA, 8)
                .text("2024 FLAT 12B", 90, 310, FontName.HELVETICA, 8)
                .text("TOWER C", 90, 320, FontName.HELVETICA, 8)));

        assertEquals(List.of(280.0, 290.0, 300.0, 310.0, 320.0), page.lines().map(Line::y));
        assertEquals(List.of("NEFT DR-ICIC0000104-RAJESH", "KUMAR-NETBANK, MUM-",
                        "05/04/2024 N095243567-RENT APRIL 0000412345678901 05/04/2024 2,000.00 48,310.55",
                        "2024 FLAT 12B", "TOWER C"),
                page.lines().map(Line::text));
        assertEquals(90, page.lines().get(0).left(), POSITION_TOLERANCE);
        assertEquals(30, page.lines().get(2).left(), POSITION_TOLERANCE);
    }
}
