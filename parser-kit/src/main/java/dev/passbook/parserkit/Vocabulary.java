package dev.passbook.parserkit;

import io.vavr.collection.HashMap;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.control.Option;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The header wording of statement tables: which phrase names which {@link Role}. The built-in
 * vocabulary is the data file {@code header-vocabulary.tsv} next to this class; a plugin may extend
 * it with {@link #with}.
 *
 * <pre>{@code
 * Vocabulary.builtIn().roleOf("Withdrawal Amt (INR)");   // Some(DEBIT)
 * }</pre>
 */
public final class Vocabulary {

    /** A currency note in parentheses, or a trailing currency word: {@code (INR )}, {@code (Rs.)}, {@code ₹}, {@code INR}. */
    private static final java.util.regex.Pattern CURRENCY_NOTE = java.util.regex.Pattern.compile(
            "(?i)\\(\\s*(inr|rs\\.?|₹)\\s*\\)|(?<![a-z])(inr|rs\\.|₹)\\s*$");

    // after CURRENCY_NOTE: loading keys the phrases
    private static final Vocabulary BUILT_IN = load("header-vocabulary.tsv");

    private final Map<String, Role> phrases;
    private final io.vavr.collection.Set<String> prefixes;

    private Vocabulary(Map<String, Role> phrases) {
        this.phrases = phrases;
        this.prefixes = phrases.keySet().flatMap(p -> List.range(1, p.length() + 1).map(i -> p.substring(0, i)));
    }

    public static Vocabulary builtIn() {
        return BUILT_IN;
    }

    /** This vocabulary plus {@code phrase} naming {@code role}. */
    public Vocabulary with(Role role, String phrase) {
        return new Vocabulary(phrases.put(key(phrase), role));
    }

    /** The role {@code text} names as a whole, if any. */
    public Option<Role> roleOf(String text) {
        return phrases.get(key(text));
    }

    /** Whether {@code squeezed} (already {@link #key}ed) starts some phrase. */
    boolean startsAPhrase(String squeezed) {
        return !squeezed.isEmpty() && prefixes.contains(squeezed);
    }

    Option<Role> roleOfKey(String squeezed) {
        return phrases.get(squeezed);
    }

    /**
     * How phrases and header text are compared: letters and digits only, lower case, with a currency
     * note ({@code (INR )}, {@code (Rs.)}, a trailing {@code INR} or {@code ₹}) dropped.
     */
    public static String key(String text) {
        String t = mayHoldCurrencyNote(text) ? CURRENCY_NOTE.matcher(text).replaceAll(" ") : text;
        StringBuilder sb = new StringBuilder(t.length());
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                sb.append(Character.toLowerCase(c));
            }
        }
        return sb.toString();
    }

    /** Cheap test before the regular expression: a note needs a parenthesis, the rupee sign, or a trailing INR / Rs. */
    private static boolean mayHoldCurrencyNote(String text) {
        if (text.indexOf('(') >= 0 || text.indexOf('₹') >= 0) {
            return true;
        }
        String t = text.stripTrailing().toLowerCase(Locale.ROOT);
        return t.endsWith("inr") || t.endsWith("rs.");
    }

    private static Vocabulary load(String resource) {
        try (InputStream in = Vocabulary.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            Map<String, Role> map = HashMap.empty();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] parts = line.split("\t", 2);
                map = map.put(key(parts[1]), Role.valueOf(parts[0].strip().toUpperCase(Locale.ROOT)));
            }
            return new Vocabulary(map);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
