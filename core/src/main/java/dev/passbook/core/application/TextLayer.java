package dev.passbook.core.application;

import dev.passbook.core.document.Document;
import dev.passbook.core.document.Line;
import dev.passbook.core.document.Page;
import dev.passbook.core.document.Word;

/**
 * Whether a document's text layer reads as text. A PDF whose fonts map glyphs to no Unicode
 * characters (Type 3 fonts without a ToUnicode map, say) has words, but they come out as control or
 * private-use characters: no parser can read them, and the person needs to know it is the file,
 * not the bank's layout.
 */
final class TextLayer {

    /** Fewer characters than this say nothing either way. */
    static final int MIN_CHARS = 40;

    private TextLayer() {
    }

    static boolean unreadable(Document document) {
        long[] counts = counts(document);
        return counts[0] >= MIN_CHARS && counts[1] * 2 < counts[0];
    }

    static String describe(Document document) {
        long[] counts = counts(document);
        return counts[1] + " of " + counts[0] + " characters are letters, digits or punctuation";
    }

    /** {total, readable} characters of every word. */
    private static long[] counts(Document document) {
        long total = 0;
        long readable = 0;
        for (Page page : document.pages()) {
            for (Line line : page.lines()) {
                for (Word word : line.words()) {
                    String t = word.text();
                    for (int i = 0; i < t.length(); i++) {
                        char c = t.charAt(i);
                        total++;
                        if (readable(c)) {
                            readable++;
                        }
                    }
                }
            }
        }
        return new long[] {total, readable};
    }

    private static boolean readable(char c) {
        if (Character.isLetterOrDigit(c)) {
            return Character.UnicodeBlock.of(c) != Character.UnicodeBlock.PRIVATE_USE_AREA;
        }
        int type = Character.getType(c);
        return type == Character.OTHER_PUNCTUATION || type == Character.DASH_PUNCTUATION
                || type == Character.START_PUNCTUATION || type == Character.END_PUNCTUATION
                || type == Character.MATH_SYMBOL || type == Character.CURRENCY_SYMBOL
                || type == Character.CONNECTOR_PUNCTUATION;
    }
}
