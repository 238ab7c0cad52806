package dev.passbook.core.document;

import io.vavr.collection.List;

/** Words sharing a baseline (within the reader's tolerance), ordered left to right. */
public record Line(double y, List<Word> words) {

    /** The words joined by single spaces. */
    public String text() {
        return words.map(Word::text).mkString(" ");
    }

    public double left() {
        return words.headOption().map(Word::x).getOrElse(0.0);
    }
}
