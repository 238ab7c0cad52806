package dev.passbook.core.spi.support.table;

import dev.passbook.core.document.Document;
import dev.passbook.core.document.Forensics;
import dev.passbook.core.document.Line;
import dev.passbook.core.document.Metadata;
import dev.passbook.core.document.Page;
import dev.passbook.core.document.Word;
import io.vavr.collection.List;

/** Hand-placed text for table tests: every character is 4 pt wide, words split at spaces. */
final class Printed {

    static final double CHAR = 4;

    private Printed() {
    }

    /** {@code text} starting at {@code x}, words split on single spaces. */
    static List<Word> at(double x, double y, String text) {
        List<Word> out = List.empty();
        double cursor = x;
        for (String w : text.split(" ")) {
            if (!w.isEmpty()) {
                out = out.append(new Word(w, cursor, y, w.length() * CHAR, 7, "Helvetica", 7));
            }
            cursor += (w.length() + 1) * CHAR;
        }
        return out;
    }

    /** {@code text} ending at {@code right}. */
    static List<Word> endingAt(double right, double y, String text) {
        return at(right - text.length() * CHAR, y, text);
    }

    @SafeVarargs
    static Line line(double y, List<Word>... parts) {
        return new Line(y, List.of(parts).flatMap(p -> p).sortBy(Word::x));
    }

    static Page page(int n, Line... lines) {
        return new Page(n, 600, 800, List.of(lines).sortBy(Line::y));
    }

    static Document document(Page... pages) {
        return new Document(List.of(pages), Metadata.empty(), Forensics.none());
    }
}
