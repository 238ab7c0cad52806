package dev.passbook.redact;

import java.util.ArrayList;
import java.util.List;

/** A text cut into maximal letter runs, maximal digit runs, and single other characters, in order. */
final class Runs {

    private Runs() {
    }

    static List<String> pieces(String text) {
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            int j = i + 1;
            if (Character.isLetter(c)) {
                while (j < text.length() && Character.isLetter(text.charAt(j))) {
                    j++;
                }
            } else if (Character.isDigit(c)) {
                while (j < text.length() && Character.isDigit(text.charAt(j))) {
                    j++;
                }
            }
            out.add(text.substring(i, j));
            i = j;
        }
        return out;
    }
}
