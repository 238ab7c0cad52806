package dev.passbook.parsers.generic;

import dev.passbook.core.document.Line;
import dev.passbook.core.document.Word;
import io.vavr.Tuple;
import io.vavr.Tuple2;
import io.vavr.collection.List;
import io.vavr.control.Option;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads {@code Label : value} pairs from lines printed outside the table, several per line when
 * the statement prints two columns of labels ({@code IFSC : SBIN0001234  MICR : 400002001}).
 * A label counts when a colon follows it, or when it opens the line and a value follows.
 */
final class LabelledFields {

    /** A label found on {@code line}; the value is the text up to the next label, with its first word's x. */
    record Field(Label label, String value, double valueX, Line line) {
    }

    private static final List<Tuple2<Label, String>> WORDINGS = List.of(Label.values())
            .flatMap(l -> l.wordings().map(w -> Tuple.of(l, w)))
            .sortBy(t -> -t._2.length());
    private static final Pattern ANY = Pattern.compile(
            "(?i)(?<![A-Za-z0-9])(" + WORDINGS.map(t -> regex(t._2)).mkString("|") + ")(?![A-Za-z0-9])\\s*(:|-(?=\\s))?\\s*");

    private LabelledFields() {
    }

    /** Every labelled field of {@code line}, left to right. */
    static List<Field> of(Line line) {
        String text = line.text();
        List<Integer> starts = wordStarts(line);
        Matcher m = ANY.matcher(text);
        List<int[]> hits = List.empty();
        while (m.find()) {
            boolean colon = m.group(2) != null;
            boolean opensLine = m.start() == 0;
            if (colon || opensLine) {
                hits = hits.append(new int[] {m.start(), m.end(), m.start(1), m.end(1)});
            }
        }
        List<Field> out = List.empty();
        for (int i = 0; i < hits.size(); i++) {
            int[] h = hits.get(i);
            int end = i + 1 < hits.size() ? hits.get(i + 1)[0] : text.length();
            String value = text.substring(Math.min(h[1], end), end).strip();
            Option<Label> label = labelOf(text.substring(h[2], h[3]));
            if (label.isEmpty() || value.isEmpty()) {
                continue;
            }
            double x = wordAt(line, starts, h[1]).map(Word::x).getOrElse(line.left());
            out = out.append(new Field(label.get(), value, x, line));
        }
        return out;
    }

    /** The first value printed for {@code label} in {@code lines}. */
    static Option<Field> first(List<Line> lines, Label label) {
        return lines.flatMap(LabelledFields::of).find(f -> f.label() == label && !f.value().isEmpty());
    }

    private static Option<Label> labelOf(String printed) {
        String key = normalise(printed);
        return WORDINGS.find(t -> normalise(t._2).equals(key)).map(t -> t._1);
    }

    private static String normalise(String s) {
        return s.toUpperCase(java.util.Locale.ROOT).replaceAll("[.\\s]+", "");
    }

    /** A wording as a regex: any case, any spacing, optional dots after words. */
    private static String regex(String wording) {
        return List.of(wording.split("\\s+"))
                .map(w -> Pattern.quote(w) + "\\.?")
                .mkString("\\s*");
    }

    private static List<Integer> wordStarts(Line line) {
        List<Integer> out = List.empty();
        int at = 0;
        for (Word w : line.words()) {
            out = out.append(at);
            at += w.text().length() + 1;
        }
        return out;
    }

    /** The word starting at or after character {@code offset} of the line's text. */
    private static Option<Word> wordAt(Line line, List<Integer> starts, int offset) {
        for (int i = 0; i < starts.size(); i++) {
            if (starts.get(i) >= offset) {
                return Option.some(line.words().get(i));
            }
        }
        return Option.none();
    }
}
