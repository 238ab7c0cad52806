package dev.passbook.core.spi.support.table;

import dev.passbook.core.document.Line;
import dev.passbook.core.document.Page;
import dev.passbook.core.document.Word;
import io.vavr.collection.HashMap;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.control.Option;

/**
 * The columns of a statement table, found from the positions of the header words.
 *
 * <p>The header line is the first line whose words spell, left to right, the header texts of every
 * required {@link ColumnSpec} (words may be split or merged differently from the spec: matching is on
 * the characters, case and whitespace ignored). Header words no spec claims become {@link Column#UNKNOWN}
 * columns so their cells do not leak into a neighbour.
 *
 * <p>Boundaries come from alignment, because a cell lines up with its header on the aligned side:
 * the boundary before a left-aligned column is just left of its header, the boundary after a
 * right-aligned column just right of its header, otherwise half-way between the two headers. The
 * first column reaches to the left page edge, the last to the right one. A word belongs to the
 * column its x-extent overlaps most.
 *
 * <pre>{@code
 * List<ColumnSpec> specs = List.of(ColumnSpec.of("date", Alignment.LEFT, "Date"),
 *         ColumnSpec.of("narration", Alignment.LEFT, "Narration"),
 *         ColumnSpec.of("balance", Alignment.RIGHT, "Closing Balance"));
 * Option<ColumnLayout.Header> header = ColumnLayout.find(page, specs);
 * Cells cells = header.get().layout().cells(page.number(), someLine);
 * String when = cells.text("date");
 * }</pre>
 */
public record ColumnLayout(List<Column> columns) {

    /** Slack between a header's aligned edge and the boundary, for side bearings of bold vs regular glyphs. */
    static final double EDGE_SLACK = 1.0;

    /** The header line found on a page: its index in {@link Page#lines()}, the line, and the layout it gives. */
    public record Header(int lineIndex, Line line, ColumnLayout layout) {
    }

    private record Claim(ColumnSpec spec, double left, double right, int words, int chars) {
    }

    /** The first line of {@code page} that is a header line for {@code specs}. */
    public static Option<Header> find(Page page, List<ColumnSpec> specs) {
        int i = 0;
        for (Line line : page.lines()) {
            Option<ColumnLayout> layout = fromHeader(line, specs);
            if (layout.isDefined()) {
                return Option.some(new Header(i, line, layout.get()));
            }
            i++;
        }
        return Option.none();
    }

    /** The layout {@code line} announces, when it holds the header of every required spec. */
    public static Option<ColumnLayout> fromHeader(Line line, List<ColumnSpec> specs) {
        List<Word> words = line.words().filter(w -> !ColumnSpec.squeeze(w.text()).isEmpty())
                .filter(w -> Double.isFinite(w.x()) && Double.isFinite(w.width()));
        List<Claim> claims = List.empty();
        List<ColumnSpec> open = specs;
        int i = 0;
        while (i < words.size()) {
            Option<Claim> best = Option.none();
            for (ColumnSpec spec : open) {
                for (String header : spec.headers()) {
                    Option<Claim> c = claim(words, i, spec, ColumnSpec.squeeze(header));
                    if (c.isDefined() && (best.isEmpty() || c.get().chars() > best.get().chars())) {
                        best = c;
                    }
                }
            }
            if (best.isDefined()) {
                Claim c = best.get();
                claims = claims.append(c);
                open = open.remove(c.spec());
                i += c.words();
            } else {
                Word w = words.get(i);
                Claim last = claims.lastOption().getOrNull();
                if (last != null && last.spec().name().equals(Column.UNKNOWN)) {
                    claims = claims.init().append(new Claim(last.spec(), last.left(), Math.max(last.right(), w.right()),
                            last.words() + 1, last.chars()));
                } else {
                    claims = claims.append(new Claim(new ColumnSpec(Column.UNKNOWN, List.of(Column.UNKNOWN), Alignment.CENTRE,
                            true), w.x(), w.right(), 1, 0));
                }
                i++;
            }
        }
        if (open.exists(s -> !s.optional()) || claims.forAll(c -> c.spec().name().equals(Column.UNKNOWN))) {
            return Option.none();
        }
        return Option.some(new ColumnLayout(boundaries(claims)));
    }

    /** The words from {@code start} that together spell {@code target}, if they do. */
    private static Option<Claim> claim(List<Word> words, int start, ColumnSpec spec, String target) {
        StringBuilder acc = new StringBuilder();
        for (int j = start; j < words.size(); j++) {
            acc.append(ColumnSpec.squeeze(words.get(j).text()));
            String sofar = acc.toString();
            if (sofar.equals(target)) {
                return Option.some(new Claim(spec, words.get(start).x(), words.get(j).right(), j - start + 1, target.length()));
            }
            if (!target.startsWith(sofar)) {
                return Option.none();
            }
        }
        return Option.none();
    }

    private static List<Column> boundaries(List<Claim> claims) {
        List<Column> out = List.empty();
        double left = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < claims.size(); i++) {
            Claim cur = claims.get(i);
            double right = Double.POSITIVE_INFINITY;
            if (i + 1 < claims.size()) {
                Claim next = claims.get(i + 1);
                boolean nextLeft = next.spec().alignment() == Alignment.LEFT;
                boolean curRight = cur.spec().alignment() == Alignment.RIGHT;
                if (nextLeft && curRight) {
                    right = (cur.right() + next.left()) / 2;
                } else if (nextLeft) {
                    right = next.left() - EDGE_SLACK;
                } else if (curRight) {
                    right = cur.right() + EDGE_SLACK;
                } else {
                    right = (cur.right() + next.left()) / 2;
                }
            }
            out = out.append(new Column(cur.spec().name(), left, right, cur.spec().alignment()));
            left = right;
        }
        return out;
    }

    /** The named column, if the header had it. */
    public Option<Column> column(String name) {
        return columns.find(c -> c.name().equals(name));
    }

    /** The column {@code word} overlaps most (the one holding its centre when it has no width). */
    public Column columnOf(Word word) {
        double x0 = word.x();
        double x1 = word.right();
        Column best = columns.find(c -> c.contains(word.centerX())).getOrElse(columns.head());
        double bestOverlap = best.overlap(x0, x1);
        for (Column c : columns) {
            double o = c.overlap(x0, x1);
            if (o > bestOverlap) {
                best = c;
                bestOverlap = o;
            }
        }
        return best;
    }

    /** The words of {@code line} sorted into this layout's columns. */
    public Cells cells(int page, Line line) {
        Map<String, List<Word>> byColumn = HashMap.empty();
        for (Word w : line.words()) {
            if (!Double.isFinite(w.x()) || !Double.isFinite(w.width())) {
                continue;
            }
            String name = columnOf(w).name();
            byColumn = byColumn.put(name, byColumn.get(name).getOrElse(List.empty()).append(w));
        }
        return new Cells(page, line.y(), byColumn);
    }
}
