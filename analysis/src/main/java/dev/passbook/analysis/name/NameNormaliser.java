package dev.passbook.analysis.name;

import io.vavr.collection.HashMap;
import io.vavr.collection.HashSet;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.Set;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Turns a printed name into comparable tokens: accents and case folded, a relation suffix
 * ({@code S/O}, {@code D/O}, {@code W/O}, {@code C/O} and what follows) cut, {@code M/S} and titles
 * dropped, apostrophes removed ({@code D'SOUZA} = {@code DSOUZA}), any other punctuation or digit a
 * separator ({@code R.K.SHARMA} = {@code R K SHARMA}), common abbreviations expanded
 * ({@code MD}/{@code MOHD} = {@code MOHAMMED}, {@code KR} = {@code KUMAR}).
 */
public final class NameNormaliser {

    /** Honorifics printed before Indian names; dropped wherever they appear. */
    public static final Set<String> TITLES = HashSet.of("MR", "MRS", "MS", "MISS", "MASTER", "MSTR", "DR", "SHRI",
            "SHREE", "SRI", "SMT", "SHRIMATI", "SHRIMAN", "KUMARI", "KUM", "MX", "PROF", "SIR", "MADAM", "LATE",
            "MESSRS");

    /** Abbreviations banks print for common name parts. */
    public static final Map<String, String> ABBREVIATIONS = HashMap.of("MD", "MOHAMMED", "MOHD", "MOHAMMED",
            "MHD", "MOHAMMED", "KR", "KUMAR");

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern RELATION = Pattern.compile("\\b[SDWC]\\s*/\\s*O\\b.*$");
    private static final Pattern MESSRS = Pattern.compile("\\bM\\s*/\\s*S\\b");
    private static final Pattern APOSTROPHE = Pattern.compile("['’‘`]");
    private static final Pattern SEPARATOR = Pattern.compile("[^A-Z]+");

    private NameNormaliser() {
    }

    public static List<String> tokens(String name) {
        if (name == null) {
            return List.empty();
        }
        String s = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll("");
        s = s.toUpperCase(Locale.ROOT);
        String withoutRelation = RELATION.matcher(s).replaceFirst("");
        if (!withoutRelation.isBlank()) {
            s = withoutRelation;
        }
        s = MESSRS.matcher(s).replaceAll(" ");
        s = APOSTROPHE.matcher(s).replaceAll("");
        List<String> raw = List.of(SEPARATOR.split(s)).filter(t -> !t.isEmpty());
        List<String> named = raw.filter(t -> !TITLES.contains(t));
        // a "name" made only of titles is still something to compare
        return (named.isEmpty() ? raw : named).map(t -> ABBREVIATIONS.get(t).getOrElse(t));
    }
}
