package dev.passbook.adapters.pdf;

import dev.passbook.core.document.Document;
import dev.passbook.core.document.PageFacts;
import dev.passbook.core.error.ErrorCode;
import io.vavr.collection.List;
import org.junit.jupiter.api.Test;

import static dev.passbook.adapters.pdf.Results.readFails;
import static dev.passbook.adapters.pdf.Results.readOk;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ImageOnlyTest {

    @Test
    void aScannedPageWithoutTextIsAnImage() {
        byte[] pdf = TestPdfs.pdf().page(p -> p.image(0, 0, TestPdfs.A4_WIDTH, TestPdfs.A4_HEIGHT)).build();

        readFails(pdf, ErrorCode.PDF_IS_IMAGE);
    }

    @Test
    void aScanWithAStrayPageNumberAndWhitespaceIsStillAnImage() {
        byte[] pdf = TestPdfs.pdf()
                .page(p -> p.image(0, 0, 595, 842).text("Page 1", 280, 820).text("   ", 40, 40))
                .page(p -> p.image(0, 0, 595, 842).text("2", 290, 820))
                .build();

        readFails(pdf, ErrorCode.PDF_IS_IMAGE);
    }

    @Test
    void aStatementWithOneScannedPageIsAccepted() {
        byte[] pdf = TestPdfs.pdf()
                .page(p -> p.rows(20))
                .page(p -> p.rows(20))
                .page(p -> p.image(40, 40, 500, 700))
                .page(p -> p.rows(10))
                .build();

        Document doc = readOk(pdf);

        assertEquals(List.of(false, false, true, false), doc.forensics().pages().map(PageFacts::imageOnly));
        assertEquals(4, doc.pageCount());
        assertTrue(doc.pages().get(2).lines().isEmpty());
    }

    @Test
    void mostlyScannedPagesAreRejectedEvenWithOneTextPage() {
        byte[] pdf = TestPdfs.pdf()
                .page(p -> p.rows(20))
                .page(p -> p.image(0, 0, 595, 842))
                .page(p -> p.image(0, 0, 595, 842))
                .build();

        readFails(pdf, ErrorCode.PDF_IS_IMAGE);
    }

    @Test
    void aLogoBesideATextLayerDoesNotMakeAPageImageOnly() {
        byte[] pdf = TestPdfs.pdf().page(p -> p.image(20, 20, 120, 40).rows(15)).build();

        Document doc = readOk(pdf);

        assertFalse(doc.forensics().pages().head().imageOnly());
        assertEquals(15, doc.pages().head().lines().size());
    }

    @Test
    void aDocumentWithNeitherTextNorImagesIsNotAScanButHasNothingToRead() {
        byte[] pdf = TestPdfs.pdf().page(p -> { }).page(p -> { }).build();

        readFails(pdf, ErrorCode.INVALID_FILE_OBJECT);
    }

    @Test
    void theDecisionRule() {
        assertFalse(ImageOnlyRule.rejects(0, 0));
        assertTrue(ImageOnlyRule.nothingToRead(0, 0));
        assertFalse(ImageOnlyRule.nothingToRead(0, 1));
        assertFalse(ImageOnlyRule.nothingToRead(1, 0));
        assertTrue(ImageOnlyRule.rejects(0, 1));
        assertTrue(ImageOnlyRule.rejects(1, 2));
        assertFalse(ImageOnlyRule.rejects(1, 1));
        assertFalse(ImageOnlyRule.rejects(9, 1));
        assertFalse(ImageOnlyRule.rejects(1, 0));
    }
}
