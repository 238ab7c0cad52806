package dev.passbook.analysis;

import io.vavr.collection.List;
import io.vavr.control.Option;

import java.util.Locale;

/**
 * Compares producer/creator strings with configured fragments by whole words, after folding case,
 * dropping ®/™/© and turning punctuation into spaces: {@code Microsoft® Word for Microsoft 365}
 * contains {@code microsoft word}, {@code www.ilovepdf.com} contains {@code ilovepdf},
 * {@code Skia/PDF m120} contains {@code skia/pdf}; but {@code PDFlib} does not contain {@code pdf-lib}
 * and {@code Canvas} does not contain {@code canva}.
 */
public final class GeneratorNames {

    private GeneratorNames() {
    }

    public static String normalise(String text) {
        String s = text.toLowerCase(Locale.ROOT).replaceAll("[®™©]", "");
        return s.replaceAll("[^\\p{L}\\p{N}-]+", " ").strip();
    }

    public static boolean contains(String generator, String fragment) {
        String f = normalise(fragment);
        return !f.isEmpty() && (" " + normalise(generator) + " ").contains(" " + f + " ");
    }

    /** The first fragment {@code generator} contains, if any. */
    public static Option<String> firstMatch(String generator, List<String> fragments) {
        return fragments.find(f -> contains(generator, f));
    }
}
