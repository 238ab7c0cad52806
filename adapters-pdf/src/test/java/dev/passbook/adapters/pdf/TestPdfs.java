package dev.passbook.adapters.pdf;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.ProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import java.util.function.Consumer;

/**
 * Writes real PDFs with PDFBox for the tests: text at given positions (top-left origin, y = baseline,
 * like the neutral model) in the standard 14 fonts, drawn images, metadata, protection.
 */
final class TestPdfs {

    static final float A4_WIDTH = PDRectangle.A4.getWidth();
    static final float A4_HEIGHT = PDRectangle.A4.getHeight();

    private TestPdfs() {
    }

    static Builder pdf() {
        return new Builder();
    }

    /** One page of ordinary text, the smallest "real statement" the reader should accept. */
    static byte[] plain() {
        return pdf().page(p -> p.text("Statement of account", 50, 80, FontName.HELVETICA_BOLD, 12)
                .text("01/04/2024 Opening balance 10,000.00", 50, 110, FontName.HELVETICA, 10)).build();
    }

    /** A shown string: text with its left x and baseline y measured from the top-left corner. */
    record Text(String text, float x, float y, FontName font, float size) {
    }

    /** An image drawn at x, y (top-left of the image), w x h points. */
    record Image(float x, float y, float w, float h) {
    }

    static final class PageSpec {
        private final float width;
        private final float height;
        private final List<Text> texts = new ArrayList<>();
        private final List<Image> images = new ArrayList<>();

        PageSpec(float width, float height) {
            this.width = width;
            this.height = height;
        }

        PageSpec text(String text, float x, float y, FontName font, float size) {
            texts.add(new Text(text, x, y, font, size));
            return this;
        }

        PageSpec text(String text, float x, float y) {
            return text(text, x, y, FontName.HELVETICA, 10);
        }

        PageSpec image(float x, float y, float w, float h) {
            images.add(new Image(x, y, w, h));
            return this;
        }

        /** Some lines of statement-like text, enough to count as a text layer. */
        PageSpec rows(int count) {
            for (int i = 0; i < count; i++) {
                text(String.format("%02d/04/2024 UPI/PAYMENT/%06d %,12.2f", i % 28 + 1, i, 1000.0 + i), 40, 100 + 14 * i);
            }
            return this;
        }
    }

    static final class Builder {
        private final List<PageSpec> pages = new ArrayList<>();
        private final List<Consumer<PDDocumentInformation>> info = new ArrayList<>();
        private ProtectionPolicy protection;
        private Float version;

        Builder page(Consumer<PageSpec> spec) {
            return page(A4_WIDTH, A4_HEIGHT, spec);
        }

        Builder page(float width, float height, Consumer<PageSpec> spec) {
            PageSpec page = new PageSpec(width, height);
            spec.accept(page);
            pages.add(page);
            return this;
        }

        Builder info(Consumer<PDDocumentInformation> change) {
            info.add(change);
            return this;
        }

        Builder producer(String producer) {
            return info(i -> i.setProducer(producer));
        }

        Builder created(Calendar when) {
            return info(i -> i.setCreationDate(when));
        }

        Builder version(float v) {
            this.version = v;
            return this;
        }

        Builder protect(ProtectionPolicy policy) {
            this.protection = policy;
            return this;
        }

        byte[] build() {
            try (PDDocument doc = new PDDocument(IOUtils.createTempFileOnlyStreamCache())) {
                PDImageXObject image = null;
                java.util.Map<FontName, PDType1Font> fonts = new java.util.EnumMap<>(FontName.class);
                for (PageSpec spec : pages) {
                    PDPage page = new PDPage(new PDRectangle(spec.width, spec.height));
                    doc.addPage(page);
                    try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                        for (Image i : spec.images) {
                            if (image == null) {
                                image = LosslessFactory.createFromImage(doc, scan());
                            }
                            cs.drawImage(image, i.x(), spec.height - i.y() - i.h(), i.w(), i.h());
                        }
                        for (Text t : spec.texts) {
                            cs.beginText();
                            cs.setFont(fonts.computeIfAbsent(t.font(), PDType1Font::new), t.size());
                            cs.newLineAtOffset(t.x(), spec.height - t.y());
                            cs.showText(t.text());
                            cs.endText();
                        }
                    }
                }
                PDDocumentInformation information = doc.getDocumentInformation();
                info.forEach(c -> c.accept(information));
                if (version != null) {
                    doc.setVersion(version);
                }
                if (protection != null) {
                    doc.protect(protection);
                }
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                doc.save(out);
                return out.toByteArray();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** Appends an incremental update to {@code pdf} after applying {@code change} to its information dictionary. */
    /** Saves without object streams, so dictionaries such as /Info stay readable (and editable) in the bytes. */
    static byte[] uncompressed(byte[] pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out, org.apache.pdfbox.pdfwriter.compress.CompressParameters.NO_COMPRESSION);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] incrementalInfoUpdate(byte[] pdf, Consumer<PDDocumentInformation> change) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDDocumentInformation info = doc.getDocumentInformation();
            change.accept(info);
            info.getCOSObject().setNeedToBeUpdated(true);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.saveIncremental(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A grey "scan" with some dark strokes, no text. */
    static BufferedImage scan() {
        BufferedImage img = new BufferedImage(200, 280, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        try {
            g.setColor(Color.LIGHT_GRAY);
            g.fillRect(0, 0, 200, 280);
            g.setColor(Color.DARK_GRAY);
            for (int y = 20; y < 260; y += 12) {
                g.drawLine(15, y, 185, y);
            }
        } finally {
            g.dispose();
        }
        return img;
    }
}
