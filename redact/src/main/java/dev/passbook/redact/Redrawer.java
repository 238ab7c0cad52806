package dev.passbook.redact;

import dev.passbook.core.document.Document;
import dev.passbook.core.document.Line;
import dev.passbook.core.document.Page;
import dev.passbook.core.document.Word;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/**
 * Writes the redacted PDF: one page per page of the original, of the same size, with the original's
 * straight-edged drawing and blank boxes for its images ({@link PageGraphics}), and every word drawn in
 * Helvetica at its baseline and size, stretched horizontally (text scaling) so that it spans exactly the
 * original word's width, with a squeezed space after it when another word follows on its line. The rupee sign is drawn as {@code Rs}; other characters Helvetica cannot
 * encode as {@code ?}.
 */
final class Redrawer {

    /** What was drawn, by kind. */
    record Drawn(byte[] pdf, int words, int images, int paths, int pathsDropped, int unencodable, int rupees,
                 int pagesWithoutGraphics) {
    }

    private final PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private final Map<Character, Boolean> encodable = new HashMap<>();
    static final String TITLE = "Redacted bank statement";
    static final String CREATOR = "passbook redact";
    private static final char RUPEE = '\u20B9';
    private int unencodable;
    private int rupees;

    /**
     * @param original the original, opened, for its drawing (null: text only)
     * @param texts    the new text of every word
     * @param producer what the metadata says about the original's producer (a category)
     */
    Drawn draw(Document doc, PDDocument original, Map<WordRef, String> texts, String producer) throws IOException {
        int words = 0;
        int images = 0;
        int paths = 0;
        int dropped = 0;
        int withoutGraphics = 0;
        try (PDDocument out = new PDDocument()) {
            for (int p = 0; p < doc.pages().size(); p++) {
                Page page = doc.pages().get(p);
                PDPage target = new PDPage(new PDRectangle((float) page.width(), (float) page.height()));
                out.addPage(target);
                try (PDPageContentStream content = new PDPageContentStream(out, target)) {
                    PDPage source = original == null || p >= original.getNumberOfPages() ? null : original.getPage(p);
                    if (source != null && source.getRotation() % 360 == 0) {
                        PageGraphics graphics = new PageGraphics(source, content);
                        try {
                            graphics.run();
                        } catch (IOException | RuntimeException broken) {
                            withoutGraphics++;
                        }
                        images += graphics.images;
                        paths += graphics.pathsDrawn;
                        dropped += graphics.pathsDropped;
                    } else {
                        withoutGraphics++;
                    }
                    content.setNonStrokingColor(0f);
                    content.beginText();
                    for (int l = 0; l < page.lines().size(); l++) {
                        Line line = page.lines().get(l);
                        for (int w = 0; w < line.words().size(); w++) {
                            Word word = line.words().get(w);
                            String text = encodable(texts.getOrDefault(new WordRef(p, l, w), word.text()));
                            float size = (float) Math.max(1, word.size());
                            float natural = font.getStringWidth(text) / 1000f * size;
                            if (natural <= 0) {
                                continue;
                            }
                            float scaling = (float) (100 * word.width() / natural);
                            content.setFont(font, size);
                            content.setHorizontalScaling(Math.max(1f, Math.min(1000f, scaling)));
                            content.setTextMatrix(new org.apache.pdfbox.util.Matrix(1, 0, 0, 1, (float) word.x(),
                                    (float) (page.height() - word.y())));
                            content.showText(text);
                            words++;
                            if (w + 1 < line.words().size()) {
                                separate(content, word, line.words().get(w + 1), size, page.height());
                            }
                        }
                    }
                    content.endText();
                }
            }
            PDDocumentInformation info = new PDDocumentInformation();
            info.setTitle(TITLE);
            info.setCreator(CREATOR);
            info.setProducer(CREATOR + "; original producer: " + producer);
            out.setDocumentInformation(info);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            out.save(bytes, org.apache.pdfbox.pdfwriter.compress.CompressParameters.NO_COMPRESSION);
            return new Drawn(bytes.toByteArray(), words, images, paths, dropped, unencodable, rupees, withoutGraphics);
        }
    }

    /**
     * A space glyph in the gap after {@code word}, squeezed to fit it: the reader ends a word at a space
     * whatever the gap, so two words never merge because a stretched Helvetica's space (which sets the
     * reader's gap threshold) is wider than the original font's.
     */
    private void separate(PDPageContentStream content, Word word, Word next, float size, double pageHeight)
            throws IOException {
        double at = Math.min(word.right(), next.x());
        double gap = Math.max(0.02, next.x() - at);
        float space = font.getStringWidth(" ") / 1000f * size;
        content.setHorizontalScaling((float) Math.max(0.01, Math.min(100, 100 * gap / 2 / space)));
        content.setTextMatrix(new org.apache.pdfbox.util.Matrix(1, 0, 0, 1, (float) at, (float) (pageHeight - word.y())));
        content.showText(" ");
    }

    private String encodable(String text) {
        StringBuilder b = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean ok = encodable.computeIfAbsent(c, ch -> {
                try {
                    font.encode(String.valueOf(ch));
                    return true;
                } catch (IOException | IllegalArgumentException e) {
                    return false;
                }
            });
            if (c == RUPEE) {
                rupees++;
                b.append("Rs"); // Helvetica has no rupee sign; amount readers take Rs as they take the sign
                continue;
            }
            if (!ok) {
                unencodable++;
            }
            b.append(ok ? c : '?');
        }
        return b.toString();
    }
}
