package dev.passbook.testkit.render;

import dev.passbook.core.domain.Transaction;
import dev.passbook.testkit.Fixtures;
import dev.passbook.testkit.GeneratedStatement;
import dev.passbook.testkit.Layout;
import dev.passbook.testkit.arbitraries.Seeded;
import dev.passbook.testkit.arbitraries.StatementShape;
import dev.passbook.testkit.arbitraries.Statements;
import io.vavr.collection.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HdfcNewerRenderingTest {

    static final String DATE = "[0-9]{2}/[0-9]{2}/[0-9]{4}";

    @Test
    void pageIs786By982InAPdf14File() throws IOException {
        byte[] pdf = StatementRenderer.render(Fixtures.hdfc(Layout.HDFC_NEWER), RenderOptions.defaults());
        assertEquals("%PDF-1.4", new String(pdf, 0, 8, StandardCharsets.ISO_8859_1));
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertEquals(786f, doc.getPage(0).getMediaBox().getWidth(), 0.01);
            assertEquals(982f, doc.getPage(0).getMediaBox().getHeight(), 0.01);
        }
    }

    @Test
    void printsPageNofMThePeriodWithTwoDigitYearsAndTheNewerColumns() {
        GeneratedStatement s = Seeded.sample(Statements.forLayout(Layout.HDFC_NEWER, StatementShape.defaults().rows(70, 80)), 4);
        PdfWords words = PdfWords.of(StatementRenderer.render(s, RenderOptions.defaults()));
        int pages = words.pages();
        assertTrue(pages >= 2);
        String period = "Statement From : " + String.format("%02d/%02d/%02d", s.declaredPeriod().from().getDayOfMonth(),
                s.declaredPeriod().from().getMonthValue(), s.declaredPeriod().from().getYear() % 100);
        for (int p = 1; p <= pages; p++) {
            String text = words.text(p);
            for (String expected : List.of("Page " + p + " of " + pages, period,
                    "Date Narration Chq. / Ref No. Value Date Withdrawal Amount Deposit Amount Closing Balance*",
                    (s.options().alternateLabels() ? "Account No : " : "Account Number : ") + s.identity().accountNumber(), "HDFC BANK LIMITED")) {
                assertTrue(text.contains(expected), "page " + p + " lacks '" + expected + "'");
            }
        }
        List<String> last = words.lines(pages);
        int at = last.indexOf("STATEMENT SUMMARY :-");
        assertEquals("Opening Balance Dr Count Cr Count Debits Credits Closing Balance", last.get(at + 1));
    }

    @Test
    void emptyAmountColumnShowsZeroAndRowDatesHaveFourDigitYears() {
        GeneratedStatement s = Fixtures.hdfc(Layout.HDFC_NEWER);
        String text = PdfWords.of(StatementRenderer.render(s, RenderOptions.defaults())).text(1);
        // two narration lines: the first above the row, the date and amounts level with the last
        assertTrue(text.contains("UPI-RAHULSHARMA-RAHUL12@OKICICI-ICIC\n01/02/2024 0001234-412345678901-GROCERIES 0000412345678901 01/02/2024 1,500.50 0.00 12,33,067.39"), text);
        assertTrue(text.contains("01/03/2024 INTEREST PAID TILL 29-FEB-2024 000000000000000 01/03/2024 0.00 812.34 14,81,879.73"), text);
    }

    @Test
    void multiLineNarrationsStartAboveTheRowAndTheDateIsLevelWithTheirMiddlePiece() {
        GeneratedStatement s = Seeded.sample(Statements.forLayout(Layout.HDFC_NEWER, StatementShape.defaults().rows(20, 25)), 9);
        PdfWords words = PdfWords.of(StatementRenderer.render(s, RenderOptions.defaults()));
        // rows never split in this layout, so date words and narration lines can be paired in order
        List<PdfWords.W> dates = words.words().filter(w -> w.x() < 60 && w.text().matches(DATE));
        List<List<PdfWords.W>> narrationLines = List.range(1, words.pages() + 1).flatMap(p -> {
            double top = words.find(p, "Narration").get().y();
            double bottom = words.find(p, "*Closing").map(w -> w.y() - 10).getOrElse(10_000.0);
            double summary = words.find(p, "SUMMARY").map(PdfWords.W::y).getOrElse(10_000.0);
            return words.onPage(p).filter(w -> w.x() >= 75 && w.x() < 330 && w.y() > top + 1 && w.y() < Math.min(bottom, summary))
                    .groupBy(w -> Math.round(w.y() * 2) / 2.0).toList().sortBy(t -> t._1).map(t -> t._2.toList());
        });
        assertEquals(s.transactions().size(), dates.size());
        int consumed = 0;
        int multiLine = 0;
        for (int i = 0; i < s.transactions().size(); i++) {
            Transaction t = s.transactions().get(i);
            int n = s.layout().wrap().wrap(t.note()).size();
            List<List<PdfWords.W>> mine = narrationLines.subSequence(consumed, consumed + n);
            consumed += n;
            assertEquals(t.note(), mine.map(l -> l.map(PdfWords.W::text).mkString(" ")).mkString(""));
            double dateY = dates.get(i).y();
            double firstY = mine.head().head().y();
            double lastY = mine.last().head().y();
            if (n >= 2) {
                multiLine++;
                assertTrue(firstY < dateY - 1, "row " + i + ": the narration starts above the date line");
                assertEquals(mine.get(n / 2).head().y(), dateY, 0.6,
                        "row " + i + ": the date level with the middle piece (the last of two, the lower middle of an even count)");
                if (n >= 3) {
                    assertTrue(lastY > dateY + 1, "row " + i + ": a third piece below the date line");
                }
            } else {
                assertEquals(firstY, dateY, 0.6, "row " + i + ": a one-line narration shares the date line");
            }
        }
        assertTrue(multiLine > 0, "the sample has multi-line narrations");
    }
}
