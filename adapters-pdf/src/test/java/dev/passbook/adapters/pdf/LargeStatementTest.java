package dev.passbook.adapters.pdf;

import dev.passbook.core.document.Document;
import io.vavr.control.Option;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Manual memory check, off by default: generates a statement of {@code passbook.pdf.largePages} pages
 * (45 rows of 7 cells each, HDFC-like page size) and reads it. Run it under a small heap:
 * <pre>
 * ./mvnw -B -q -o -pl adapters-pdf -am verify -Dtest=LargeStatementTest -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Dpassbook.pdf.largePages=1000 -DargLine=-Xmx256m
 * </pre>
 * It prints the file size and the peak heap seen while reading; the numbers go in docs/pdf-reading.md.
 */
@EnabledIfSystemProperty(named = "passbook.pdf.largePages", matches = "\\d+",
        disabledReason = "opt-in: -Dpassbook.pdf.largePages=N reads an N-page statement")
class LargeStatementTest {

    private static final int ROWS = 45;

    @Test
    void aThousandPageStatementIsReadPageByPage() throws IOException {
        int pages = Integer.parseInt(System.getProperty("passbook.pdf.largePages"));
        Path file = Files.createTempFile("passbook-large", ".pdf");
        try {
            write(file, pages);
            byte[] bytes = Files.readAllBytes(file);
            System.gc();
            ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
            long started = System.nanoTime();

            Document doc = new PdfDocumentReader().read(bytes, Option.none()).get();

            long millis = (System.nanoTime() - started) / 1_000_000;
            long peak = ManagementFactory.getMemoryPoolMXBeans().stream()
                    .filter(p -> p.getType() == MemoryType.HEAP)
                    .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
            assertEquals(pages, doc.pageCount());
            assertEquals(ROWS + 1, doc.pages().last().lines().size());
            System.out.printf("large statement: %d pages, %.1f MB file, %d words, read in %d ms, peak heap %d MB of max %d MB%n",
                    pages, bytes.length / 1e6, doc.pages().map(p -> p.lines().map(l -> l.words().size()).sum().intValue()).sum(),
                    millis, peak / (1024 * 1024), Runtime.getRuntime().maxMemory() / (1024 * 1024));
            System.gc();
            long retained = Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory();
            System.out.printf("heap after GC with the Document still referenced: %d MB (%d pages)%n",
                    retained / (1024 * 1024), doc.pageCount());
            if (Boolean.getBoolean("passbook.pdf.compareStripper")) {
                compareWithStripper(bytes);
            }
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /** Rough, single-shot comparison with PDFBox's own sorted text extraction; the benchmark harness measures properly. */
    private static void compareWithStripper(byte[] bytes) throws IOException {
        // thread CPU time, not wall time: the shared build machine's load swamps wall-clock numbers
        var threads = ManagementFactory.getThreadMXBean();
        long stripperBest = Long.MAX_VALUE;
        long readerBest = Long.MAX_VALUE;
        for (int round = 1; round <= 5; round++) {
            long t0 = threads.getCurrentThreadCpuTime();
            try (PDDocument doc = org.apache.pdfbox.Loader.loadPDF(bytes)) {
                org.apache.pdfbox.text.PDFTextStripper stripper = new org.apache.pdfbox.text.PDFTextStripper();
                stripper.setSortByPosition(true);
                stripper.getText(doc);
            }
            long t1 = threads.getCurrentThreadCpuTime();
            new PdfDocumentReader().read(bytes, Option.none()).get();
            long t2 = threads.getCurrentThreadCpuTime();
            stripperBest = Math.min(stripperBest, t1 - t0);
            readerBest = Math.min(readerBest, t2 - t1);
            System.out.printf("round %d CPU: PDFTextStripper(sortByPosition) %d ms, PdfDocumentReader %d ms%n",
                    round, (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000);
        }
        System.out.printf("best CPU: PDFTextStripper(sortByPosition) %d ms, PdfDocumentReader %d ms%n",
                stripperBest / 1_000_000, readerBest / 1_000_000);
    }

    private static void write(Path file, int pages) throws IOException {
        try (PDDocument doc = new PDDocument(IOUtils.createTempFileOnlyStreamCache())) {
            PDType1Font font = new PDType1Font(FontName.HELVETICA);
            PDType1Font bold = new PDType1Font(FontName.HELVETICA_BOLD);
            for (int n = 1; n <= pages; n++) {
                PDPage page = new PDPage(new PDRectangle(638, 842));
                doc.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    show(cs, bold, 9, 30, 40, "Date Narration Chq./Ref.No. Value Dt Withdrawal Amt. Deposit Amt. Closing Balance");
                    for (int r = 0; r < ROWS; r++) {
                        float y = 842 - 60 - 16 * r;
                        int i = n * ROWS + r;
                        show(cs, font, 8, 30, y, String.format("%02d/%02d/24", r % 28 + 1, n % 12 + 1));
                        show(cs, font, 8, 80, y, "UPI-MERCHANT" + i + "-PAYTM-" + (i * 7919 % 100000));
                        show(cs, font, 8, 260, y, String.format("%016d", i));
                        show(cs, font, 8, 350, y, String.format("%02d/%02d/24", r % 28 + 1, n % 12 + 1));
                        show(cs, font, 8, 410, y, String.format("%,.2f", 100.0 + i % 997));
                        show(cs, font, 8, 480, y, "");
                        show(cs, font, 8, 550, y, String.format("%,.2f", 100000.0 - i % 50000));
                    }
                }
            }
            doc.save(file.toFile());
        }
    }

    private static void show(PDPageContentStream cs, PDType1Font font, float size, float x, float y, String text)
            throws IOException {
        cs.beginText();
        cs.setFont(font, size);
        cs.newLineAtOffset(x, y);
        cs.showText(text);
        cs.endText();
    }
}
