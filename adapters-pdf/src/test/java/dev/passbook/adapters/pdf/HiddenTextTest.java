package dev.passbook.adapters.pdf;

import dev.passbook.core.document.Line;
import dev.passbook.core.document.Word;
import io.vavr.collection.List;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSFloat;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

import static dev.passbook.adapters.pdf.Results.readOk;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Text drawn white on white paper is not in the text layer a reader sees: viewer prints draw a cell's
 * text again, in white, into its neighbours. White text on something painted stays, and so does every
 * colour this cannot judge. Each word below is drawn at its own height, so a wrong call shows by name.
 */
class HiddenTextTest {

    private static List<String> wordsOf(String content) throws IOException {
        return readOk(pdf(content)).pages().head().lines().flatMap(Line::words).map(Word::text);
    }

    private static String text(String word, float y) {
        return "BT /F1 10 Tf 40 " + y + " Td (" + word + ") Tj ET\n";
    }

    @Test
    void whiteTextOnWhitePaperIsHiddenAndBlackTextIsRead() throws IOException {
        assertEquals(List.of("Black"), wordsOf("0 g " + text("Black", 800) + "1 g " + text("White", 780)));
    }

    @Test
    void whiteTextOnAPaintedCellIsRead() throws IOException {
        String content = "0 0 0.6 rg 30 695 200 20 re f\n1 1 1 rg " + text("OnBlue", 700)
                + "1 g " + text("OffBlue", 650);
        assertEquals(List.of("OnBlue"), wordsOf(content));
    }

    @Test
    void whiteTextUnderSomethingPaintedLaterIsReadLikeAnOcrLayer() throws IOException {
        assertEquals(List.of("Under"), wordsOf("1 g " + text("Under", 700) + "0 g 30 690 200 30 re f\n"));
    }

    @Test
    void aThinStrokedBorderIsNoBackgroundButAWideBarIs() throws IOException {
        String content = "0 G 1 w 30 790 200 20 re S\n5 w 30 745 m 230 745 l S\n1 g "
                + text("InBorder", 795) + text("OnBar", 743);
        assertEquals(List.of("OnBar"), wordsOf(content));
    }

    @Test
    void theFillColourFollowsSaveAndRestore() throws IOException {
        assertEquals(List.of("After"), wordsOf("q 1 g " + text("Inside", 800) + "Q " + text("After", 780)));
    }

    @Test
    void whiteIsJudgedInGrayRgbCmykIccAndNamedSpaces() throws IOException {
        String content = "0 0 0 0 k " + text("CmykWhite", 800) + "0 0 0 1 k " + text("CmykBlack", 780)
                + "/Icc cs 1 1 1 sc " + text("IccWhite", 760) + "/Icc cs " + text("IccInitial", 740)
                + "/DeviceRGB cs 1 1 1 sc " + text("RgbWhite", 720) + "/Alias cs 1 1 1 sc " + text("AliasWhite", 700);
        assertEquals(List.of("CmykBlack", "IccInitial"), wordsOf(content));
    }

    @Test
    void aColourItCannotJudgeIsInk() throws IOException {
        // a spot colour at tint 1 is full ink, though 1 would be white in gray
        String content = "/Spot cs 1 sc " + text("Spot", 800) + "1 Tr 1 g " + text("Stroked", 780);
        assertEquals(List.of("Spot", "Stroked"), wordsOf(content));
    }

    static byte[] pdf(String content) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            PDResources resources = new PDResources();
            resources.put(COSName.getPDFName("F1"), new PDType1Font(FontName.HELVETICA));
            COSDictionary spaces = new COSDictionary();
            COSStream profile = doc.getDocument().createCOSStream();
            profile.setInt(COSName.N, 3);
            spaces.setItem("Icc", new COSArray(java.util.List.of(COSName.ICCBASED, profile)));
            spaces.setItem("Alias", COSName.DEVICERGB);
            COSDictionary tint = new COSDictionary();
            tint.setInt(COSName.FUNCTION_TYPE, 2);
            tint.setItem(COSName.DOMAIN, new COSArray(java.util.List.of(COSInteger.ZERO, COSInteger.ONE)));
            tint.setItem(COSName.C0, new COSArray(java.util.List.of(COSInteger.ONE)));
            tint.setItem(COSName.C1, new COSArray(java.util.List.of(COSInteger.ZERO)));
            tint.setItem(COSName.N, new COSFloat(1));
            spaces.setItem("Spot", new COSArray(java.util.List.of(COSName.SEPARATION, COSName.getPDFName("Spot"),
                    COSName.DEVICEGRAY, tint)));
            resources.getCOSObject().setItem(COSName.COLORSPACE, spaces);
            page.setResources(resources);
            PDStream stream = new PDStream(doc);
            try (OutputStream out = stream.createOutputStream()) {
                out.write(content.getBytes(StandardCharsets.US_ASCII));
            }
            page.setContents(stream);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            doc.save(bytes);
            return bytes.toByteArray();
        }
    }
}
