package dev.passbook.redact;

/** A word of a {@link dev.passbook.core.document.Document} by its 0-based page, line and word index. */
record WordRef(int page, int line, int word) implements Comparable<WordRef> {

    @Override
    public int compareTo(WordRef o) {
        int c = Integer.compare(page, o.page);
        if (c == 0) {
            c = Integer.compare(line, o.line);
        }
        return c != 0 ? c : Integer.compare(word, o.word);
    }
}
