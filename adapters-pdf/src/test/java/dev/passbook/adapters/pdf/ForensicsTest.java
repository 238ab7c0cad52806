package dev.passbook.adapters.pdf;

import dev.passbook.core.document.Document;
import dev.passbook.core.document.SignatureFacts;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static dev.passbook.adapters.pdf.Results.readOk;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ForensicsTest {

    private static byte[] original() {
        return TestPdfs.pdf().producer("Bank Statement Generator").page(p -> p.rows(10)).build();
    }

    @Test
    void anIncrementalReSaveIsASecondRevisionAndItsProducerWins() {
        byte[] edited = TestPdfs.incrementalInfoUpdate(original(), i -> i.setProducer("www.ilovepdf.com"));

        Document doc = readOk(edited);

        assertEquals(2, doc.forensics().revisions());
        assertEquals(Option.of("www.ilovepdf.com"), doc.metadata().producer());
        assertEquals(1, readOk(original()).forensics().revisions());
    }

    @Test
    void eachFurtherIncrementalUpdateAddsARevision() {
        byte[] twice = TestPdfs.incrementalInfoUpdate(
                TestPdfs.incrementalInfoUpdate(original(), i -> i.setAuthor("x")), i -> i.setAuthor("y"));

        assertEquals(3, readOk(twice).forensics().revisions());
    }

    @Test
    void aFreshSignatureVerifiesCoversTheWholeFileAndNamesItsSigner() {
        byte[] signed = TestSigning.sign(original());

        Document doc = readOk(signed);

        assertEquals(1, doc.forensics().signatures().size());
        SignatureFacts signature = doc.forensics().signatures().head();
        assertTrue(signature.valid());
        assertTrue(signature.coversWholeFile());
        assertEquals(Option.of(TestCertificates.SUBJECT), signature.signer().map(s -> s.replace(", ", ",")));
        assertEquals(Option.of(TestCertificates.NOT_BEFORE), signature.certificateNotBefore());
        assertEquals(Option.of(TestCertificates.NOT_AFTER), signature.certificateNotAfter());
        assertEquals(2, doc.forensics().revisions());
    }

    @Test
    void anEditAppendedAfterSigningLeavesTheSignatureValidButNotCoveringTheFile() {
        byte[] tampered = TestPdfs.incrementalInfoUpdate(TestSigning.sign(original()), i -> i.setProducer("PDFium"));

        Document doc = readOk(tampered);

        SignatureFacts signature = doc.forensics().signatures().head();
        assertTrue(signature.valid());
        assertFalse(signature.coversWholeFile());
        assertEquals(3, doc.forensics().revisions());
        assertEquals(Option.of("PDFium"), doc.metadata().producer());
    }

    @Test
    void bytesChangedInsideTheSignedRangeBreakTheSignature() {
        byte[] signed = TestSigning.sign(TestPdfs.uncompressed(original()));
        String text = new String(signed, StandardCharsets.ISO_8859_1);
        int at = text.indexOf("Bank Statement Generator");
        signed[at] = 'X'; // same length, so the file still parses and the byte range still fits

        Document doc = readOk(signed);

        SignatureFacts signature = doc.forensics().signatures().head();
        assertFalse(signature.valid());
        assertTrue(signature.coversWholeFile());
    }
}
