package dev.passbook.redact;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The words that survive redaction: this module's {@code vocabulary.txt} (bank names and codes, labels,
 * narration keywords, months, the small words of statement prose) and every word of parser-kit's table
 * header phrases. Compared in upper case; a word also survives when it is written with punctuation the
 * list spells without ({@code A/c}, {@code Cr.}).
 */
final class Vocabulary {

    private static final String OWN = "/dev/passbook/redact/vocabulary.txt";
    private static final String HEADERS = "/dev/passbook/parserkit/header-vocabulary.tsv";

    private final Set<String> words;

    private Vocabulary(Set<String> words) {
        this.words = Set.copyOf(words);
    }

    static Vocabulary standard() {
        Set<String> words = new HashSet<>();
        read(OWN, line -> {
            for (String w : line.split("\\s+")) {
                if (!w.isBlank()) {
                    words.add(w.toUpperCase(Locale.ROOT));
                }
            }
        });
        read(HEADERS, line -> {
            int tab = line.indexOf('\t');
            String phrase = tab < 0 ? line : line.substring(tab + 1);
            for (String w : phrase.split("[^\\p{L}\\p{N}]+")) {
                if (!w.isBlank()) {
                    words.add(w.toUpperCase(Locale.ROOT));
                }
            }
        });
        return new Vocabulary(words);
    }


    /** A word or a letter run that may be printed as it is. */
    boolean keeps(String word) {
        String upper = word.toUpperCase(Locale.ROOT);
        return words.contains(upper) || words.contains(upper.replaceAll("[^\\p{L}\\p{N}]", ""));
    }

    private static void read(String resource, java.util.function.Consumer<String> line) {
        try (InputStream in = Vocabulary.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String l = r.readLine(); l != null; l = r.readLine()) {
                if (!l.isBlank() && !l.startsWith("#")) {
                    line.accept(l.strip());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
