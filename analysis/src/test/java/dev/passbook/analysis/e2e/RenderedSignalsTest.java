package dev.passbook.analysis.e2e;

import dev.passbook.analysis.FraudAnalyzer;
import dev.passbook.core.document.Word;
import dev.passbook.core.domain.FraudSignal;
import dev.passbook.core.domain.Transaction;
import dev.passbook.core.spi.StatementSummary;
import dev.passbook.core.spi.support.Amounts;
import dev.passbook.testkit.GeneratedStatement;
import dev.passbook.testkit.Layout;
import dev.passbook.testkit.arbitraries.Seeded;
import dev.passbook.testkit.arbitraries.StatementShape;
import dev.passbook.testkit.arbitraries.Statements;
import dev.passbook.testkit.render.PageSize;
import dev.passbook.testkit.render.PdfInfo;
import dev.passbook.testkit.render.RenderOptions;
import dev.passbook.testkit.render.StatementRenderer;
import dev.passbook.testkit.render.Tampering;
import io.vavr.collection.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdfwriter.ContentStreamWriter;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Each signal fires on a statement the testkit renders with the matching tampering, read by the real
 * PDF reader; the same statement rendered untouched raises nothing.
 */
class RenderedSignalsTest {

    private final FraudAnalyzer analyzer = new FraudAnalyzer();

    private static GeneratedStatement legacy(long seed) {
        return Seeded.sample(Statements.forLayout(Layout.HDFC_LEGACY, "hdfc", StatementShape.defaults().rows(30, 45)), seed);
    }

    private static List<String> types(List<FraudSignal> signals) {
        return signals.map(FraudSignal::type).distinct();
    }

    @Test
    void untouchedBankLikeStatementsOfEveryLayoutRaiseNothing() {
        for (Layout layout : Layout.builtIn()) {
            GeneratedStatement s = Seeded.sample(Statements.forLayout(layout), 11);
            List<FraudSignal> signals = Rendered.of(s, RenderOptions.bankLike(layout)).signals(analyzer);
            assertEquals(List.empty(), signals, layout.toString());
        }
    }

    @Test
    void editedBalanceIsAnInconsistentTransactionOnItsPage() {
        GeneratedStatement s = legacy(21);
        Rendered r = Rendered.of(s, RenderOptions.bankLike(Layout.HDFC_LEGACY).tamper(Tampering.editedBalance(3)));
        List<FraudSignal> signals = r.signals(analyzer);

        assertEquals(List.of("inconsistent_transaction"), types(signals), signals::toString);
        assertEquals(2, signals.size(), "the edited row and the row after it");
        BigDecimal forged = s.transactions().get(3).balance().get().add(new BigDecimal("1000.00"));
        assertTrue(signals.head().evidence().startsWith("page=1; field=balance (row 4, " + s.transactions().get(3).date()),
                signals.head().evidence());
        assertTrue(signals.head().evidence().endsWith("; found=" + forged.toPlainString()), signals.head().evidence());
        assertEquals(100, signals.head().severity());
    }

    @Test
    void incrementalResaveByAnOnlineEditorIsAnIncrementalUpdate() {
        // the appended revision is what shows the edit; the service's name and its later ModDate alone would
        // be no more than a re-save
        Rendered r = Rendered.of(legacy(22), RenderOptions.defaults().tamper(Tampering.incrementalResave()));
        List<FraudSignal> signals = r.signals(analyzer);

        assertEquals(List.of("incremental_update"), types(signals), signals::toString);
        assertTrue(signals.head().evidence().endsWith("found=2"), "two revisions: " + signals);
        assertEquals(dev.passbook.core.domain.FraudSignal.fraudType(signals).get(), "incremental_update");
    }

    @Test
    void producerOverrideWithAWordProcessorIsAuthorFraud() {
        Rendered r = Rendered.of(legacy(23), RenderOptions.bankLike(Layout.HDFC_LEGACY)
                .tamper(Tampering.producer("Microsoft® Word for Microsoft 365")));
        List<FraudSignal> signals = r.signals(analyzer);

        assertEquals(List.of("author_fraud"), types(signals), signals::toString);
        assertEquals(List.of("metadata"), signals.map(FraudSignal::category).distinct());
        assertTrue(signals.head().evidence().contains("(document editor: microsoft word)"), signals.head().evidence());
    }

    @Test
    void aChromePrintAloneIsNotFraud() {
        // customers re-print genuine statements: the print driver alone is no evidence of an edit
        Rendered r = Rendered.of(legacy(24), RenderOptions.defaults().tamper(Tampering.producer("Skia/PDF m120")));
        assertEquals(List.empty(), types(r.signals(analyzer)));
    }

    @Test
    void driftedPageSizeIsPageSizeDrift() {
        Rendered r = Rendered.of(legacy(25), RenderOptions.defaults().pageSize(new PageSize(638.04f, 842.04f)));
        List<FraudSignal> signals = r.signals(analyzer);
        assertEquals(List.of("page_size_drift"), types(signals), signals::toString);
        assertTrue(signals.head().evidence().contains("found=638.04x842.04"), signals.head().evidence());
    }

    @Test
    void modificationDaysBeforeCreationIsDateFraud() {
        GeneratedStatement s = legacy(26);
        var created = s.options().generatedOn().atOffset(java.time.ZoneOffset.ofHoursMinutes(5, 30));
        PdfInfo info = new PdfInfo("Passbook testkit hdfc-legacy generator", "HDFC Bank NetBanking",
                "Statement of account", created, created.minusDays(2));
        List<FraudSignal> signals = Rendered.of(s, RenderOptions.defaults().info(info)).signals(analyzer);
        assertEquals(List.of("date_fraud"), types(signals), signals::toString);
    }

    @Test
    void genuineGeneratorMetadataRaisesNothing() {
        GeneratedStatement s = legacy(33);
        var lastDay = s.declaredPeriod().to().atTime(2, 0).atOffset(java.time.ZoneOffset.ofHoursMinutes(5, 30));
        for (PdfInfo info : List.of(PdfInfo.reportEngine(lastDay, java.time.Duration.ofMinutes(2)).inUtc(),
                PdfInfo.reportEngine(lastDay, java.time.Duration.ofHours(4).plusMinutes(32)).withAuthor("svc_estmt"),
                PdfInfo.reportEngine(lastDay, java.time.Duration.ZERO).withoutOffset(),
                PdfInfo.reportEngine(lastDay, java.time.Duration.ZERO).unlockedBy("iLovePDF", lastDay.plusDays(300)))) {
            List<FraudSignal> signals = Rendered.of(s, RenderOptions.bankLike(Layout.HDFC_LEGACY).info(info)).signals(analyzer);
            assertEquals(List.empty(), signals, info.toString());
        }
    }

    @Test
    void fileCreatedBeforeThePeriodEndedIsDateFraud() {
        GeneratedStatement s = legacy(27);
        var created = s.declaredPeriod().to().minusDays(5).atTime(10, 0).atOffset(java.time.ZoneOffset.ofHoursMinutes(5, 30));
        PdfInfo info = new PdfInfo("Passbook testkit hdfc-legacy generator", "HDFC Bank NetBanking",
                "Statement of account", created, created);
        List<FraudSignal> signals = Rendered.of(s, RenderOptions.defaults().info(info)).signals(analyzer);
        assertEquals(List.of("date_fraud"), types(signals), signals::toString);
        assertTrue(signals.head().evidence().contains("field=CreationDate"), signals.head().evidence());
    }

    @Test
    void summaryThatDisagreesWithTheRowsIsSummaryMismatch() {
        GeneratedStatement s = legacy(28);
        StatementSummary sum = s.summary();
        StatementSummary forged = new StatementSummary(sum.openingBalance(), sum.debitCount(), sum.creditCount(),
                sum.debits().subtract(new BigDecimal("5000.00")), sum.credits(), sum.closingBalance());
        GeneratedStatement printed = new GeneratedStatement(s.layout(), s.bank(), s.identity(), s.declaredPeriod(),
                s.openingBalance(), s.closingBalance(), s.transactions(), forged, s.options());
        List<FraudSignal> signals = Rendered.of(printed, RenderOptions.defaults()).signals(analyzer);
        assertEquals(List.of("summary_mismatch"), types(signals), signals::toString);
        assertTrue(signals.exists(x -> x.evidence().contains("field=summary debits")), signals::toString);
    }

    @Test
    void rowsPrintedOutsideTheDeclaredPeriodAreReported() {
        GeneratedStatement s = legacy(29);
        LocalDate lastRow = s.transactions().last().date();
        LocalDate firstRow = s.transactions().head().date();
        org.junit.jupiter.api.Assumptions.assumeTrue(lastRow.minusDays(2).isAfter(firstRow), "needs a long enough statement");
        // two days short: the default grace of one day still leaves the last day's rows outside
        var shorter = dev.passbook.core.domain.DateRange.of(s.declaredPeriod().from(), lastRow.minusDays(2));
        GeneratedStatement printed = new GeneratedStatement(s.layout(), s.bank(), s.identity(), shorter,
                s.openingBalance(), s.closingBalance(), s.transactions(), s.summary(), s.options());
        List<FraudSignal> signals = Rendered.of(printed, RenderOptions.defaults()).signals(analyzer);
        assertEquals(List.of("transaction_outside_period"), types(signals), signals::toString);
        assertEquals(s.transactions().count(t -> t.date().equals(lastRow)), signals.size());
    }

    @Test
    void rowsPrintedOutOfDateOrderAreReported() {
        GeneratedStatement s = legacy(30);
        List<Transaction> rows = s.transactions();
        int i = rows.zipWithIndex().find(t -> t._2 > 0 && t._1.date().isAfter(rows.get(t._2 - 1).date()))
                .map(t -> t._2).getOrElseThrow(() -> new AssertionError("no date change in " + rows));
        Transaction a = rows.get(i - 1);
        Transaction b = rows.get(i);
        // swap the dates only: amounts and balances still reconcile, the order does not
        List<Transaction> swapped = rows.update(i - 1, withDate(a, b.date())).update(i, withDate(b, a.date()));
        GeneratedStatement printed = new GeneratedStatement(s.layout(), s.bank(), s.identity(), s.declaredPeriod(),
                s.openingBalance(), s.closingBalance(), swapped, s.summary(), s.options());
        List<FraudSignal> signals = Rendered.of(printed, RenderOptions.defaults()).signals(analyzer);
        assertEquals(List.of("transaction_order"), types(signals), signals::toString);
    }

    @Test
    void amountTypedOverInAnotherFontIsFontMismatch() throws IOException {
        GeneratedStatement s = legacy(31);
        Rendered clean = Rendered.of(s, RenderOptions.defaults());
        String balance = Amounts.format(s.transactions().get(2).balance().get(), Amounts.Grouping.INDIAN);
        Word target = clean.document().pages().head().lines().flatMap(l -> l.words())
                .find(w -> w.text().equals(balance)).getOrElseThrow(() -> new AssertionError(balance + " not printed"));
        byte[] forged = restyle(clean.pdf(), target);
        List<FraudSignal> signals = Rendered.read(forged, s).signals(analyzer);

        assertTrue(types(signals).contains("font_mismatch"), signals::toString);
        FraudSignal font = signals.find(x -> x.type().equals("font_mismatch")).get();
        assertEquals("font", font.category());
        assertTrue(font.evidence().startsWith("page=1; field=amount " + balance), font.evidence());
        assertTrue(font.evidence().contains("found=Courier"), font.evidence());
    }

    /**
     * Switches the font of the text-showing operator that prints {@code w} to Courier, leaving its
     * position alone: what an editor does when the original font is not available to it.
     */
    private static byte[] restyle(byte[] pdf, Word w) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDPage page = doc.getPage(0);
            COSName courier = page.getResources().add(new PDType1Font(Standard14Fonts.FontName.COURIER));
            java.util.List<Object> tokens = new PDFStreamParser(page).parse();
            java.util.List<Object> out = new java.util.ArrayList<>();
            java.util.List<Object> lastTf = java.util.List.of();
            boolean done = false;
            for (int i = 0; i < tokens.size(); i++) {
                Object t = tokens.get(i);
                if (t instanceof Operator op && op.getName().equals("Tf")) {
                    lastTf = java.util.List.of(tokens.get(i - 2), tokens.get(i - 1));
                }
                boolean target = !done && t instanceof COSString str && str.getString().equals(w.text())
                        && i + 1 < tokens.size() && tokens.get(i + 1) instanceof Operator next
                        && next.getName().equals("Tj");
                if (target) {
                    out.addAll(java.util.List.of(courier, lastTf.get(1), Operator.getOperator("Tf")));
                    out.add(t);
                    out.add(tokens.get(++i));
                    out.addAll(lastTf);
                    out.add(Operator.getOperator("Tf"));
                    done = true;
                } else {
                    out.add(t);
                }
            }
            assertTrue(done, w.text() + " not found in the content stream");
            PDStream contents = new PDStream(doc);
            try (java.io.OutputStream os = contents.createOutputStream()) {
                new ContentStreamWriter(os).writeTokens(out);
            }
            page.setContents(contents);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            doc.save(bytes);
            return bytes.toByteArray();
        }
    }

    private static Transaction withDate(Transaction t, LocalDate d) {
        return new Transaction(d, t.valueDate(), t.note(), t.reference(), t.type(), t.amount(), t.balance());
    }

    @Test
    void renderedStatementIsReadableOnce() {
        // guards the fixture: the PDF reader accepts what the renderer draws with bank-like encryption
        byte[] pdf = StatementRenderer.render(legacy(32), RenderOptions.bankLike(Layout.HDFC_LEGACY));
        assertTrue(pdf.length > 1000);
    }
}
