package dev.passbook.adapters.pdf;

import java.nio.charset.StandardCharsets;

/**
 * Counts a file's revisions from its bytes. Every save, full or incremental, ends with
 * {@code startxref <offset> %%EOF}; an incremental update appends another such tail. Counting only
 * {@code %%EOF} markers that close a {@code startxref} section ignores a stray duplicated
 * {@code %%EOF} some generators append, and a linearized file's first-page section (which also ends
 * in a tail) is not counted as an edit.
 */
final class RevisionCounter {

    private static final byte[] STARTXREF = "startxref".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] EOF = "%%EOF".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] LINEARIZED = "/Linearized".getBytes(StandardCharsets.US_ASCII);
    private static final int LINEARIZATION_DICT_WINDOW = 1024;

    private RevisionCounter() {
    }

    static int revisions(byte[] pdf) {
        int tails = 0;
        for (int i = indexOf(pdf, STARTXREF, 0); i >= 0; i = indexOf(pdf, STARTXREF, i + STARTXREF.length)) {
            if (closesWithEof(pdf, i + STARTXREF.length)) {
                tails++;
            }
        }
        if (tails >= 2 && linearized(pdf)) {
            tails--;
        }
        return Math.max(1, tails);
    }

    /** After {@code startxref}: whitespace, digits, whitespace, then {@code %%EOF}. */
    private static boolean closesWithEof(byte[] pdf, int from) {
        int i = skipWhitespace(pdf, from);
        int digits = i;
        while (i < pdf.length && pdf[i] >= '0' && pdf[i] <= '9') {
            i++;
        }
        if (i == digits) {
            return false;
        }
        i = skipWhitespace(pdf, i);
        return startsWith(pdf, i, EOF);
    }

    private static boolean linearized(byte[] pdf) {
        int window = Math.min(pdf.length, LINEARIZATION_DICT_WINDOW);
        for (int i = 0; i + LINEARIZED.length <= window; i++) {
            if (startsWith(pdf, i, LINEARIZED)) {
                return true;
            }
        }
        return false;
    }

    private static int skipWhitespace(byte[] pdf, int i) {
        while (i < pdf.length && (pdf[i] == ' ' || pdf[i] == '\r' || pdf[i] == '\n' || pdf[i] == '\t'
                || pdf[i] == '\f' || pdf[i] == 0)) {
            i++;
        }
        return i;
    }

    static int indexOf(byte[] haystack, byte[] needle, int from) {
        outer:
        for (int i = Math.max(0, from); i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private static boolean startsWith(byte[] pdf, int at, byte[] prefix) {
        if (at < 0 || at + prefix.length > pdf.length) {
            return false;
        }
        for (int j = 0; j < prefix.length; j++) {
            if (pdf[at + j] != prefix[j]) {
                return false;
            }
        }
        return true;
    }
}
