package dev.passbook.testkit.render;

import dev.passbook.core.domain.Transaction;
import dev.passbook.core.spi.Reconciliation;
import dev.passbook.testkit.Fixtures;
import dev.passbook.testkit.GeneratedStatement;
import dev.passbook.testkit.Layout;
import dev.passbook.testkit.arbitraries.Seeded;
import dev.passbook.testkit.arbitraries.StatementShape;
import dev.passbook.testkit.arbitraries.Statements;
import io.vavr.collection.List;
import io.vavr.control.Option;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class RenderOptionsTest {

    private static final GeneratedStatement LEGACY = Fixtures.hdfc(Layout.HDFC_LEGACY);

    private static GeneratedStatement multiPage() {
        return Seeded.sample(Statements.forLayout(Layout.HDFC_LEGACY, StatementShape.defaults().rows(70, 80)), 21);
    }

    private static String text(PDDocument doc) throws IOException {
        return new PDFTextStripper().getText(doc);
    }

    private static int occurrences(byte[] pdf, String needle) {
        String s = new String(pdf, StandardCharsets.ISO_8859_1);
        int n = 0;
        for (int i = s.indexOf(needle); i >= 0; i = s.indexOf(needle, i + 1)) {
            n++;
        }
        return n;
    }

    @Test
    void ownerPasswordOnlyFileOpensWithoutAPasswordButIsRc4Encrypted() throws IOException {
        byte[] pdf = StatementRenderer.render(LEGACY, RenderOptions.bankLike(Layout.HDFC_LEGACY));
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertTrue(doc.isEncrypted());
            assertEquals(128, doc.getEncryption().getLength());
            assertTrue(doc.getEncryption().getVersion() < 4, "RC4 (V 2), not AES crypt filters");
            assertTrue(text(doc).contains("50100123456789"));
            assertFalse(doc.getCurrentAccessPermission().canModify());
        }
        assertEquals("%PDF-1.3", new String(pdf, 0, 8, StandardCharsets.ISO_8859_1), "still the bank's PDF 1.3 header");
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertEquals(1.3f, doc.getVersion());
        }
    }

    @Test
    void userPasswordWithRc4NeedsThePassword() throws IOException {
        byte[] pdf = StatementRenderer.render(LEGACY, RenderOptions.defaults()
                .encryption(Encryption.userPassword("secret1", Encryption.Cipher.RC4_128)));
        assertThrows(InvalidPasswordException.class, () -> Loader.loadPDF(pdf).close());
        assertThrows(InvalidPasswordException.class, () -> Loader.loadPDF(pdf, "wrong").close());
        try (PDDocument doc = Loader.loadPDF(pdf, "secret1")) {
            assertEquals(128, doc.getEncryption().getLength());
            assertTrue(text(doc).contains("50100123456789"));
        }
    }

    @Test
    void userPasswordWithAes256NeedsThePassword() throws IOException {
        byte[] pdf = StatementRenderer.render(LEGACY, RenderOptions.defaults()
                .encryption(Encryption.userPassword("secret2", Encryption.Cipher.AES_256)));
        assertThrows(InvalidPasswordException.class, () -> Loader.loadPDF(pdf).close());
        try (PDDocument doc = Loader.loadPDF(pdf, "secret2")) {
            assertEquals(256, doc.getEncryption().getLength());
            assertEquals(5, doc.getEncryption().getVersion(), "AES-256 is security handler version 5");
            assertTrue(text(doc).contains("50100123456789"));
        }
    }

    @Test
    void imageOnlyOutputHasNoTextButAnImageOnEveryPage() throws IOException {
        byte[] pdf = StatementRenderer.render(LEGACY, RenderOptions.defaults().asImageOnly());
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertTrue(text(doc).isBlank(), "no text left");
            for (PDPage page : doc.getPages()) {
                List<COSName> names = List.ofAll(page.getResources().getXObjectNames());
                assertEquals(1, names.size());
                assertTrue(page.getResources().isImageXObject(names.head()));
                assertTrue(List.ofAll(page.getResources().getFontNames()).isEmpty(), "no fonts");
                assertEquals(638f, page.getMediaBox().getWidth(), 0.01);
            }
        }
    }

    @Test
    void editedBalanceChangesOnePrintedBalanceAndTheTruthRecordsTheRow() throws IOException {
        RenderedStatement r = StatementRenderer.renderWithTruth(LEGACY, RenderOptions.defaults().tamper(Tampering.editedBalance(1)));
        assertEquals(Option.some(1), r.truth().options().editedBalanceRow());
        BigDecimal original = LEGACY.transactions().get(1).balance().get();
        BigDecimal printed = r.truth().transactions().get(1).balance().get();
        assertEquals(original.add(new BigDecimal("1000.00")), printed);
        String text;
        try (PDDocument doc = Loader.loadPDF(r.pdf())) {
            text = text(doc);
        }
        assertTrue(text.contains(Fixtures.indian(printed)), "the edited figure is printed");
        assertFalse(text.contains(Fixtures.indian(original)), "the bank's figure is gone");
        // the running total now breaks at row 1 (and row 2 no longer follows the printed row 1)
        Reconciliation recon = new dev.passbook.core.spi.ParsedStatement("x", r.truth().identity(), Option.none(),
                Option.some(r.truth().openingBalance()), Option.some(r.truth().closingBalance()), r.truth().transactions(),
                Option.none()).reconciliation();
        assertEquals(1, recon.balanceBreaks().head().index());
        assertEquals(LEGACY.summary(), r.truth().summary(), "the summary still shows the bank's figures");
    }

    @Test
    void incrementalResaveAppendsARevisionWithANewProducerAndALaterModDate() throws IOException {
        byte[] clean = StatementRenderer.render(LEGACY, RenderOptions.defaults());
        byte[] resaved = StatementRenderer.render(LEGACY, RenderOptions.defaults().tamper(Tampering.incrementalResave()));
        assertEquals(1, occurrences(clean, "%%EOF"));
        assertEquals(2, occurrences(resaved, "%%EOF"));
        assertArrayEquals(clean, Arrays.copyOf(resaved, clean.length), "the original revision is kept byte for byte");
        try (PDDocument doc = Loader.loadPDF(resaved)) {
            assertEquals("www.ilovepdf.com", doc.getDocumentInformation().getProducer());
            long created = doc.getDocumentInformation().getCreationDate().getTimeInMillis();
            long modified = doc.getDocumentInformation().getModificationDate().getTimeInMillis();
            assertEquals(Duration.ofDays(3).plusHours(5).toMillis(), modified - created);
        }
    }

    @Test
    void incrementalResaveAlsoWorksOnTheBanksEncryptedFile() throws IOException {
        byte[] resaved = StatementRenderer.render(LEGACY, RenderOptions.bankLike(Layout.HDFC_LEGACY).tamper(Tampering.incrementalResave()));
        assertEquals(2, occurrences(resaved, "%%EOF"));
        try (PDDocument doc = Loader.loadPDF(resaved)) {
            assertEquals("www.ilovepdf.com", doc.getDocumentInformation().getProducer());
            assertTrue(text(doc).contains("50100123456789"));
        }
    }

    @Test
    void producerTamperingNamesTheEditorAndDefaultsLookLikeTheBanksGenerator() throws IOException {
        try (PDDocument doc = Loader.loadPDF(StatementRenderer.render(LEGACY, RenderOptions.defaults().tamper(Tampering.producer("Microsoft Word"))))) {
            assertEquals("Microsoft Word", doc.getDocumentInformation().getProducer());
            assertEquals("Microsoft Word", doc.getDocumentInformation().getCreator());
        }
        try (PDDocument doc = Loader.loadPDF(StatementRenderer.render(LEGACY, RenderOptions.defaults()))) {
            assertEquals("HDFC Bank NetBanking", doc.getDocumentInformation().getCreator());
            assertEquals(doc.getDocumentInformation().getCreationDate().getTimeInMillis(),
                    doc.getDocumentInformation().getModificationDate().getTimeInMillis());
            // Generated On: 02-MAR-2024 23:04:36 IST
            assertEquals(OffsetDateTime.of(2024, 3, 2, 23, 4, 36, 0, ZoneOffset.ofHoursMinutes(5, 30)).toInstant().toEpochMilli(),
                    doc.getDocumentInformation().getCreationDate().getTimeInMillis());
        }
    }

    @Test
    void explicitInfoIsWrittenAsGiven() throws IOException {
        OffsetDateTime created = OffsetDateTime.of(2024, 1, 1, 10, 0, 0, 0, ZoneOffset.UTC);
        PdfInfo info = new PdfInfo("Skia/PDF m120", "Chromium", "statement", created, created.minusDays(2));
        try (PDDocument doc = Loader.loadPDF(StatementRenderer.render(LEGACY, RenderOptions.defaults().info(info)))) {
            assertEquals("Skia/PDF m120", doc.getDocumentInformation().getProducer());
            assertTrue(doc.getDocumentInformation().getModificationDate().before(doc.getDocumentInformation().getCreationDate()),
                    "a modification date before creation, as seen in tampered files");
        }
    }

    @Test
    void pageSizeOverrideDriftsTheMediaBox() throws IOException {
        try (PDDocument doc = Loader.loadPDF(StatementRenderer.render(LEGACY, RenderOptions.defaults().pageSize(new PageSize(638.04f, 842.04f))))) {
            assertEquals(638.04f, doc.getPage(0).getMediaBox().getWidth(), 0.001);
            assertEquals(842.04f, doc.getPage(0).getMediaBox().getHeight(), 0.001);
        }
        assertThrows(IllegalArgumentException.class, () -> new PageSize(10, 10));
    }

    @Test
    void headerOnFirstPageOnlyLeavesLaterPagesWithPageNumberAndRowsOnly() {
        GeneratedStatement s = multiPage();
        PdfWords words = PdfWords.of(StatementRenderer.render(s, RenderOptions.defaults().headerOnFirstPageOnly()));
        assertTrue(words.pages() >= 2);
        assertTrue(words.text(1).contains("Account Branch :") && words.text(1).contains("Date Narration"));
        for (int p = 2; p <= words.pages(); p++) {
            String text = words.text(p);
            assertFalse(text.contains("Account Branch :"), "page " + p + " has no holder block");
            assertFalse(text.contains("Date Narration Chq./Ref.No."), "page " + p + " has no column header");
            assertTrue(text.contains("Page No .: " + p));
            assertTrue(text.contains("HDFC BANK LIMITED"), "the footer stays");
        }
        List<String> narration = HdfcLegacyRenderingTest.narrationColumnLinesNoHeader(words);
        assertEquals(s.transactions().map(Transaction::note).mkString(""), narration.mkString(""));
    }

    @Test
    void embeddedTrueTypeFontIsEmbeddedAndTextStillReadsBack() throws IOException {
        assumeTrue(Fonts.trueTypeAvailable(), "no TrueType font on this machine");
        GeneratedStatement s = multiPage();
        byte[] pdf = StatementRenderer.render(s, RenderOptions.defaults().font(FontChoice.EMBEDDED_TRUETYPE));
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDPage page = doc.getPage(0);
            List<PDFont> fonts = List.ofAll(page.getResources().getFontNames()).map(n -> {
                try {
                    return page.getResources().getFont(n);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            assertFalse(fonts.isEmpty());
            assertTrue(fonts.forAll(PDFont::isEmbedded), fonts::toString);
        }
        PdfWords words = PdfWords.of(pdf);
        assertEquals(s.transactions().map(Transaction::note).mkString(""),
                HdfcLegacyRenderingTest.narrationColumnLines(words).mkString(""));
    }

    @Test
    void renderingIsReproducibleEvenAfterAnIncrementalResave() {
        assertArrayEquals(StatementRenderer.render(LEGACY, RenderOptions.bankLike(Layout.HDFC_LEGACY)),
                StatementRenderer.render(LEGACY, RenderOptions.bankLike(Layout.HDFC_LEGACY)));
        RenderOptions resaved = RenderOptions.bankLike(Layout.HDFC_LEGACY).tamper(Tampering.incrementalResave());
        assertArrayEquals(StatementRenderer.render(LEGACY, resaved), StatementRenderer.render(LEGACY, resaved));
    }
}
