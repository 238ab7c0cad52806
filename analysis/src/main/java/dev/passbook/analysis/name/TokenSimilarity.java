package dev.passbook.analysis.name;

import io.vavr.collection.HashSet;
import io.vavr.collection.Set;
import org.apache.commons.codec.language.DoubleMetaphone;

/**
 * How alike two name tokens are, in thousandths (integers, so that scores are exactly symmetric).
 * The best of:
 * <ul>
 *   <li>same token: 1000;</li>
 *   <li>same after {@link IndianSpelling#fold}: 950 (LAXMI / LAKSHMI, SHARMA / SHARMAA);</li>
 *   <li>an initial and a word starting with it: 850 (R / RAJESH);</li>
 *   <li>same Double Metaphone code (primary or alternate) and folded spellings at least 60 % alike
 *       by edit distance: 700 + 250 x likeness (MOHAMMED / MUHAMMAD, CHOUDHARY / CHAUDHARI); the
 *       likeness floor keeps short names whose consonants agree apart (RAM / RIMA);</li>
 *   <li>otherwise edit likeness above 50 %, stretched to 0..1 and squared (x1000): one letter in
 *       six differing gives 444, so RAJESH / RAKESH, which sound different, stay apart.</li>
 * </ul>
 * Double Metaphone because it drops non-initial vowels, which is where Indian transliterations differ
 * most (A/U/O, E/I), and gives alternates for ambiguous consonants; Beider-Morse is tuned for European
 * surnames and yields many codes per name, NYSIIS keeps vowel positions and truncates.
 */
public final class TokenSimilarity {

    public static final int SAME = 1000;
    public static final int SAME_FOLDED = 950;
    public static final int INITIAL = 850;
    static final int PHONETIC_BASE = 700;
    static final int PHONETIC_SPAN = 250;
    static final double PHONETIC_MIN_LIKENESS = 0.6;

    private static final DoubleMetaphone METAPHONE = new DoubleMetaphone();

    static {
        METAPHONE.setMaxCodeLen(8);
    }

    private TokenSimilarity() {
    }

    /** {@code a} and {@code b} are upper-case A-Z tokens from {@link NameNormaliser}. */
    public static int similarity(String a, String b) {
        if (a.equals(b)) {
            return SAME;
        }
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        if (a.length() == 1 || b.length() == 1) {
            return a.length() != b.length() && a.charAt(0) == b.charAt(0) ? INITIAL : 0;
        }
        String fa = IndianSpelling.fold(a);
        String fb = IndianSpelling.fold(b);
        if (fa.equals(fb)) {
            return SAME_FOLDED;
        }
        double likeness = likeness(fa, fb);
        double stretched = likeness > 0.5 ? (likeness - 0.5) * 2 : 0.0;
        int best = (int) Math.round(stretched * stretched * 1000);
        if (likeness >= PHONETIC_MIN_LIKENESS && soundAlike(fa, fb)) {
            best = Math.max(best, PHONETIC_BASE + (int) Math.round(PHONETIC_SPAN * likeness));
        }
        return Math.min(best, SAME_FOLDED - 1);
    }

    static boolean soundAlike(String a, String b) {
        return !codes(a).intersect(codes(b)).isEmpty();
    }

    private static Set<String> codes(String s) {
        return HashSet.of(METAPHONE.doubleMetaphone(s, false), METAPHONE.doubleMetaphone(s, true))
                .filter(c -> c != null && !c.isEmpty());
    }

    /** 1 - Levenshtein distance / longer length. */
    static double likeness(String a, String b) {
        int max = Math.max(a.length(), b.length());
        return max == 0 ? 1.0 : 1.0 - (double) levenshtein(a, b) / max;
    }

    static int levenshtein(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
