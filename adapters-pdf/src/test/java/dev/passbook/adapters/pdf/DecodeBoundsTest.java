package dev.passbook.adapters.pdf;

import dev.passbook.core.document.Document;
import dev.passbook.core.error.ErrorCode;
import dev.passbook.core.error.UploadError;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.filter.FilterFactory;
import org.junit.jupiter.api.Test;

import java.io.IOException;

import static dev.passbook.adapters.pdf.RawPdfs.TEXT;
import static dev.passbook.adapters.pdf.RawPdfs.ascii;
import static dev.passbook.adapters.pdf.RawPdfs.deflate;
import static dev.passbook.adapters.pdf.RawPdfs.repeat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every decode path of issue 21 hits its {@link DecodeLimits} bound and answers PDF_TOO_COMPLEX
 * naming it; files just under the bounds read normally. Small limits keep the files small.
 */
class DecodeBoundsTest {

    private static final long MB = 1024 * 1024;

    /** Small bounds: 1 MB per stream, 64 KB between operators, 10,000 operators, 1,000 glyphs, nesting 100. */
    private static final DecodeLimits SMALL = new DecodeLimits(8 * MB, 64 * 1024, 10_000, 1_000, 2_500, 100, MB,
            MB, MB, 64 * 1024, 100_000);

    private static final PdfDocumentReader READER = new PdfDocumentReader(ReaderLimits.defaults(), SMALL);

    private static UploadError tooComplex(byte[] pdf, String limit) {
        Either<UploadError, Document> result = READER.read(pdf, Option.none());
        assertTrue(result.isLeft(), () -> "expected PDF_TOO_COMPLEX (" + limit + ") but the document was read");
        assertEquals(ErrorCode.PDF_TOO_COMPLEX, result.getLeft().errorCode(), result.getLeft()::message);
        assertEquals("The PDF exceeds the processing limits (" + limit + ")", result.getLeft().message());
        return result.getLeft();
    }

    private static Document reads(byte[] pdf) {
        Either<UploadError, Document> result = READER.read(pdf, Option.none());
        assertTrue(result.isRight(), () -> "expected a document but got " + result.getLeft());
        return result.get();
    }

    @Test
    void everyFilterPdfBoxDecodesWithIsMetered() throws IOException {
        assertTrue(MeteredFilters.install());
        for (COSName name : new COSName[] {COSName.FLATE_DECODE, COSName.LZW_DECODE, COSName.RUN_LENGTH_DECODE,
                COSName.ASCII85_DECODE, COSName.ASCII_HEX_DECODE, COSName.DCT_DECODE, COSName.CCITTFAX_DECODE}) {
            assertTrue(MeteredFilters.isMetered(FilterFactory.INSTANCE.getFilter(name)), name::getName);
        }
    }

    @Test
    void anEmbeddedFontThatInflatesPastTheStreamCapIsTooComplex() {
        RawPdfs pdf = RawPdfs.page(ascii(TEXT), "", "<< /Type /Font /Subtype /TrueType /BaseFont /Bomb /FirstChar 32 "
                + "/LastChar 126 /Widths [" + "600 ".repeat(95) + "] /FontDescriptor 6 0 R >>");
        pdf.add("<< /Type /FontDescriptor /FontName /Bomb /Flags 32 /FontBBox [0 -200 1000 900] /ItalicAngle 0 "
                + "/Ascent 900 /Descent -200 /CapHeight 700 /StemV 80 /FontFile2 7 0 R >>");
        pdf.stream("/Filter /FlateDecode", deflate(out -> out.write(new byte[(int) (2 * MB)])));

        tooComplex(pdf.bytes(), "a stream larger than 1 MB when decoded");
    }

    @Test
    void aFilterChainIsMeteredAtEveryStage() {
        // RunLength after Flate: every two bytes become 128 spaces
        byte[] runs = deflate(out -> {
            out.write(TEXT.length() - 1);
            out.write(ascii(TEXT));
            for (int i = 0; i < 20_000; i++) {
                out.write(129);
                out.write(' ');
            }
            out.write(128);
        });

        tooComplex(RawPdfs.page(runs, "/Filter [/FlateDecode /RunLengthDecode]").bytes(),
                "a stream larger than 1 MB when decoded");
    }

    @Test
    void aLongStringLiteralIsBoundedBeforePdfBoxBuildsIt() {
        byte[] huge = deflate(out -> {
            out.write(ascii("BT /F1 12 Tf 50 700 Td ("));
            repeat(out, "A", 200_000);
            out.write(ascii(") Tj ET"));
        });
        tooComplex(RawPdfs.page(huge, "/Filter /FlateDecode").bytes(), "more than 65536 bytes of content between two operators");

        byte[] fine = ascii("BT /F1 1 Tf 50 700 Td (" + "A".repeat(900) + ") Tj ET");
        assertEquals(900, reads(RawPdfs.page(fine, "").bytes()).text().length());
    }

    @Test
    void anInlineImageCountsAsContentBetweenOperators() {
        byte[] image = deflate(out -> {
            out.write(ascii(TEXT + "q 10 0 0 10 50 500 cm BI /W 1000 /H 1000 /CS /G /BPC 8 ID\n"));
            repeat(out, "x", 100_000);
            out.write(ascii("\nEI Q"));
        });

        tooComplex(RawPdfs.page(image, "/Filter /FlateDecode").bytes(), "more than 65536 bytes of content between two operators");
    }

    @Test
    void glyphsAreBoundedPerPageAndPerDocument() {
        tooComplex(RawPdfs.page(ascii("BT /F1 1 Tf 50 700 Td " + "(A) Tj ".repeat(1_001) + "ET"), "").bytes(),
                "more than 1000 characters on one page");
        assertEquals(1_000, reads(RawPdfs.page(ascii("BT /F1 1 Tf 50 700 Td " + "(A) Tj ".repeat(1_000) + "ET"), "")
                .bytes()).text().length());

        String page = "BT /F1 1 Tf 50 700 Td " + "(A) Tj ".repeat(900) + "ET";
        tooComplex(RawPdfs.pages(3, page), "more than 2500 characters in the document");
    }

    @Test
    void operatorsAreBoundedPerPage() {
        tooComplex(RawPdfs.page(ascii(TEXT + "1 1 m\n".repeat(10_000)), "").bytes(), "more than 10000 operators on one page");
    }

    @Test
    void graphicsStatesAndMarkedContentCannotNestWithoutEnd() {
        tooComplex(RawPdfs.page(ascii(TEXT + "q ".repeat(200)), "").bytes(), "graphics states nested more than 100 deep");
        tooComplex(RawPdfs.page(ascii(TEXT + "/P BMC ".repeat(200)), "").bytes(), "marked content nested more than 100 deep");
        // balanced, however often, is fine
        reads(RawPdfs.page(ascii(TEXT + "q Q ".repeat(1_000) + "/P BMC EMC ".repeat(1_000)), "").bytes());
    }

    @Test
    void aToUnicodeRangeOfABillionCodesIsRefusedBeforePdfBoxExpandsIt() {
        RawPdfs pdf = RawPdfs.page(ascii(TEXT), "", "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /ToUnicode 6 0 R >>");
        pdf.stream("", ascii("/CIDInit /ProcSet findresource begin 12 dict begin begincmap\n"
                + "1 begincodespacerange <00000000> <FFFFFFFF> endcodespacerange\n"
                + "1 beginbfrange <00000000> <3FFFFFFF> <00000000> endbfrange\n"
                + "endcmap CMapName currentdict /CMap defineresource pop end end\n"));

        tooComplex(pdf.bytes(), "a character map of more than 100000 entries");
    }

    @Test
    void anOrdinaryToUnicodeMapReadsNormally() {
        RawPdfs pdf = RawPdfs.page(ascii(TEXT), "", "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /ToUnicode 6 0 R >>");
        pdf.stream("", ascii("/CIDInit /ProcSet findresource begin 12 dict begin begincmap\n"
                + "1 begincodespacerange <00> <FF> endcodespacerange\n"
                + "1 beginbfrange <20> <7E> <0020> endbfrange\n"
                + "endcmap CMapName currentdict /CMap defineresource pop end end\n"));

        assertEquals("Statement of account", reads(pdf.bytes()).text());
    }

    @Test
    void characterMapEntriesAreCountedTheWayPdfBoxExpandsThem() {
        String cmap = "begincmap 1 begincodespacerange <0000> <FFFF> endcodespacerange\n"
                + "% a comment with <FFFF> in it\n"
                + "2 beginbfchar <0001> <0041> <0002> (B) endbfchar\n"   // 2
                + "2 beginbfrange <0010> <001F> <0041> <0100> <0102> [<41> <42> <43>] endbfrange\n"  // 16 + 3
                + "1 begincidrange <0000> <FFFF> 0 endcidrange\n"     // one range, kept as a range
                + "2 begincidchar <0003> 7 <0004> 8 endcidchar\n"     // 2
                + "endcmap";

        assertEquals(2 + 16 + 3 + 1 + 2, CharacterMapGuard.entries(ascii(cmap)));
    }

    @Test
    void arraysNestedPastPdfBoxsLimitMakeThePageUnreadableNotShorter() {
        // PDFBox stops reading the page at the nesting error: the text after it would be lost without a trace
        byte[] content = ascii(TEXT + "[".repeat(600) + "]".repeat(600) + "\n" + TEXT);

        UploadError error = READER.read(RawPdfs.page(content, "").bytes(), Option.none()).getLeft();

        assertEquals(ErrorCode.INVALID_FILE_OBJECT, error.errorCode());
    }

    @Test
    void aFormThatDrawsItselfIsACycleNotAnEndlessRead() {
        RawPdfs pdf = new RawPdfs();
        pdf.add("<< /Type /Catalog /Pages 2 0 R >>");
        pdf.add("<< /Type /Pages /Kids [3 0 R] /Count 1 >>");
        pdf.add("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /XObject << /A 5 0 R >> >> >>");
        pdf.stream("", ascii("/A Do"));
        // A draws B twice, B draws A twice: exponential without a guard
        pdf.stream("/Type /XObject /Subtype /Form /BBox [0 0 595 842] /Resources << /XObject << /B 6 0 R >> >>", ascii("/B Do /B Do"));
        pdf.stream("/Type /XObject /Subtype /Form /BBox [0 0 595 842] /Resources << /XObject << /A 5 0 R >> >>", ascii("/A Do /A Do"));

        tooComplex(pdf.bytes(), "a form XObject that draws itself");
    }

    @Test
    void aLimitHitIsTheAnswerEvenWhenPdfBoxSwallowsTheFailureAndTheBudgetEndsWithTheRead() {
        // PDFBox falls back to a standard font when an embedded one cannot be loaded; the answer stays the limit
        anEmbeddedFontThatInflatesPastTheStreamCapIsTooComplex();

        assertNull(ReadBudget.current(), "no budget may outlive its read");
    }
}
