package dev.passbook.core.spi.support;

import io.vavr.Tuple;
import io.vavr.Tuple3;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import io.vavr.collection.Map;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads {@code Label : value} pairs from a line of text, as statement headers print account fields,
 * several to a line: {@code "OD Limit : 0.00 Currency : INR"}. A value runs from its label's colon to
 * the next known label (or the end). Labels are matched without case, with any spacing between their
 * words and before the colon; a label must not be glued to a preceding letter.
 *
 * <pre>{@code
 * LabelledFields.read("OD Limit : 0.00 Currency : INR", List.of("OD Limit", "Currency"))
 *     // {OD Limit=0.00, Currency=INR}
 * }</pre>
 */
public final class LabelledFields {

    private LabelledFields() {
    }

    /** Each label found in {@code text} with its value, in the order of {@code labels}' first appearance in the text. */
    public static Map<String, String> read(String text, List<String> labels) {
        if (text == null || text.isBlank()) {
            return LinkedHashMap.empty();
        }
        List<Tuple3<String, Integer, Integer>> found = List.empty();
        for (String label : labels) {
            Matcher m = pattern(label).matcher(text);
            while (m.find()) {
                found = found.append(Tuple.of(label, m.start(), m.end()));
            }
        }
        // Longer labels win over labels they contain ("Account Branch" over "Branch").
        List<Tuple3<String, Integer, Integer>> sorted = found.sortBy(t -> t._2 * 10_000L - (t._3 - t._2));
        List<Tuple3<String, Integer, Integer>> kept = List.empty();
        int end = -1;
        for (Tuple3<String, Integer, Integer> t : sorted) {
            if (t._2 >= end) {
                kept = kept.append(t);
                end = t._3;
            }
        }
        Map<String, String> out = LinkedHashMap.empty();
        for (int i = 0; i < kept.size(); i++) {
            int from = kept.get(i)._3;
            int to = i + 1 < kept.size() ? kept.get(i + 1)._2 : text.length();
            if (!out.containsKey(kept.get(i)._1)) {
                out = out.put(kept.get(i)._1, text.substring(from, to).strip());
            }
        }
        return out;
    }

    /** Compiled once per label: header blocks are read on every page, and compiling dominated a long statement's CPU. */
    private static final java.util.Map<String, Pattern> PATTERNS = new java.util.concurrent.ConcurrentHashMap<>();

    private static Pattern pattern(String label) {
        return PATTERNS.computeIfAbsent(label, l -> {
            String words = List.of(l.strip().split("\\s+")).map(Pattern::quote).mkString("\\s*");
            return Pattern.compile("(?<![\\p{L}\\p{N}])" + words + "\\s*:", Pattern.CASE_INSENSITIVE);
        });
    }
}
