package dev.passbook.analysis.name;

import dev.passbook.analysis.AnalysisSettings;
import dev.passbook.core.port.NameMatcher;
import dev.passbook.core.domain.NameMatch;
import io.vavr.collection.List;

/**
 * Matches an expected name against the holder's name as printed, tolerant of titles, punctuation,
 * word order, initials, joined or split parts and Indian spelling variants.
 *
 * <p>Both names become token lists ({@link NameNormaliser}); a part of one side written as two parts
 * on the other ({@code RAJESHKUMAR} / {@code RAJESH KUMAR}) is joined. Tokens are paired one to one so
 * that the sum {@code S} of their {@link TokenSimilarity} is largest (an exhaustive search: names are
 * short). With {@code n} and {@code m} tokens the score is the mean of {@code S/min(n,m)} and
 * {@code S/max(n,m)}, in 0..100: a missing middle name costs less than a missing surname costs a
 * one-word name. Everything is integer arithmetic, so the score is exactly symmetric.
 *
 * <pre>{@code
 * new PhoneticNameMatcher(80).match("Mr. R.K. Sharma", "RAJESH KUMAR SHARMAA")  // score 88, matched
 * }</pre>
 */
public final class PhoneticNameMatcher implements NameMatcher {

    public static final int DEFAULT_THRESHOLD = 80;
    /** Tokens beyond this are ignored: no real name has more, and the pairing search is exponential. */
    static final int MAX_TOKENS = 10;

    private final int threshold;

    public PhoneticNameMatcher() {
        this(DEFAULT_THRESHOLD);
    }

    public PhoneticNameMatcher(int threshold) {
        if (threshold < 0 || threshold > 100) {
            throw new IllegalArgumentException("threshold must be 0..100: " + threshold);
        }
        this.threshold = threshold;
    }

    /** With the threshold of {@code analysis.name.threshold}. */
    public static PhoneticNameMatcher from(AnalysisSettings settings) {
        return new PhoneticNameMatcher(settings.nameMatchThreshold());
    }

    @Override
    public NameMatch match(String expectedName, String holderName) {
        int score = score(expectedName, holderName);
        return new NameMatch(expectedName == null ? "" : expectedName, holderName == null ? "" : holderName, score,
                score >= threshold);
    }

    /** 0..100; 0 when either name has no letters. */
    public static int score(String a, String b) {
        List<String> ta = NameNormaliser.tokens(a).take(MAX_TOKENS);
        List<String> tb = NameNormaliser.tokens(b).take(MAX_TOKENS);
        if (ta.isEmpty() || tb.isEmpty()) {
            return 0;
        }
        List<String> ja = joinParts(ta, tb);
        List<String> jb = joinParts(tb, ta);
        long n = ja.size();
        long m = jb.size();
        long sum = bestPairing(ja, jb);
        // mean of sum/min and sum/max, per mille -> percent, rounded half up: sum*(n+m) / (20*n*m)
        long num = sum * (n + m);
        long den = 20L * n * m;
        long score = (2 * num + den) / (2 * den);
        return (int) Math.max(0, Math.min(100, score));
    }

    /** {@code tokens} with each pair whose concatenation (either order) is a token of {@code other} joined. */
    static List<String> joinParts(List<String> tokens, List<String> other) {
        List<String> out = tokens;
        boolean joined = true;
        while (joined) {
            joined = false;
            outer:
            for (int i = 0; i < out.size(); i++) {
                for (int j = 0; j < out.size(); j++) {
                    String whole = out.get(i) + out.get(j);
                    if (i != j && !out.contains(whole) && other.contains(whole)) {
                        int lo = Math.min(i, j);
                        int hi = Math.max(i, j);
                        out = out.removeAt(hi).removeAt(lo).append(whole);
                        joined = true;
                        break outer;
                    }
                }
            }
        }
        return out;
    }

    /** The largest total similarity over one-to-one pairings (unpaired tokens count 0). */
    static long bestPairing(List<String> a, List<String> b) {
        List<String> small = a.size() <= b.size() ? a : b;
        List<String> large = a.size() <= b.size() ? b : a;
        int[][] sim = new int[small.size()][large.size()];
        for (int i = 0; i < small.size(); i++) {
            for (int j = 0; j < large.size(); j++) {
                sim[i][j] = TokenSimilarity.similarity(small.get(i), large.get(j));
            }
        }
        // dp over subsets of the larger side already paired, small side taken in order
        int width = large.size();
        long[] dp = new long[1 << width];
        java.util.Arrays.fill(dp, -1);
        dp[0] = 0;
        for (int i = 0; i < small.size(); i++) {
            long[] next = new long[1 << width];
            java.util.Arrays.fill(next, -1);
            for (int mask = 0; mask < dp.length; mask++) {
                if (dp[mask] < 0) {
                    continue;
                }
                for (int j = 0; j < width; j++) {
                    if ((mask & (1 << j)) == 0) {
                        int to = mask | (1 << j);
                        next[to] = Math.max(next[to], dp[mask] + sim[i][j]);
                    }
                }
            }
            dp = next;
        }
        long best = 0;
        for (long v : dp) {
            best = Math.max(best, v);
        }
        return best;
    }
}
