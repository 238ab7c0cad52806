package dev.passbook.testkit.render;

import io.vavr.collection.List;
import io.vavr.control.Option;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The regular and bold font of one rendering. The TrueType font is looked up on the machine (no
 * font ships with the testkit): the system property {@value #FONT_PROPERTY} (regular; a
 * {@code -Bold} sibling is used when present), then DejaVu Sans and Liberation Sans in the usual
 * Linux places. When none is found, {@link FontChoice#EMBEDDED_TRUETYPE} falls back to Helvetica;
 * {@link #trueTypeAvailable()} tells tests whether the embedded case can really be exercised.
 */
public final class Fonts {

    public static final String FONT_PROPERTY = "passbook.testkit.font";
    private static final List<String> CANDIDATES = List.of(
            "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
            "/usr/share/fonts/dejavu/DejaVuSans.ttf",
            "/usr/share/fonts/TTF/DejaVuSans.ttf",
            "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf",
            "/usr/share/fonts/liberation/LiberationSans-Regular.ttf",
            "/Library/Fonts/Arial.ttf",
            "C:/Windows/Fonts/arial.ttf");

    private final PDFont regular;
    private final PDFont bold;

    private Fonts(PDFont regular, PDFont bold) {
        this.regular = regular;
        this.bold = bold;
    }

    /** The TrueType file to embed, if the machine has one. */
    public static Option<File> trueTypeFile() {
        return Option.of(System.getProperty(FONT_PROPERTY)).map(List::of).getOrElse(List.empty())
                .appendAll(CANDIDATES).map(File::new).find(File::isFile);
    }

    public static boolean trueTypeAvailable() {
        return trueTypeFile().isDefined();
    }

    static Fonts load(PDDocument doc, FontChoice choice) {
        Option<File> file = choice == FontChoice.EMBEDDED_TRUETYPE ? trueTypeFile() : Option.none();
        if (file.isEmpty()) {
            return new Fonts(new PDType1Font(Standard14Fonts.FontName.HELVETICA),
                    new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD));
        }
        try {
            File regularFile = file.get();
            File boldFile = boldSibling(regularFile);
            PDFont regular = PDType0Font.load(doc, regularFile);
            PDFont bold = boldFile.isFile() ? PDType0Font.load(doc, boldFile) : regular;
            return new Fonts(regular, bold);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load font " + file.get(), e);
        }
    }

    private static File boldSibling(File regular) {
        String name = regular.getName();
        String boldName = name.contains("-Regular") ? name.replace("-Regular", "-Bold")
                : name.replace(".ttf", "-Bold.ttf");
        return new File(regular.getParentFile(), boldName);
    }

    PDFont font(boolean isBold) {
        return isBold ? bold : regular;
    }

    float width(String text, float size, boolean isBold) {
        try {
            return font(isBold).getStringWidth(text) / 1000f * size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
