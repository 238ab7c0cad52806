package dev.passbook.testkit.render;

import dev.passbook.core.domain.Transaction;
import dev.passbook.core.domain.TransactionType;
import dev.passbook.core.spi.support.Amounts;
import dev.passbook.testkit.GeneratedStatement;
import dev.passbook.testkit.Layout;
import dev.passbook.testkit.arbitraries.Seeded;
import dev.passbook.testkit.arbitraries.StatementShape;
import dev.passbook.testkit.arbitraries.Statements;
import io.vavr.collection.List;
import org.junit.jupiter.api.Test;

import java.util.function.Predicate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each trait design really prints its trait: checked on the rendered PDF's words, not on the design's data. */
class RealWorldTraitsRenderingTest {

    private static GeneratedStatement sample(Layout layout, Predicate<GeneratedStatement> wanted) {
        for (int i = 0; i < 200; i++) {
            GeneratedStatement s = Seeded.sample(Statements.forLayout(layout, StatementShape.defaults().rows(8, 20)), 5, i);
            if (wanted.test(s)) {
                return s;
            }
        }
        throw new AssertionError("no sample found");
    }

    private static PdfWords words(GeneratedStatement s) {
        return PdfWords.of(StatementRenderer.render(s, RenderOptions.defaults()));
    }

    /** The first transaction printed with a narration of at least {@code lines} lines. */
    private static Transaction wrapped(GeneratedStatement s, int lines) {
        return s.transactions().find(t -> s.layout().wrap().wrap(t.note()).size() >= lines).get();
    }

    @Test
    void splitHeadersAreCentredShortOfTheirAmountsAndCutMidWord() {
        GeneratedStatement s = sample(Layout.GENERIC_SPLIT_HEADERS, x -> true);
        PdfWords w = words(s);
        PdfWords.W withdra = w.find(1, "Withdra").get();
        PdfWords.W wal = w.find(1, "wal").get();
        assertTrue(wal.y() > withdra.y(), "the title goes on on the next baseline");
        PdfWords.W balanceTitle = w.onPage(1).filter(x -> x.text().equals("Balance")).maxBy(PdfWords.W::x).get();
        String firstBalance = Amounts.format(s.transactions().head().balance().get(), Amounts.Grouping.WESTERN);
        PdfWords.W balance = w.onPage(1).find(x -> x.text().equals(firstBalance) && x.y() > balanceTitle.y()).get();
        assertEquals(10, balance.right() - balanceTitle.right(), 0.5, "amounts stick out 10 pt past their title");
        PdfWords.W narration = w.find(1, "Narration").get();
        String firstNote = s.layout().wrap().wrap(s.transactions().head().note()).head().split(" ")[0];
        PdfWords.W note = w.onPage(1).find(x -> x.text().equals(firstNote) && x.y() > narration.y()).get();
        assertTrue(narration.x() > note.x() + 50, "the narration title is centred far right of its cells' start");
    }

    @Test
    void bottomAlignedRowsPutDateAndAmountsOnTheLastLine() {
        GeneratedStatement s = sample(Layout.GENERIC_BOTTOM_ALIGNED, x -> x.transactions().exists(t ->
                x.layout().wrap().wrap(t.note()).size() >= 2));
        Transaction t = wrapped(s, 2);
        List<String> lines = words(s).lines(1);
        String date = dev.passbook.core.spi.support.StatementDates.Form.DD_MM_YY_SLASH.format(t.date());
        List<String> note = s.layout().wrap().wrap(t.note());
        int last = lines.indexWhere(l -> l.contains(note.last()));
        assertTrue(lines.get(last).startsWith(date), lines.get(last));
        assertFalse(lines.get(lines.indexWhere(l -> l.contains(note.head()))).startsWith(date));
        String text = words(s).text(1);
        assertTrue(text.contains("Account Number " + s.identity().accountNumber()), "labels without colons");
    }

    @Test
    void cellCentredRowsPrintDateAndAmountsOnTheRowsMiddleLine() {
        GeneratedStatement s = sample(Layout.GENERIC_CELL_CENTRED, x -> x.transactions().exists(t ->
                x.layout().wrap().wrap(t.note()).size() == 3));
        Transaction t = s.transactions().find(x -> s.layout().wrap().wrap(x.note()).size() == 3).get();
        List<String> note = s.layout().wrap().wrap(t.note());
        List<String> lines = words(s).lines(1);
        int first = lines.indexWhere(l -> l.contains(note.head()));
        String balance = Amounts.format(t.balance().get(), Amounts.Grouping.INDIAN);
        assertEquals(first + 1, lines.indexWhere(l -> l.endsWith(balance), first), "the amounts on the middle of three lines");
        assertTrue(lines.get(first + 1).contains(note.get(1)), "with the narration's second line");
    }

    @Test
    void newestFirstPrintsTheLastRowFirstWithSignedAmounts() {
        GeneratedStatement s = sample(Layout.GENERIC_NEWEST_FIRST, x -> !x.transactions().head().date()
                .equals(x.transactions().last().date()) && x.transactions().exists(t -> t.type() == TransactionType.DEBIT));
        String text = words(s).allText();
        int newest = text.indexOf(s.transactions().last().date().toString());
        int oldest = text.lastIndexOf(s.transactions().head().date().toString());
        assertTrue(newest < oldest, "newest date first");
        Transaction debit = s.transactions().find(t -> t.type() == TransactionType.DEBIT).get();
        assertTrue(text.contains("-" + Amounts.format(debit.amount(), Amounts.Grouping.INDIAN)), "a debit with a minus");
    }

    @Test
    void amountAndTypeColumnsPrintDrOrCrAndWrapTheDate() {
        GeneratedStatement s = sample(Layout.GENERIC_AMOUNT_TYPE, x -> true);
        PdfWords w = words(s);
        List<String> types = w.onPage(1).filter(x -> x.text().equals("Dr") || x.text().equals("Cr")).map(PdfWords.W::text);
        assertEquals(s.transactions().size(), types.size(), "one type per row on a one-page statement");
        Transaction t = s.transactions().head();
        String cut = dev.passbook.core.spi.support.StatementDates.Form.DD_MMM_YY_DASH.format(t.date());
        PdfWords.W dayMonth = w.find(1, cut.substring(0, cut.length() - 2)).get();
        assertTrue(w.onPage(1).exists(x -> x.text().equals(cut.substring(cut.length() - 2)) && Math.abs(x.x() - dayMonth.x()) < 0.5
                && x.y() > dayMonth.y()), "the year under it, in the date column");
    }

    @Test
    void markedAmountsCarryATrailingCrOrDrInWesternGrouping() {
        GeneratedStatement s = sample(Layout.GENERIC_MARKED_AMOUNTS, x -> x.transactions().exists(t ->
                t.amount().compareTo(new java.math.BigDecimal("1000000")) > 0 || t.balance().get().abs()
                        .compareTo(new java.math.BigDecimal("1000000")) > 0));
        String text = words(s).allText();
        for (Transaction t : s.transactions()) {
            String marker = t.type() == TransactionType.DEBIT ? "Dr" : "Cr";
            assertTrue(text.contains(Amounts.format(t.amount(), Amounts.Grouping.WESTERN) + " " + marker), t.toString());
            String balance = Amounts.format(t.balance().get().abs(), Amounts.Grouping.WESTERN)
                    + (t.balance().get().signum() < 0 ? " Dr" : " Cr");
            assertTrue(text.contains(balance), balance);
        }
        assertTrue(text.contains("Account No " + s.identity().accountNumber()), "labels without colons");
    }

    @Test
    void aViewerPrintCopiesNarrationsIntoOtherCellsInWhiteAndLaysTheSummaryOutAsATable() throws java.io.IOException {
        GeneratedStatement s = sample(Layout.GENERIC_VIEWER_PRINT, x -> x.transactions().exists(t ->
                x.layout().wrap().wrap(t.note()).size() >= 2));
        byte[] pdf = StatementRenderer.render(s, RenderOptions.defaults());
        String line = s.layout().wrap().wrap(wrapped(s, 2).note()).get(1);
        String white = whiteText(pdf);
        assertTrue((white.length() - white.replace(line, "").length()) / line.length() >= 5,
                "a wrapped narration line again, in white, in each of the five other columns");
        List<String> lines = words(s).lines(1);
        int summary = lines.indexWhere(l -> l.contains("Opening Date") && l.contains("Current Balance"));
        int transactions = lines.indexWhere(l -> l.contains("Txn Date") && l.contains("Current Balance"));
        assertTrue(summary >= 0 && transactions > summary + 1, "a summary table above the transactions' header");
        assertTrue(lines.get(summary + 1).contains("SAVINGS"), "one row of values under the summary's titles");
    }

    /** The text of page 1 filled white (gray 1), in drawing order. */
    private static String whiteText(byte[] pdf) throws java.io.IOException {
        try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            StringBuilder out = new StringBuilder();
            org.apache.pdfbox.text.PDFTextStripper stripper = new org.apache.pdfbox.text.PDFTextStripper() {
                {
                    addOperator(new org.apache.pdfbox.contentstream.operator.color.SetNonStrokingDeviceGrayColor(this));
                }

                @Override
                protected void processTextPosition(org.apache.pdfbox.text.TextPosition text) {
                    float[] fill = getGraphicsState().getNonStrokingColor().getComponents();
                    if (fill.length == 1 && fill[0] == 1f) {
                        out.append(text.getUnicode());
                    }
                }
            };
            stripper.setStartPage(1);
            stripper.setEndPage(1);
            stripper.getText(doc);
            return out.toString();
        }
    }
}
