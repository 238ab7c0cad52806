package dev.passbook.parsers.generic;

import dev.passbook.core.document.Document;
import dev.passbook.core.document.Forensics;
import dev.passbook.core.document.Line;
import dev.passbook.core.document.Metadata;
import dev.passbook.core.document.Page;
import dev.passbook.core.document.Word;
import io.vavr.collection.List;

/**
 * Hand-made positioned text for unit tests: {@code line(y, 26, "Account Name :", 130, "MR A B")}
 * puts each phrase's words at the given x, 4 pt per character and 2 pt between words, like a small
 * Helvetica.
 */
final class TextFixtures {

    static final double CHAR = 4;
    static final double SPACE = 2;

    private TextFixtures() {
    }

    /** Pairs of x and phrase. */
    static Line line(double y, Object... xAndPhrase) {
        List<Word> words = List.empty();
        for (int i = 0; i + 1 < xAndPhrase.length; i += 2) {
            double x = ((Number) xAndPhrase[i]).doubleValue();
            for (String w : ((String) xAndPhrase[i + 1]).split(" ")) {
                if (w.isEmpty()) {
                    continue;
                }
                words = words.append(new Word(w, x, y, w.length() * CHAR, 7, "Helvetica", 8));
                x += w.length() * CHAR + SPACE;
            }
        }
        return new Line(y, words.sortBy(Word::x));
    }

    /** The x at which {@code phrase} starts when right-aligned to end at {@code right}. */
    static double rightAligned(double right, String phrase) {
        double width = phrase.replace(" ", "").length() * CHAR + (phrase.split(" ").length - 1) * SPACE;
        return right - width;
    }

    static Page page(int number, Line... lines) {
        return new Page(number, 595, 842, List.of(lines).sortBy(Line::y));
    }

    static Document document(Page... pages) {
        return new Document(List.of(pages), Metadata.empty(), Forensics.none());
    }
}
