package dev.passbook.testkit.render;

import dev.passbook.core.domain.Transaction;
import dev.passbook.core.domain.TransactionType;
import dev.passbook.testkit.Fixtures;
import dev.passbook.testkit.GeneratedStatement;
import dev.passbook.testkit.Layout;
import dev.passbook.testkit.arbitraries.Seeded;
import dev.passbook.testkit.arbitraries.StatementShape;
import dev.passbook.testkit.arbitraries.Statements;
import io.vavr.collection.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HdfcLegacyRenderingTest {

    static final double NARRATION_LEFT = 60;
    static final double NARRATION_RIGHT = 262;
    static final String DATE = "[0-9]{2}/[0-9]{2}/[0-9]{2}";

    private static GeneratedStatement longStatement(int seed) {
        return Seeded.sample(Statements.forLayout(Layout.HDFC_LEGACY, StatementShape.defaults().rows(70, 90)), seed);
    }

    @Test
    void pageIs638By842AndTheFileSaysPdf13() throws IOException {
        byte[] pdf = StatementRenderer.render(Fixtures.hdfc(Layout.HDFC_LEGACY), RenderOptions.defaults());
        assertEquals("%PDF-1.3", new String(pdf, 0, 8, StandardCharsets.ISO_8859_1));
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertEquals(1.3f, doc.getVersion(), "no catalog /Version overrides the header");
            PDRectangle box = doc.getPage(0).getMediaBox();
            assertEquals(638f, box.getWidth(), 0.01);
            assertEquals(842f, box.getHeight(), 0.01);
        }
    }

    @Test
    void printsHeaderFieldsPeriodAndColumnsWhereALegacyReaderLooks() {
        PdfWords words = PdfWords.of(StatementRenderer.render(Fixtures.hdfc(Layout.HDFC_LEGACY), RenderOptions.defaults()));
        String text = words.text(1);
        for (String expected : List.of("Page No .: 1", "MRS PRIYA SHARMA", "FLAT NO 12 SUNRISE APARTMENTS", "PUNE 411001",
                "JOINT HOLDERS :", "Nomination :", "Account Branch : KOTHRUD", "Account No : 50100123456789",
                "A/C Open Date : 12/05/2015", "Cust ID : 87654321", "OD Limit : 0.00", "Currency : INR",
                "RTGS/NEFT IFSC : HDFC0001234 MICR : 411240002", "Branch Code : 1234", "Statement of account",
                "From : 01/02/2024 To : 01/03/2024",
                "Date Narration Chq./Ref.No. Value Dt Withdrawal Amt. Deposit Amt. Closing Balance")) {
            assertTrue(text.contains(expected), () -> "missing '" + expected + "' in\n" + text);
        }
        PdfWords.W page = words.find(1, "Page").get();
        assertTrue(page.x() > 250 && page.x() < 400 && page.y() < 40, "page number mid-page at the top: " + page);
        PdfWords.W title = words.find(1, "Statement").get();
        assertTrue(Math.abs(title.y() - page.y()) < 1 && title.x() > page.x(),
                "the page label shares the title line, 'Statement of account' to its right: " + title);
        PdfWords.W name = words.find(1, "PRIYA").get();
        PdfWords.W branch = words.find(1, "Branch").get();
        assertTrue(name.x() < 200 && branch.x() > 300, "holder block left, account fields right");
    }

    @Test
    void alternateLabelsPrintStatementFromAccountNumberAndLimit() {
        GeneratedStatement plain = Fixtures.hdfc(Layout.HDFC_LEGACY);
        GeneratedStatement alternate = new GeneratedStatement(plain.layout(), plain.bank(), plain.identity(), plain.declaredPeriod(),
                plain.openingBalance(), plain.closingBalance(), plain.transactions(), plain.summary(),
                new dev.passbook.testkit.StatementOptions(false, false, false, true, plain.options().generatedOn(),
                        io.vavr.control.Option.none()));
        String text = PdfWords.of(StatementRenderer.render(alternate, RenderOptions.defaults())).text(1);
        assertTrue(text.contains("Statement From : 01/02/2024 To : 01/03/2024"), text);
        assertTrue(text.contains("Account Number : 50100123456789"), text);
        assertTrue(text.contains("Limit : 0.00 Currency : INR") && !text.contains("OD Limit"), text);
    }

    @Test
    void rowsUseTwoDigitYearsIndianGroupingAndExactlyOneAmountColumn() {
        GeneratedStatement s = Fixtures.hdfc(Layout.HDFC_LEGACY);
        String text = PdfWords.of(StatementRenderer.render(s, RenderOptions.defaults())).text(1);
        // opening 12,34,567.89 - 1,500.50 = 12,33,067.39 (Indian grouping, not 1,233,067.39)
        assertTrue(text.contains("01/02/24 UPI-RAHULSHARMA-RAHUL12@OKIC 0000412345678901 01/02/24 1,500.50 12,33,067.39"), text);
        assertTrue(text.contains("29/02/24 NEFT CR-CITI0100000-ACME TEC N123456789012345 29/02/24 2,50,000.00 14,83,067.39"), text);
        assertTrue(text.contains("01/03/24 INTEREST PAID TILL 29-FEB-20 000000000000000 01/03/24 812.34 14,81,879.73"), text);
    }

    @Test
    void lastPagePrintsTheSummaryInWesternGroupingAndTheGeneratedOnLine() {
        GeneratedStatement s = Fixtures.hdfc(Layout.HDFC_LEGACY);
        PdfWords words = PdfWords.of(StatementRenderer.render(s, RenderOptions.defaults()));
        List<String> lines = words.lines(words.pages());
        int at = lines.indexOf("STATEMENT SUMMARY :-");
        assertTrue(at >= 0, lines::toString);
        assertEquals("Opening Balance Dr Count Cr Count Debits Credits Closing Bal", lines.get(at + 1));
        assertEquals(String.join(" ", Fixtures.western(s.openingBalance()), "2", "2", "3,500.50", "250,812.34",
                Fixtures.western(s.closingBalance())), lines.get(at + 2));
        assertEquals("1,234,567.89 2 2 3,500.50 250,812.34 1,481,879.73", lines.get(at + 2));
        assertTrue(lines.get(at + 3).matches("Generated On: 02-MAR-2024 23:04:36 Generated By: 87654321 Requesting Branch Code: NET"),
                lines.get(at + 3));
    }

    @Test
    void headerAndFooterRepeatOnEveryPageAndTheSummaryOnlyOnTheLast() {
        GeneratedStatement s = longStatement(11);
        PdfWords words = PdfWords.of(StatementRenderer.render(s, RenderOptions.defaults()));
        assertTrue(words.pages() >= 2, "a long statement runs over pages");
        for (int p = 1; p <= words.pages(); p++) {
            String text = words.text(p);
            for (String expected : List.of("Page No .: " + p, (s.options().alternateLabels() ? "Account Number : " : "Account No : ") + s.identity().accountNumber(),
                    "RTGS/NEFT IFSC : " + s.identity().ifsc().get(), "Statement of account", "Closing Balance",
                    "HDFC BANK LIMITED", "*Closing balance includes funds earmarked for hold and uncleared funds",
                    "Registered Office Address: HDFC Bank House, Senapati Bapat Marg, Lower Parel, Mumbai 400013",
                    "This is a computer generated statement and does not require signature.")) {
                assertTrue(text.contains(expected), "page " + p + " lacks '" + expected + "'");
            }
            assertEquals(p == words.pages(), text.contains("STATEMENT SUMMARY :-"), "summary on page " + p);
            PdfWords.W footer = words.find(p, "*Closing").get();
            assertTrue(footer.y() > 750, "footer at the bottom: " + footer);
        }
    }

    @Test
    void narrationsAreCutMidWordAtTheFixedWidthAndReassembleAcrossPages() {
        for (int seed = 1; seed <= 3; seed++) {
            GeneratedStatement s = longStatement(seed);
            PdfWords words = PdfWords.of(StatementRenderer.render(s, RenderOptions.defaults()));
            List<String> narrationLines = narrationColumnLines(words);
            assertEquals(s.transactions().map(Transaction::note).mkString(""), narrationLines.mkString(""),
                    "narration lines joined without spaces give back every note, in order");
            assertTrue(narrationLines.forAll(l -> l.length() <= 28), "no line longer than 28 characters");
            assertTrue(narrationLines.exists(l -> l.length() == 28 && Character.isLetter(l.charAt(27))),
                    "some line is cut in the middle of a word");
        }
    }

    @Test
    void aNarrationContinuesOverAPageBreak() {
        boolean seen = false;
        for (int seed = 1; seed <= 12 && !seen; seed++) {
            PdfWords words = PdfWords.of(StatementRenderer.render(longStatement(seed), RenderOptions.defaults()));
            for (int p = 2; p <= words.pages(); p++) {
                List<String> lines = words.lines(p);
                int header = lines.indexWhere(l -> l.startsWith("Date Narration"));
                String firstRow = lines.get(header + 1);
                if (!firstRow.matches(DATE + " .*")) {
                    seen = true;
                }
            }
        }
        assertTrue(seen, "some page starts with the rest of the previous page's narration");
    }

    @Test
    void everyRowHasExactlyOneOfWithdrawalAndDeposit() {
        GeneratedStatement s = longStatement(5);
        PdfWords words = PdfWords.of(StatementRenderer.render(s, RenderOptions.defaults()));
        List<PdfWords.W> amounts = words.words().filter(w -> w.right() > 400 && w.right() < 550 && w.text().matches("[0-9,]+\\.[0-9]{2}")
                && w.y() < 780);
        // withdrawal column ends at 18+459, deposit at 18+529
        long withdrawals = amounts.count(w -> Math.abs(w.right() - 475) < 3);
        long deposits = amounts.count(w -> Math.abs(w.right() - 545) < 3);
        assertEquals(s.transactions().count(t -> t.type() == TransactionType.DEBIT), withdrawals);
        assertEquals(s.transactions().count(t -> t.type() == TransactionType.CREDIT), deposits);
    }

    /** Words in the narration column below the column header, line by line through all pages. */
    static List<String> narrationColumnLines(PdfWords words) {
        return narrationLines(words, p -> words.find(p, "Narration").map(PdfWords.W::y).getOrElse(0.0));
    }

    /** The same when later pages have no column header: rows start below the page number. */
    static List<String> narrationColumnLinesNoHeader(PdfWords words) {
        return narrationLines(words, p -> p == 1 ? words.find(p, "Narration").get().y()
                : words.find(p, "Page").get().y() + 4);
    }

    private static List<String> narrationLines(PdfWords words, java.util.function.IntFunction<Double> top) {
        List<String> out = List.empty();
        for (int p = 1; p <= words.pages(); p++) {
            double headerY = top.apply(p);
            double summaryY = words.find(p, "SUMMARY").map(PdfWords.W::y).getOrElse(10_000.0);
            double footerY = words.find(p, "*Closing").map(PdfWords.W::y).getOrElse(10_000.0) - 8;
            List<PdfWords.W> column = words.onPage(p).filter(w -> w.x() >= NARRATION_LEFT && w.x() < NARRATION_RIGHT
                    && w.y() > headerY + 1 && w.y() < Math.min(summaryY, footerY) - 1);
            out = out.appendAll(column.groupBy(w -> Math.round(w.y() * 2) / 2.0).toList().sortBy(t -> t._1)
                    .map(t -> t._2.sortBy(PdfWords.W::x).map(PdfWords.W::text).mkString(" ")));
        }
        return out;
    }

    @Test
    void nothingButTheDesignatedColumnsIsInTheNarrationBand() {
        assertFalse(narrationColumnLines(PdfWords.of(StatementRenderer.render(Fixtures.hdfc(Layout.HDFC_LEGACY),
                RenderOptions.defaults()))).exists(l -> l.matches(".*[0-9]{2}/[0-9]{2}/[0-9]{2}$")));
    }
}
