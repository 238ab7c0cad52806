package dev.passbook.adapters.pdf;

import dev.passbook.core.error.ErrorCode;
import dev.passbook.core.error.UploadError;
import dev.passbook.core.document.Document;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDFormContentStream;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDInlineImage;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;

import static dev.passbook.adapters.pdf.Results.readFails;
import static dev.passbook.adapters.pdf.Results.readOk;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Content that is reached indirectly: images inline or inside forms, text inside forms, self-referencing forms. */
class StructureTest {

    private interface Drawing {
        void draw(PDDocument doc, PDPage page, PDPageContentStream cs) throws IOException;
    }

    private static byte[] build(Drawing drawing) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                drawing.draw(doc, page, cs);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }

    @Test
    void aPageThatIsOnlyAnInlineImageIsAnImage() throws IOException {
        byte[] pdf = build((doc, page, cs) -> {
            COSDictionary params = new COSDictionary();
            params.setInt(COSName.W, 8);
            params.setInt(COSName.H, 8);
            params.setInt(COSName.BPC, 8);
            params.setItem(COSName.CS, COSName.G);
            cs.drawImage(new PDInlineImage(params, new byte[64], new PDResources()), 0, 0, 595, 842);
        });

        readFails(pdf, ErrorCode.PDF_IS_IMAGE);
    }

    @Test
    void anImageDrawnThroughAFormXObjectIsAnImage() throws IOException {
        byte[] pdf = build((doc, page, cs) -> {
            PDFormXObject form = new PDFormXObject(doc);
            form.setBBox(PDRectangle.A4);
            form.setResources(new PDResources());
            try (PDFormContentStream inner = new PDFormContentStream(form)) {
                inner.drawImage(LosslessFactory.createFromImage(doc, TestPdfs.scan()), 0, 0, 595, 842);
            }
            cs.drawForm(form);
        });

        readFails(pdf, ErrorCode.PDF_IS_IMAGE);
    }

    @Test
    void textInsideAFormXObjectIsExtractedAtItsPosition() throws IOException {
        byte[] pdf = build((doc, page, cs) -> {
            PDFormXObject form = new PDFormXObject(doc);
            form.setBBox(PDRectangle.A4);
            form.setResources(new PDResources());
            try (PDFormContentStream inner = new PDFormContentStream(form)) {
                inner.beginText();
                inner.setFont(new PDType1Font(FontName.HELVETICA), 10);
                inner.newLineAtOffset(100, PDRectangle.A4.getHeight() - 150);
                inner.showText("Opening Balance 12,345.67");
                inner.endText();
            }
            cs.drawForm(form);
        });

        Document doc = readOk(pdf);

        assertEquals("Opening Balance 12,345.67", doc.text());
        assertEquals(100, doc.pages().head().lines().head().left(), 0.05);
        assertEquals(150, doc.pages().head().lines().head().y(), 0.05);
    }

    @Test
    void aLandscapePageMadeByRotationReadsInTheViewersFrame() throws IOException {
        // /Rotate 90 with text turned 90 degrees counter-clockwise reads upright on screen; display (dx, dy)
        // with top-left origin is user space (ux = dy, uy = dx)
        byte[] pdf = build((doc, page, cs) -> {
            page.setRotation(90);
            PDType1Font font = new PDType1Font(FontName.HELVETICA);
            float[][] cells = {{50, 100}, {300, 100}, {50, 120}, {300, 120}};
            String[] texts = {"Date", "Balance", "01/04/2024", "5,000.00"};
            for (int i = 0; i < cells.length; i++) {
                cs.beginText();
                cs.setFont(font, 10);
                cs.setTextMatrix(org.apache.pdfbox.util.Matrix.getRotateInstance(Math.PI / 2, cells[i][1], cells[i][0]));
                cs.showText(texts[i]);
                cs.endText();
            }
        });

        var page = readOk(pdf).pages().head();

        assertEquals(PDRectangle.A4.getHeight(), page.width(), 0.01);
        assertEquals(PDRectangle.A4.getWidth(), page.height(), 0.01);
        assertEquals(io.vavr.collection.List.of("Date Balance", "01/04/2024 5,000.00"), page.lines().map(l -> l.text()));
        assertEquals(io.vavr.collection.List.of(100.0, 120.0), page.lines().map(l -> l.y()));
        assertEquals(io.vavr.collection.List.of(50.0, 300.0), page.lines().head().words().map(w -> w.x()));
    }

    /** Text, then megabytes of whitespace: deflates to almost nothing, contains no further operator. */
    private static byte[] whitespaceBomb(int megabytes) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            PDResources resources = new PDResources();
            resources.put(COSName.getPDFName("F1"), new PDType1Font(FontName.HELVETICA));
            page.setResources(resources);
            byte[] text = "BT /F1 10 Tf 50 700 Td (Statement of account for April) Tj ET\n".getBytes(StandardCharsets.US_ASCII);
            java.io.InputStream content = new java.io.SequenceInputStream(new java.io.ByteArrayInputStream(text),
                    new java.io.InputStream() {
                        private long left = (long) megabytes << 20;

                        @Override
                        public int read() {
                            return left-- > 0 ? ' ' : -1;
                        }
                    });
            page.setContents(new org.apache.pdfbox.pdmodel.common.PDStream(doc, content, COSName.FLATE_DECODE));
            doc.addPage(page);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }

    @Test
    void aPageWhoseContentInflatesPastTheCapIsTooComplex() throws IOException {
        byte[] bomb = whitespaceBomb(4);
        PdfDocumentReader capped = new PdfDocumentReader(ReaderLimits.defaults(), 1L << 20);

        UploadError error = capped.read(bomb, Option.none()).getLeft();

        assertTrue(bomb.length < 64 * 1024, "the bomb is small on disk: " + bomb.length);
        assertEquals(ErrorCode.PDF_TOO_COMPLEX, error.errorCode());
        assertEquals("The PDF exceeds the processing limits (content larger than 1 MB on one page)", error.message());
    }

    /** Page text, plus a form XObject of deflated whitespace drawn {@code draws} times from the page. */
    private static byte[] formWhitespaceBomb(int megabytes, int draws) throws IOException {
        return build((doc, page, cs) -> {
            PDFormXObject form = new PDFormXObject(doc);
            form.setBBox(PDRectangle.A4);
            form.setResources(new PDResources());
            try (OutputStream out = form.getStream().createOutputStream(COSName.FLATE_DECODE)) {
                byte[] spaces = new byte[1 << 20];
                java.util.Arrays.fill(spaces, (byte) ' ');
                for (int i = 0; i < megabytes; i++) {
                    out.write(spaces);
                }
            }
            PDType1Font font = new PDType1Font(FontName.HELVETICA);
            cs.beginText();
            cs.setFont(font, 10);
            cs.newLineAtOffset(50, 700);
            cs.showText("Statement of account for April");
            cs.endText();
            for (int i = 0; i < draws; i++) {
                cs.drawForm(form);
            }
        });
    }

    @Test
    void aFormWhoseContentInflatesPastTheCapIsTooComplex() throws IOException {
        byte[] bomb = formWhitespaceBomb(4, 1);
        PdfDocumentReader capped = new PdfDocumentReader(ReaderLimits.defaults(), 1L << 20);

        UploadError error = capped.read(bomb, Option.none()).getLeft();

        assertTrue(bomb.length < 64 * 1024, "the bomb is small on disk: " + bomb.length);
        assertEquals(ErrorCode.PDF_TOO_COMPLEX, error.errorCode());
        assertEquals("The PDF exceeds the processing limits (content larger than 1 MB on one page)", error.message());
    }

    @Test
    void aSmallFormDrawnManyTimesCountsEveryDrawingAgainstThePage() throws IOException {
        // 1 MB of content drawn 6 times: each drawing alone is under the 4 MB cap, together they are not
        byte[] bomb = formWhitespaceBomb(1, 6);

        UploadError error = new PdfDocumentReader(ReaderLimits.defaults(), 4L << 20).read(bomb, Option.none()).getLeft();

        assertEquals(ErrorCode.PDF_TOO_COMPLEX, error.errorCode());
        Document fine = new PdfDocumentReader(ReaderLimits.defaults(), 8L << 20).read(bomb, Option.none()).get();
        assertEquals("Statement of account for April", fine.text());
    }

    @Test
    void thePageContentMeterDoesNotDisturbOrdinaryReading() throws IOException {
        Document doc = new PdfDocumentReader(ReaderLimits.defaults(), 8L << 20).read(whitespaceBomb(3), Option.none()).get();

        assertEquals("Statement of account for April", doc.text());
    }

    @Test
    void aFormThatDrawsItselfEndsInACataloguedAnswer() throws IOException {
        byte[] pdf = build((doc, page, cs) -> {
            PDFormXObject form = new PDFormXObject(doc);
            form.setBBox(PDRectangle.A4);
            PDResources resources = new PDResources();
            resources.put(COSName.getPDFName("Self"), form);
            form.setResources(resources);
            try (OutputStream out = form.getStream().createOutputStream()) {
                out.write("BT /F1 10 Tf 50 700 Td (Recursive statement text) Tj ET /Self Do".getBytes(StandardCharsets.US_ASCII));
            }
            form.getResources().put(COSName.getPDFName("F1"), new PDType1Font(FontName.HELVETICA));
            cs.drawForm(form);
        });

        Either<UploadError, Document> result = Results.READER.read(pdf, Option.none());

        assertTrue(result.isRight() || EnumSet.of(ErrorCode.PDF_TOO_COMPLEX, ErrorCode.INVALID_FILE_OBJECT)
                .contains(result.getLeft().errorCode()), () -> result.toString());
    }

}
