package dev.passbook.analysis.name;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * The score is a function of the two people, not of how the names were typed: symmetric, and the same
 * whatever the case, titles, punctuation between parts and order of parts.
 */
class NameMatcherProperties {

    private static final List<String> PARTS = List.of("RAJESH", "KUMAR", "SHARMA", "SHARMAA", "MOHAMMED", "MUHAMMAD",
            "ALI", "LAKSHMI", "LAXMI", "DEVI", "CHOUDHARY", "CHAUDHARI", "PRIYA", "IYER", "SURESH", "RAKESH", "SITA",
            "SEETA", "RAM", "RIMA", "ANIL", "SUNIL", "GUPTA", "R", "K", "S", "VENKATA", "SUBRAMANIAN", "SINGH", "KAUR",
            "DSOUZA", "BHATT", "BHAT", "POOJA", "PUJA", "VIJAY", "WIJAY", "RAJESHKUMAR", "SRINIVAS", "SHRINIVAS");

    @Provide
    Arbitrary<List<String>> names() {
        Arbitrary<String> part = Arbitraries.oneOf(Arbitraries.of(PARTS),
                Arbitraries.strings().withCharRange('A', 'Z').ofMinLength(2).ofMaxLength(9)
                        .filter(t -> !NameNormaliser.TITLES.contains(t) && !NameNormaliser.ABBREVIATIONS.containsKey(t)));
        return part.list().ofMinSize(1).ofMaxSize(4);
    }

    @Property(tries = 200)
    void scoreIsSymmetric(@ForAll("names") List<String> a, @ForAll("names") List<String> b) {
        String x = String.join(" ", a);
        String y = String.join(" ", b);
        assertEq(PhoneticNameMatcher.score(x, y), PhoneticNameMatcher.score(y, x), x + " / " + y);
    }

    @Property(tries = 200)
    void scoreIsBetweenZeroAndHundredAndIdenticalNamesScoreHundred(@ForAll("names") List<String> a,
                                                                   @ForAll("names") List<String> b) {
        String x = String.join(" ", a);
        int s = PhoneticNameMatcher.score(x, String.join(" ", b));
        check(s >= 0 && s <= 100, "score " + s);
        assertEq(100, PhoneticNameMatcher.score(x, x), x);
    }

    @Property(tries = 200)
    void caseDoesNotMatter(@ForAll("names") List<String> a, @ForAll("names") List<String> b, @ForAll long seed) {
        String x = String.join(" ", a);
        String y = String.join(" ", b);
        assertEq(PhoneticNameMatcher.score(x, y), PhoneticNameMatcher.score(mixCase(x, seed), y), x + " / " + y);
    }

    @Property(tries = 200)
    void titlesDoNotMatter(@ForAll("names") List<String> a, @ForAll("names") List<String> b,
                           @ForAll("titles") String title) {
        String x = String.join(" ", a);
        String y = String.join(" ", b);
        assertEq(PhoneticNameMatcher.score(x, y), PhoneticNameMatcher.score(title + " " + x, y), title + " " + x + " / " + y);
    }

    @Property(tries = 200)
    void punctuationBetweenPartsDoesNotMatter(@ForAll("names") List<String> a, @ForAll("names") List<String> b,
                                              @ForAll("separators") List<String> separators) {
        StringBuilder x = new StringBuilder();
        for (int i = 0; i < a.size(); i++) {
            x.append(a.get(i)).append(separators.get(i % separators.size()));
        }
        String plain = String.join(" ", a);
        String y = String.join(" ", b);
        assertEq(PhoneticNameMatcher.score(plain, y), PhoneticNameMatcher.score(x.toString(), y), x + " / " + y);
    }

    @Property(tries = 200)
    void wordOrderDoesNotMatter(@ForAll("names") List<String> a, @ForAll("names") List<String> b, @ForAll long seed) {
        List<String> shuffled = new ArrayList<>(a);
        Collections.shuffle(shuffled, new Random(seed));
        String y = String.join(" ", b);
        assertEq(PhoneticNameMatcher.score(String.join(" ", a), y),
                PhoneticNameMatcher.score(String.join(" ", shuffled), y), a + " / " + shuffled + " / " + y);
    }

    /** Names spelt from disjoint consonant sets (and no shared vowel-initial part) share nothing. */
    @Property(tries = 200)
    void unrelatedNamesScoreLow(@ForAll("unrelatedLeft") List<String> a, @ForAll("unrelatedRight") List<String> b) {
        int s = PhoneticNameMatcher.score(String.join(" ", a), String.join(" ", b));
        check(s < 30, a + " / " + b + " scored " + s);
    }

    @Provide
    Arbitrary<List<String>> unrelatedLeft() {
        return syllables("BDF", "AE");
    }

    @Provide
    Arbitrary<List<String>> unrelatedRight() {
        return syllables("LMNR", "OU");
    }

    private static Arbitrary<List<String>> syllables(String consonants, String vowels) {
        Arbitrary<String> syllable = Combinators.combine(
                Arbitraries.of(consonants.chars().mapToObj(c -> String.valueOf((char) c)).toList()),
                Arbitraries.of(vowels.chars().mapToObj(c -> String.valueOf((char) c)).toList())).as(String::concat);
        return syllable.list().ofMinSize(2).ofMaxSize(4).map(l -> String.join("", l)).list().ofMinSize(1).ofMaxSize(3);
    }

    @Provide
    Arbitrary<String> titles() {
        return Arbitraries.of("MR", "Mr.", "MRS", "Ms", "MISS", "DR.", "Shri", "SMT.", "Kumari", "M/S", "Sri");
    }

    @Provide
    Arbitrary<List<String>> separators() {
        return Arbitraries.of(" ", ", ", ". ", ".", "  ", " - ", ",").list().ofMinSize(1).ofMaxSize(4);
    }

    private static String mixCase(String s, long seed) {
        Random r = new Random(seed);
        StringBuilder out = new StringBuilder();
        for (char c : s.toCharArray()) {
            out.append(r.nextBoolean() ? Character.toLowerCase(c) : c);
        }
        return out.toString().toLowerCase(Locale.ROOT).equals(out.toString()) ? out.toString() : out.toString();
    }

    private static void assertEq(int expected, int actual, String what) {
        check(expected == actual, what + ": " + expected + " != " + actual);
    }

    private static void check(boolean condition, String message) {
        if (!condition) {
            throw new AssertionError(message);
        }
    }

    @Property(tries = 50)
    void initialsOfTheGivenNamesStillMatch(@ForAll("givenNames") List<String> given, @ForAll @IntRange(min = 0, max = 1) int unused) {
        String surname = "SHARMA";
        StringBuilder initials = new StringBuilder();
        for (String g : given) {
            initials.append(g.charAt(0)).append(". ");
        }
        int s = PhoneticNameMatcher.score(initials + surname, String.join(" ", given) + " " + surname);
        check(s >= 80, initials + surname + " scored " + s);
    }

    @Provide
    Arbitrary<List<String>> givenNames() {
        return Arbitraries.of("RAJESH", "KUMAR", "PRIYA", "ANIL", "VENKATA", "LAKSHMI").list().ofMinSize(1).ofMaxSize(3);
    }
}
