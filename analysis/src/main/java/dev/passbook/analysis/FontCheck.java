package dev.passbook.analysis;

import dev.passbook.core.spi.support.DateShape;
import dev.passbook.core.domain.Evidence;
import dev.passbook.core.document.Document;
import dev.passbook.core.document.Line;
import dev.passbook.core.document.Word;
import dev.passbook.core.spi.support.Amounts;
import dev.passbook.core.spi.support.StatementDates;
import io.vavr.Tuple2;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.Set;
import io.vavr.collection.HashSet;

import java.util.function.ToDoubleFunction;
import java.util.regex.Pattern;

/**
 * {@code font_mismatch}: a generator sets every amount of a column in one font and size; a figure
 * typed over by an editor usually is not. Amounts are the words {@code Amounts.isAmount} accepts
 * that carry paisa ({@code 1,234.50}, so dates, counts and references are left out) on a
 * transaction row (within half a line of a date on the same page, and not a labelled value after a colon:
 * summary and header blocks, which may use another font, are left out). Columns are found across the whole document (see
 * {@link #columns}). In a column of at least {@code font.min-column} amounts whose most common style covers
 * more than half, every amount in another font, or a size further than {@code font.size-tolerance}
 * from it, is a signal. Subset prefixes ({@code ABCDEF+Arial}) are ignored.
 */
public final class FontCheck {

    /** Points two edges may differ and still be one column; columns sit tens of points apart. */
    static final double ALIGN = 6.0;

    private static final Pattern PAISA = Pattern.compile(".*[0-9]\\.[0-9]{2}\\b.*");
    private static final Pattern SUBSET = Pattern.compile("^[A-Z]{6}\\+");

    private FontCheck() {
    }

    /** An amount word, the page it is on, and its font without the subset prefix. */
    record Amount(int page, Word word, String font) {
        static Amount of(int page, Word word) {
            String f = word.font();
            return new Amount(page, word, f.length() > 7 && f.charAt(6) == '+' && SUBSET.matcher(f).find()
                    ? f.substring(7) : f);
        }
    }

    public static List<Evidence> check(AnalysisInput in) {
        List<Amount> amounts = amounts(in.document());
        double sizeTolerance = in.settings().fontSizeTolerance();
        int minColumn = in.settings().fontMinColumn();
        List<List<Amount>> columns = columns(amounts, minColumn);
        Set<Amount> seen = HashSet.empty();
        List<Evidence> out = List.empty();
        for (List<Amount> column : columns.filter(c -> c.size() >= minColumn)) {
            Map<String, List<Amount>> byStyle = column.groupBy(a -> a.font() + "|" + Math.round(a.word().size() * 10));
            Tuple2<String, List<Amount>> mode = byStyle.maxBy(e -> e._2.size()).get();
            if (mode._2.size() * 2 <= column.size()) {
                continue; // no house style to deviate from
            }
            Amount typical = mode._2.head();
            for (Amount a : column) {
                boolean otherFont = !a.font().equals(typical.font());
                boolean otherSize = Math.abs(a.word().size() - typical.word().size()) > sizeTolerance;
                if ((otherFont || otherSize) && !seen.contains(a)) {
                    seen = seen.add(a);
                    out = out.append(Evidence.onPage(a.page(),
                            "amount " + a.word().text() + " (column at x " + PageSize.format(typical.word().x())
                                    + ".." + PageSize.format(typical.word().right()) + ")",
                            style(typical), style(a)));
                }
            }
        }
        return out.sortBy(e -> e.page().getOrElse(0));
    }

    private static String style(Amount a) {
        return a.font() + " " + PageSize.format(a.word().size()) + " pt";
    }

    static List<Amount> amounts(Document document) {
        return document.pages().flatMap(page -> {
            List<Double> dateBaselines = page.lines().flatMap(FontCheck::dateBaselines);
            return page.lines().flatMap(FontCheck::cells)
                    .filter(w -> Amounts.isAmount(w.text()) && PAISA.matcher(w.text()).matches()
                            && dateBaselines.exists(y -> Math.abs(y - w.y()) <= Math.max(2.0, 0.6 * w.size())))
                    .map(w -> Amount.of(page.number(), w));
        });
    }

    /**
     * The words of a line that may be table cells: a labelled value ({@code Expected AMB : 5000.00}, the
     * word after a colon) is a field of the header block, which may share a line with a date
     * ({@code A/C Open Date : 15/07/2020}) and be set in the block's own font.
     */
    private static List<Word> cells(Line line) {
        java.util.List<Word> out = new java.util.ArrayList<>();
        Word previous = null;
        for (Word w : line.words()) {
            if (previous == null || !previous.text().endsWith(":")) {
                out.add(w);
            }
            previous = w;
        }
        return List.ofAll(out);
    }

    /** Baselines of the dates on a line: one word ({@code 05/03/24}) or three ({@code 5 Mar 2024}). */
    private static List<Double> dateBaselines(Line line) {
        List<Double> single = line.words().filter(w -> DateShape.looksLikeDate(w.text())
                && StatementDates.isDate(w.text())).map(Word::y);
        // every three words in a row (a java list: a vavr List's get walks it)
        java.util.List<Word> words = line.words().toJavaList();
        java.util.List<Double> spaced = new java.util.ArrayList<>();
        for (int i = 0; i + 3 <= words.size(); i++) {
            Word day = words.get(i);
            Word year = words.get(i + 2);
            if (day.text().length() <= 2 && year.text().length() == 4
                    && StatementDates.isDate(day.text() + " " + words.get(i + 1).text() + " " + year.text())) {
                spaced.add(day.y());
            }
        }
        return single.appendAll(spaced);
    }

    /**
     * Right-aligned columns first (right edges within {@link #ALIGN}); then every amount outside them
     * that overlaps exactly one column's extent joins it (a replacement typed at the old left edge in
     * a wider font no longer lines up on the right); the rest are grouped by left edge, for
     * left-aligned layouts. Left edges are only used for the rest so that two right-aligned columns
     * whose ragged left edges happen to chain are never judged together.
     */
    static List<List<Amount>> columns(List<Amount> amounts, int minColumn) {
        List<List<Amount>> byRight = byEdge(amounts, a -> a.word().right()).filter(c -> c.size() >= minColumn);
        Set<Amount> claimed = HashSet.ofAll(byRight.flatMap(c -> c));
        List<Amount> rest = amounts.filter(a -> !claimed.contains(a));
        List<List<Amount>> grown = byRight.map(c -> c.appendAll(rest.filter(a -> overlapsOnly(a, c, byRight))));
        Set<Amount> joined = HashSet.ofAll(grown.flatMap(c -> c));
        return grown.appendAll(byEdge(amounts.filter(a -> !joined.contains(a)), a -> a.word().x()));
    }

    private static boolean overlapsOnly(Amount a, List<Amount> column, List<List<Amount>> columns) {
        return overlaps(a, column) && columns.count(c -> overlaps(a, c)) == 1;
    }

    private static boolean overlaps(Amount a, List<Amount> column) {
        double left = column.map(c -> c.word().x()).min().get();
        double right = column.map(c -> c.word().right()).max().get();
        return a.word().x() < right && a.word().right() > left;
    }

    /** Groups amounts whose edge lies within {@link #ALIGN} of the previous one's, edges sorted. */
    static List<List<Amount>> byEdge(List<Amount> amounts, ToDoubleFunction<Amount> edge) {
        // java lists while building: appending to a vavr List copies it, quadratic over a long statement
        java.util.List<List<Amount>> out = new java.util.ArrayList<>();
        java.util.List<Amount> current = new java.util.ArrayList<>();
        double last = Double.NEGATIVE_INFINITY;
        for (Amount a : amounts.sortBy(edge::applyAsDouble)) {
            double e = edge.applyAsDouble(a);
            if (!current.isEmpty() && e - last > ALIGN) {
                out.add(List.ofAll(current));
                current = new java.util.ArrayList<>();
            }
            current.add(a);
            last = e;
        }
        if (!current.isEmpty()) {
            out.add(List.ofAll(current));
        }
        return List.ofAll(out);
    }
}
