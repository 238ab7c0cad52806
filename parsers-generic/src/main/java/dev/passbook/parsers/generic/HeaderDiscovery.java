package dev.passbook.parsers.generic;

import dev.passbook.core.document.Document;
import dev.passbook.core.document.Line;
import dev.passbook.core.document.Page;
import dev.passbook.core.document.Word;
import dev.passbook.core.spi.support.Amounts;
import dev.passbook.core.spi.support.StatementDates;
import dev.passbook.core.spi.support.table.Alignment;
import dev.passbook.core.spi.support.table.ColumnSpec;
import io.vavr.collection.List;
import io.vavr.collection.Set;
import io.vavr.control.Option;

/**
 * Finds the transaction table's column header in a statement of unknown layout: a line (or two
 * lines, when headers wrap: {@code Value / Date}, {@code Withdrawal / Amount (INR )}) whose word
 * groups the {@link HeaderVocabulary} reads as at least a date, a narration and an amount column.
 *
 * <p>The result is turned into {@link ColumnSpec}s that carry the exact printed texts of the header's
 * first line, so core's table machinery finds the same header again on later pages and derives the
 * column x-ranges from it.
 */
final class HeaderDiscovery {

    /** One column header: its role, the text on the header's first line, the whole text, its x-extent. */
    record HeaderCell(Option<ColumnRole> role, String firstLine, String text, double left, double right) {
    }

    /** The header found on {@code page}: its first line, the wrapped second line if any, the cells. */
    record Header(int page, int lineIndex, Line line, Option<Line> second, List<HeaderCell> cells) {

        Set<ColumnRole> roles() {
            return cells.flatMap(HeaderCell::role).toSet();
        }

        /** Specs for core's table reader: one per recognised cell, named by role, all required. */
        List<ColumnSpec> specs() {
            return cells.filter(c -> c.role().isDefined() && !c.firstLine().isBlank())
                    .distinctBy(c -> c.role().get())
                    .map(c -> ColumnSpec.of(c.role().get().name(), alignment(c.role().get()), c.firstLine()));
        }
    }

    /** Words further apart than this many font sizes start a new header cell. */
    private static final double CELL_GAP_EMS = 0.6;
    /** A wrapped header's second line sits within this many font sizes below the first. */
    private static final double SECOND_LINE_EMS = 2.0;

    private HeaderDiscovery() {
    }

    /** The first table header of the document, scanning pages in order. */
    static Option<Header> find(Document document) {
        for (Page page : document.pages()) {
            List<Line> lines = page.lines();
            for (int i = 0; i < lines.size(); i++) {
                Option<Header> h = at(page.number(), lines, i);
                if (h.isDefined()) {
                    return h;
                }
            }
        }
        return Option.none();
    }

    private static Option<Header> at(int page, List<Line> lines, int i) {
        Line line = lines.get(i);
        if (line.words().size() < 3 || line.words().exists(w -> looksLikeData(w.text()))) {
            return Option.none();
        }
        List<HeaderCell> single = cells(line.words()).map(ws -> cell(ws, ws));
        Option<Header> one = Option.some(new Header(page, i, line, Option.none(), single)).filter(HeaderDiscovery::acceptable);
        if (i + 1 < lines.size() && isSecondLine(line, lines.get(i + 1))) {
            Line next = lines.get(i + 1);
            Option<Header> two = Option.some(new Header(page, i, line, Option.some(next), merged(line, next)))
                    .filter(HeaderDiscovery::acceptable);
            if (two.isDefined() && (one.isEmpty() || two.get().roles().size() > one.get().roles().size())) {
                return two;
            }
        }
        return one;
    }

    /** A date, a narration and at least one amount column: the least a statement table has. */
    private static boolean acceptable(Header h) {
        Set<ColumnRole> roles = h.roles();
        return roles.contains(ColumnRole.DATE) && roles.contains(ColumnRole.NARRATION)
                && (roles.contains(ColumnRole.DEBIT) || roles.contains(ColumnRole.CREDIT) || roles.contains(ColumnRole.AMOUNT));
    }

    private static boolean isSecondLine(Line first, Line next) {
        double size = first.words().map(Word::size).max().getOrElse(8.0);
        return next.y() > first.y() && next.y() - first.y() <= SECOND_LINE_EMS * size && !next.words().isEmpty()
                && next.words().forAll(w -> !looksLikeData(w.text()));
    }

    /** Cells of a two-line header: a second-line group joins the first-line cell it lies under. */
    private static List<HeaderCell> merged(Line first, Line second) {
        List<List<Word>> top = cells(first.words());
        List<List<Word>> bottom = cells(second.words());
        List<List<Word>> joined = top;
        List<List<Word>> orphans = List.empty();
        for (List<Word> b : bottom) {
            double l = b.head().x();
            double r = b.last().right();
            int best = -1;
            double bestOverlap = 0;
            for (int k = 0; k < top.size(); k++) {
                double o = Math.min(r, top.get(k).last().right()) - Math.max(l, top.get(k).head().x());
                if (o > bestOverlap) {
                    bestOverlap = o;
                    best = k;
                }
            }
            if (best < 0) {
                orphans = orphans.append(b);
            } else {
                joined = joined.update(best, joined.get(best).appendAll(b));
            }
        }
        List<HeaderCell> out = List.empty();
        for (int k = 0; k < top.size(); k++) {
            out = out.append(cell(top.get(k), joined.get(k)));
        }
        // a header printed only on the second line: no first-line text, so core cannot find it on later pages
        return out.appendAll(orphans.map(o -> cell(List.empty(), o))).sortBy(HeaderCell::left);
    }

    private static HeaderCell cell(List<Word> firstLine, List<Word> all) {
        String text = all.map(Word::text).mkString(" ");
        double left = all.map(Word::x).min().getOrElse(0.0);
        double right = all.map(Word::right).max().getOrElse(0.0);
        return new HeaderCell(HeaderVocabulary.classify(text), firstLine.map(Word::text).mkString(" "), text, left, right);
    }

    /** Words split where the gap to the previous word is wider than a word space. */
    static List<List<Word>> cells(List<Word> words) {
        List<List<Word>> out = List.empty();
        List<Word> current = List.empty();
        for (Word w : words.sortBy(Word::x)) {
            if (!current.isEmpty() && w.x() - current.last().right() > CELL_GAP_EMS * Math.max(1, w.size())) {
                out = out.append(current);
                current = List.empty();
            }
            current = current.append(w);
        }
        return current.isEmpty() ? out : out.append(current);
    }

    private static boolean looksLikeData(String text) {
        return StatementDates.isDate(text) || (Amounts.isAmount(text) && text.contains("."));
    }

    static Alignment alignment(ColumnRole role) {
        return switch (role) {
            case DEBIT, CREDIT, AMOUNT, BALANCE -> Alignment.RIGHT;
            case DR_CR -> Alignment.CENTRE;
            default -> Alignment.LEFT;
        };
    }
}
