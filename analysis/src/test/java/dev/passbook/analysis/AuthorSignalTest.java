package dev.passbook.analysis;

import dev.passbook.core.domain.Evidence;
import dev.passbook.analysis.fixtures.StatementFixture;
import dev.passbook.core.document.Metadata;
import io.vavr.collection.List;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static dev.passbook.analysis.AnalysisTestSupport.findings;
import static dev.passbook.analysis.AnalysisTestSupport.settings;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AuthorSignalTest {

    private final StatementFixture clean = StatementFixture.clean();

    @Test
    void bankGeneratorIsNotAnAuthorSignal() {
        assertEquals(List.empty(), findings(SignalRules.AUTHOR, clean));
        assertEquals(List.empty(), findings(SignalRules.AUTHOR, clean, "sbi"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Microsoft® Word for Microsoft 365", "Microsoft® Word 2016", "Microsoft Office Word 2007",
            "LibreOffice 7.5", "OpenOffice.org 3.4", "Google Docs Renderer", "Canva"})
    void documentEditorAsProducerIsAnAuthorSignal(String editor) {
        List<Evidence> found = findings(SignalRules.AUTHOR, clean.withProducer(editor));
        assertEquals(1, found.size(), found::toString);
        assertEquals("producer", found.head().field());
        assertTrue(found.head().found().startsWith(editor), found.head().found());
        assertTrue(found.head().found().contains("(document editor: "), found.head().found());
        assertEquals("not a document editor", found.head().expected());
        assertEquals(Option.none(), found.head().page());
    }

    /**
     * Online and desktop PDF tools unlock, compress, merge and print genuine statements every day (a lender
     * usually asks for the file without its password); each writes its own name as producer, often dropping
     * the creator and CreationDate and keeping only its own ModDate. The name alone proves a re-save, not an edit.
     */
    @ParameterizedTest
    @ValueSource(strings = {"iLovePDF", "www.ilovepdf.com", "Smallpdf.com", "Sejda (3.2.85)", "PDF24 Creator",
            "Adobe Acrobat Pro DC 20.0", "Foxit PhantomPDF 9.7", "Foxit PDF Editor 12", "Nitro Pro 13",
            "PDFescape Online", "pdf-lib (https://github.com/Hopding/pdf-lib)", "PDF-XChange Editor 9",
            "Wondershare PDFelement", "CamScanner", "Pdftools SDK", "PyPDF2", "qpdf 11.3.0"})
    void aPdfToolThatReSavesTheFileIsNotAnAuthorSignalAlone(String tool) {
        Metadata m = clean.metadata();
        StatementFixture unlocked = clean.withMetadata(new Metadata(Option.some(tool), Option.none(), Option.none(),
                Option.none(), Option.none(), m.modified(), m.pdfVersion(), Option.none()));
        assertEquals(List.empty(), findings(SignalRules.AUTHOR, unlocked));
        assertEquals(List.empty(), findings(SignalRules.AUTHOR, clean.withProducer(tool)));
    }

    @Test
    void aReSaverOverADocumentEditorsCreatorIsStillAnAuthorSignal() {
        // a statement typed in Word and passed through an online converter: the creator still names Word
        List<Evidence> found = findings(SignalRules.AUTHOR, clean.withProducer("www.ilovepdf.com")
                .withCreator("Microsoft® Word 2016"));
        assertEquals(List.of("creator"), found.map(Evidence::field));
        assertTrue(found.head().found().endsWith("(document editor: microsoft word)"), found.head().found());
    }

    @ParameterizedTest
    @ValueSource(strings = {"PDFium", "Skia/PDF m111", "Microsoft: Print To PDF", "macOS Version 14.1 Quartz PDFContext",
            "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/111.0.0.0 Safari/537.36"})
    void aRePrintAloneIsNotAnAuthorSignal(String printer) {
        assertEquals(List.empty(), findings(SignalRules.AUTHOR, clean.withProducer(printer).withCreator(printer)));
    }

    @Test
    void knownEditorAsCreatorIsAnAuthorSignalForAnyBank() {
        List<Evidence> found = findings(SignalRules.AUTHOR, clean.withCreator("Microsoft Word"), "kotak");
        assertEquals(List.of("creator"), found.map(Evidence::field));
    }

    @ParameterizedTest
    @ValueSource(strings = {"PDFlib 9.3.1 (Win32)", "iText 5.5.13 ©2000-2020 iText Group NV", "Canvas Reports 2.1",
            "Oracle BI Publisher 12.2", "JasperReports Library version 6.20", "Acrobat Distiller 10.0 (Windows)",
            "Crystal Reports", "BIRT Report Engine 4.13", "wkhtmltopdf 0.12.5", "cairo 1.16.0 (https://cairographics.org)",
            "Oracle XML Publisher 5.6.3", "ReportLab PDF Library - www.reportlab.com"})
    void legitimateGeneratorsAreNotMistakenForEditors(String generator) {
        assertEquals(List.empty(), findings(SignalRules.AUTHOR, clean.withProducer(generator)));
    }

    @Test
    void acrobatCountsAsAnEditorOnlyWhenConfigured() {
        StatementFixture acrobat = clean.withProducer("Adobe Acrobat Pro DC 20.0");
        assertEquals(List.empty(), findings(SignalRules.AUTHOR, acrobat));
        assertEquals(1, findings(SignalRules.AUTHOR, acrobat, settings("analysis.editors.acrobat", "true")).size());
    }

    @Test
    void producerOutsideTheBanksTrustedGeneratorsIsAnAuthorSignal() {
        AnalysisSettings trusted = settings("analysis.trusted.hdfc", "Bank Statement Generator, HDFC Bank NetBanking");
        assertEquals(List.empty(), findings(SignalRules.AUTHOR, clean, trusted));

        List<Evidence> found = findings(SignalRules.AUTHOR, clean.withProducer("Some Unknown Tool 1.0"), trusted);
        assertEquals(1, found.size(), found::toString);
        assertEquals("producer", found.head().field());
        assertEquals("Some Unknown Tool 1.0", found.head().found());
        assertTrue(found.head().expected().contains("bank statement generator"), found.head().expected());
    }

    @Test
    void trustedListOfOneBankDoesNotApplyToAnother() {
        AnalysisSettings trusted = settings("analysis.trusted.hdfc", "HDFC Bank NetBanking");
        StatementFixture other = clean.withProducer("Core Banking Statement Service").withCreator("Finacle");
        assertEquals(List.empty(), findings(SignalRules.AUTHOR, other, "sbi", trusted));
        assertEquals(List.of("producer", "creator"),
                findings(SignalRules.AUTHOR, other, "hdfc", trusted).map(Evidence::field));
    }

    @Test
    void strippedProducerAndCreatorAreAnAuthorSignalWhenTheBankHasTrustedGenerators() {
        Metadata m = clean.metadata();
        StatementFixture stripped = clean.withMetadata(new Metadata(Option.none(), Option.some("  "), m.author(),
                m.title(), m.created(), m.modified(), m.pdfVersion(), m.encryption()));
        assertEquals(List.empty(), findings(SignalRules.AUTHOR, stripped), "nothing to compare without a trusted list");
        List<Evidence> found = findings(SignalRules.AUTHOR, stripped, settings("analysis.trusted.hdfc", "hdfc"));
        assertEquals(1, found.size());
        assertTrue(found.head().found().startsWith("none"), found.head().found());
    }
}
