package dev.passbook.core.spi.support.table;

import dev.passbook.core.document.Document;
import dev.passbook.core.document.Line;
import dev.passbook.core.document.Page;
import io.vavr.Tuple;
import io.vavr.Tuple2;
import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;

import java.util.function.Predicate;

/**
 * Reads the rows of a statement table across pages. Describe the table once, then read documents:
 *
 * <pre>{@code
 * TableReader table = TableReader.of(specs)
 *         .anchor(cells -> cells.date("date").isDefined())     // the line with the date and amounts
 *         .alignment(RowAlignment.TOP)
 *         .skip(line -> line.text().startsWith("Page No"))     // page furniture inside the body
 *         .pageEnd(line -> line.text().equals("HDFC BANK LIMITED"))
 *         .tableEnd(line -> line.text().startsWith("STATEMENT SUMMARY"));
 * Either<String, List<TableRow>> rows = table.read(document);
 * }</pre>
 *
 * <p>On each page the table body starts below the column header line ({@link ColumnLayout#find}). A page
 * without a header reuses the previous page's columns and its body starts below the last
 * {@link #pageTop} line above the first anchor (by default: at the page top). The body ends at a
 * {@link #pageEnd} line (footer) or, for good, at a {@link #tableEnd} line (summary). Lines matching
 * {@link #skip} are ignored. Rows are then grouped around anchor lines, see {@link RowAlignment}; text
 * that cannot belong to any row is a {@code Left} with the reason, never silently dropped or guessed.
 * Pages before the first header are not part of the table.
 *
 * <p>Immutable and thread-safe; the {@code with}-style methods return changed copies.
 */
public final class TableReader {

    /** Vertical slack when checking that a centred row is symmetric about its anchor, in points. */
    static final double CENTRE_SLACK = 1.5;

    private final List<ColumnSpec> specs;
    private final Predicate<Cells> anchor;
    private final RowAlignment alignment;
    private final Predicate<Line> skip;
    private final Predicate<Line> pageEnd;
    private final Predicate<Line> tableEnd;
    private final Predicate<Line> pageTop;

    private TableReader(List<ColumnSpec> specs, Predicate<Cells> anchor, RowAlignment alignment, Predicate<Line> skip,
                        Predicate<Line> pageEnd, Predicate<Line> tableEnd, Predicate<Line> pageTop) {
        this.specs = specs;
        this.anchor = anchor;
        this.alignment = alignment;
        this.skip = skip;
        this.pageEnd = pageEnd;
        this.tableEnd = tableEnd;
        this.pageTop = pageTop;
    }

    /** A reader for a table with these columns; anchors default to "has text in the first spec's column". */
    public static TableReader of(List<ColumnSpec> specs) {
        String first = specs.head().name();
        return new TableReader(specs, c -> c.has(first), RowAlignment.TOP, l -> false, l -> false, l -> false, l -> false);
    }

    public TableReader anchor(Predicate<Cells> isAnchor) {
        return new TableReader(specs, isAnchor, alignment, skip, pageEnd, tableEnd, pageTop);
    }

    public TableReader alignment(RowAlignment a) {
        return new TableReader(specs, anchor, a, skip, pageEnd, tableEnd, pageTop);
    }

    public TableReader skip(Predicate<Line> furniture) {
        return new TableReader(specs, anchor, alignment, furniture, pageEnd, tableEnd, pageTop);
    }

    public TableReader pageEnd(Predicate<Line> footerStart) {
        return new TableReader(specs, anchor, alignment, skip, footerStart, tableEnd, pageTop);
    }

    public TableReader tableEnd(Predicate<Line> end) {
        return new TableReader(specs, anchor, alignment, skip, pageEnd, end, pageTop);
    }

    /** On a page without a column header: the last such line above the first anchor ends the page's top furniture. */
    public TableReader pageTop(Predicate<Line> lastFurnitureLine) {
        return new TableReader(specs, anchor, alignment, skip, pageEnd, tableEnd, lastFurnitureLine);
    }

    public List<ColumnSpec> specs() {
        return specs;
    }

    /** The rows of the table in print order, or why the table could not be read. */
    public Either<String, List<TableRow>> read(Document document) {
        Option<ColumnLayout> layout = Option.none();
        // Mutable while reading: a statement may have thousands of rows and vavr's List appends in O(n).
        java.util.ArrayList<TableRow> rows = new java.util.ArrayList<>();
        for (Page page : document.pages()) {
            Option<ColumnLayout.Header> header = ColumnLayout.find(page, specs);
            if (header.isEmpty() && layout.isEmpty()) {
                continue;
            }
            layout = header.map(ColumnLayout.Header::layout).orElse(layout);
            ColumnLayout columns = layout.get();
            int from = header.map(h -> h.lineIndex() + 1).getOrElse(0);
            Tuple2<List<Line>, Boolean> body = body(page.lines().drop(from));
            List<Cells> cells = body._1.map(line -> columns.cells(page.number(), line));
            if (header.isEmpty()) {
                cells = dropTopFurniture(body._1, cells);
            }
            Option<String> problem = alignment == RowAlignment.TOP
                    ? groupTop(rows, cells, page.number())
                    : groupCentred(rows, cells, page.number());
            if (problem.isDefined()) {
                return Either.left(problem.get());
            }
            if (body._2) {
                break;
            }
        }
        return layout.isEmpty() ? Either.left("no table header found") : Either.right(List.ofAll(rows));
    }

    /** The lines of the body and whether the table ended on this page. */
    private Tuple2<List<Line>, Boolean> body(List<Line> lines) {
        List<Line> out = List.empty();
        for (Line line : lines) {
            if (tableEnd.test(line)) {
                return Tuple.of(out, true);
            }
            if (pageEnd.test(line)) {
                break;
            }
            if (line.words().isEmpty() || line.text().isBlank() || skip.test(line)) {
                continue;
            }
            out = out.append(line);
        }
        return Tuple.of(out, false);
    }

    private List<Cells> dropTopFurniture(List<Line> lines, List<Cells> cells) {
        int firstAnchor = cells.indexWhere(anchor::test);
        int limit = firstAnchor < 0 ? cells.size() : firstAnchor;
        int last = -1;
        for (int i = 0; i < limit; i++) {
            if (pageTop.test(lines.get(i))) {
                last = i;
            }
        }
        return cells.drop(last + 1);
    }

    /** Adds the page's rows to {@code rows}; the problem, if the page cannot be read. */
    private Option<String> groupTop(java.util.ArrayList<TableRow> rows, List<Cells> cells, int page) {
        for (Cells c : cells) {
            if (anchor.test(c)) {
                rows.add(new TableRow(c, List.of(c)));
            } else if (rows.isEmpty()) {
                return Option.some("text above the first row on page " + page + " at y=" + c.y());
            } else {
                TableRow last = rows.get(rows.size() - 1);
                rows.set(rows.size() - 1, new TableRow(last.anchor(), last.lines().append(c)));
            }
        }
        return Option.none();
    }

    /**
     * A centred row has as many wrapped lines above its anchor as below it, so counting from the top of
     * the page decides every row; the geometry (anchor half-way between the row's first and last line)
     * confirms it.
     */
    private Option<String> groupCentred(java.util.ArrayList<TableRow> rows, List<Cells> cells, int page) {
        List<Cells> above = List.empty();
        List<Cells> rest = cells;
        while (!rest.isEmpty()) {
            Cells head = rest.head();
            rest = rest.tail();
            if (!anchor.test(head)) {
                above = above.append(head);
                continue;
            }
            List<Cells> between = rest.takeWhile(c -> !anchor.test(c));
            boolean lastOnPage = between.size() == rest.size();
            int need = above.size();
            if (between.size() < need || (lastOnPage && between.size() != need)) {
                return Option.some("row at y=" + head.y() + " on page " + page + " has " + above.size()
                        + " wrapped line(s) above and " + (lastOnPage ? between.size() : "fewer") + " below");
            }
            List<Cells> below = between.take(need);
            if (need > 0) {
                double middle = (above.head().y() + below.last().y()) / 2;
                if (Math.abs(middle - head.y()) > CENTRE_SLACK) {
                    return Option.some("row at y=" + head.y() + " on page " + page + " is not centred on its lines (middle "
                            + middle + ")");
                }
            }
            rows.add(new TableRow(head, above.append(head).appendAll(below)));
            above = between.drop(need);
            rest = rest.drop(between.size());
        }
        if (!above.isEmpty()) {
            return Option.some("text below the last row on page " + page + " at y=" + above.head().y());
        }
        return Option.none();
    }
}
