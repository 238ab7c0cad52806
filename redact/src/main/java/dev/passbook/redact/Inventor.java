package dev.passbook.redact;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Invents text of the same shape as the original: letters for letters (vowels for vowels, so words stay
 * pronounceable), digits for digits (leading zeros kept, a leading non-zero digit stays non-zero), case
 * as printed. The same original run always becomes the same invented run (compared in upper case), and
 * never itself or a word of the vocabulary. Not thread-safe: one per redaction.
 */
final class Inventor {

    private static final String VOWELS = "AEIOU";
    private static final String CONSONANTS = "BCDFGHJKLMNPRSTVWYZ";

    private final Random random;
    private final Vocabulary vocabulary;
    private final Map<String, String> letters = new HashMap<>();
    private final Map<String, String> digits = new HashMap<>();
    private final Set<String> used = new HashSet<>();
    private final Set<String> avoid;

    /** @param avoid runs never to invent: every run the original prints (upper case) */
    Inventor(Random random, Vocabulary vocabulary, Set<String> avoid) {
        this.random = random;
        this.vocabulary = vocabulary;
        this.avoid = avoid;
    }

    /** A letter run (any script) replaced by Latin letters of the same length and case pattern. */
    String letters(String run) {
        String key = run.toUpperCase(Locale.ROOT);
        String invented = letters.computeIfAbsent(key, k -> {
            for (int attempt = 0; ; attempt++) {
                StringBuilder b = new StringBuilder(k.length());
                for (int i = 0; i < k.length(); i++) {
                    char c = k.charAt(i);
                    String pool = VOWELS.indexOf(c) >= 0 ? VOWELS : CONSONANTS;
                    b.append(pool.charAt(random.nextInt(pool.length())));
                }
                String candidate = b.toString();
                if ((!avoid.contains(candidate) && !vocabulary.keeps(candidate) && used.add(candidate)) || attempt > 50) {
                    return candidate;
                }
            }
        });
        StringBuilder out = new StringBuilder(run.length());
        for (int i = 0; i < run.length(); i++) {
            char c = invented.charAt(i);
            out.append(Character.isLowerCase(run.charAt(i)) ? Character.toLowerCase(c) : c);
        }
        return out.toString();
    }

    /** A digit run replaced by other digits of the same length. */
    String digits(String run) {
        return digits.computeIfAbsent(run, k -> {
            for (int attempt = 0; ; attempt++) {
                String candidate = scramble(k);
                if ((!candidate.equals(k) && !avoid.contains(candidate) && used.add("#" + candidate)) || attempt > 50) {
                    return candidate;
                }
            }
        });
    }

    /** Every digit replaced, the rest kept; not remembered (amounts are scrambled one printed form at a time). */
    String scramble(String text) {
        StringBuilder b = new StringBuilder(text.length());
        boolean leading = true;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                if (leading && c == '0') {
                    b.append('0');
                } else {
                    b.append((char) ('0' + (leading ? 1 + random.nextInt(9) : random.nextInt(10))));
                    leading = false;
                }
            } else {
                b.append(c);
                if (c != ',' ) {
                    leading = c != '.' && leading;
                }
            }
        }
        return b.toString();
    }

    /** Decides, for the run at {@code index} of a word cut into {@link Runs#pieces}, whether it is printed as it is. */
    interface Keep {
        boolean test(List<String> pieces, int index);
    }

    /** A word's letter and digit runs replaced, except those {@code keep} accepts; punctuation kept. */
    String word(String text, Keep keep) {
        List<String> pieces = Runs.pieces(text);
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < pieces.size(); i++) {
            String run = pieces.get(i);
            char c = run.charAt(0);
            if (Character.isLetter(c)) {
                out.append(keep.test(pieces, i) ? run : letters(run));
            } else if (Character.isDigit(c)) {
                out.append(keep.test(pieces, i) ? run : digits(asciiDigits(run)));
            } else {
                out.append(run);
            }
        }
        return out.toString();
    }

    private static String asciiDigits(String run) {
        StringBuilder b = new StringBuilder(run.length());
        run.codePoints().forEach(cp -> b.append((char) ('0' + Character.digit(cp, 10))));
        return b.toString();
    }

    int inventedRuns() {
        return letters.size() + digits.size();
    }
}
