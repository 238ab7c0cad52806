package dev.passbook.core.application;

import dev.passbook.core.port.NameMatcher;
import dev.passbook.core.domain.NameMatch;
import io.vavr.collection.HashSet;
import io.vavr.collection.List;
import io.vavr.collection.Set;

import java.util.Locale;

/**
 * Normalising token matcher: upper-case, punctuation removed, honorifics (MR, MRS, MS, DR, SHRI,
 * SMT, KUM, M/S) dropped; score = Dice coefficient of the token sets ×100, so word order does not
 * matter; matched at {@value #THRESHOLD} or more. A fuzzier matcher comes later (issue 9).
 */
public final class SimpleNameMatcher implements NameMatcher {

    public static final int THRESHOLD = 80;
    private static final Set<String> HONORIFICS = HashSet.of("MR", "MRS", "MS", "MISS", "DR", "SHRI", "SMT", "KUM", "MS/", "M/S");

    @Override
    public NameMatch match(String expectedName, String holderName) {
        List<String> a = tokens(expectedName);
        List<String> b = tokens(holderName);
        int score;
        if (a.isEmpty() || b.isEmpty()) {
            score = 0;
        } else {
            Set<String> sa = HashSet.ofAll(a);
            Set<String> sb = HashSet.ofAll(b);
            score = (int) Math.round(200.0 * sa.intersect(sb).size() / (sa.size() + sb.size()));
        }
        return new NameMatch(expectedName, holderName, score, score >= THRESHOLD);
    }

    static List<String> tokens(String name) {
        String upper = name.toUpperCase(Locale.ROOT).replace("M/S", " ");
        return List.of(upper.split("[^\\p{L}\\p{N}]+")).filter(t -> !t.isEmpty()).filter(t -> !HONORIFICS.contains(t));
    }
}
