package dev.passbook.testkit.drawn;

import dev.passbook.core.document.Document;
import dev.passbook.core.document.Forensics;
import dev.passbook.core.document.Line;
import dev.passbook.core.document.Metadata;
import dev.passbook.core.document.Page;
import dev.passbook.core.document.Word;
import io.vavr.collection.List;

/**
 * Positioned text drawn by hand for parser unit tests, without a PDF: {@code line(y, 26, "Account Name :",
 * 130, "MR A B")} puts each phrase's words at the given x, {@value #CHAR} pt per character and
 * {@value #SPACE} pt between words, like a small (8 pt) Helvetica.
 *
 * <pre>{@code
 * Document doc = DrawnText.document(DrawnText.page(1,
 *         DrawnText.line(30, 26, "Account Number :", 130, "1234567890"),
 *         DrawnText.line(60, 26, "Date", 90, "Narration", 300, "Balance")));
 * }</pre>
 */
public final class DrawnText {

    public static final double CHAR = 4;
    public static final double SPACE = 2;
    public static final double SIZE = 8;

    private DrawnText() {
    }

    /** A line at baseline {@code y} from pairs of x and phrase. */
    public static Line line(double y, Object... xAndPhrase) {
        List<Word> words = List.empty();
        for (int i = 0; i + 1 < xAndPhrase.length; i += 2) {
            double x = ((Number) xAndPhrase[i]).doubleValue();
            for (String w : ((String) xAndPhrase[i + 1]).split(" ")) {
                if (w.isEmpty()) {
                    continue;
                }
                words = words.append(new Word(w, x, y, w.length() * CHAR, 7, "Helvetica", SIZE));
                x += w.length() * CHAR + SPACE;
            }
        }
        return new Line(y, words.sortBy(Word::x));
    }

    /** The x at which {@code phrase} starts when right-aligned to end at {@code right}. */
    public static double rightAligned(double right, String phrase) {
        return right - width(phrase);
    }

    /** The x at which {@code phrase} starts when centred on {@code centre}. */
    public static double centred(double centre, String phrase) {
        return centre - width(phrase) / 2;
    }

    public static double width(String phrase) {
        return phrase.replace(" ", "").length() * CHAR + (phrase.split(" ").length - 1) * SPACE;
    }

    /** An A4 page holding {@code lines}, top to bottom. */
    public static Page page(int number, Line... lines) {
        return new Page(number, 595, 842, List.of(lines).sortBy(Line::y));
    }

    public static Document document(Page... pages) {
        return new Document(List.of(pages), Metadata.empty(), Forensics.none());
    }
}
