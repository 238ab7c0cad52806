package dev.passbook.parsers.generic;

import dev.passbook.core.document.Document;
import dev.passbook.core.document.Line;
import dev.passbook.core.document.Page;
import dev.passbook.core.document.Word;
import dev.passbook.core.spi.support.Amounts;
import dev.passbook.core.spi.support.table.Cells;
import dev.passbook.core.spi.support.table.ColumnLayout;
import dev.passbook.core.spi.support.table.ColumnSpec;
import dev.passbook.core.spi.support.table.RowAlignment;
import dev.passbook.core.spi.support.table.TableReader;
import dev.passbook.core.spi.support.table.TableRow;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.control.Either;
import io.vavr.control.Option;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Reads the rows of a discovered table with core's {@link TableReader}: columns from the header,
 * header repeated or printed on the first page only, rows anchored on their date (or on an opening,
 * closing or total phrase), wrapped narrations joined between words.
 *
 * <p>Generic tables meet text the reader was not told about (footers, a closing-balance line after
 * the last row, page furniture). A line that is not a row and holds text outside the narration and
 * reference columns ends the page's table body; a summary block or the closing-balance label ends the
 * table. Words that fall into a number column but are not numbers are narration that ran wide (column
 * ranges come from header positions; a long narration line can cross the half-way boundary).
 */
final class GenericTable {

    private static final Pattern FOOTER = Pattern.compile(
            "(?i).*(computer generated|system generated|does not require (a )?signature|^page\\s*(no\\.?\\s*:?\\s*)?\\d+(\\s*of\\s*\\d+)?$).*");
    private static final Pattern TABLE_END = Pattern.compile(
            "(?i)^\\s*(statement summary|summary|account summary|closing balance\\s*:|total\\s*:).*");
    private static final List<String> TEXT_COLUMNS = List.of(ColumnRole.NARRATION.name(), ColumnRole.REFERENCE.name());

    /** Fixed-width cuts are wide; short equal fragments are just short words. */
    private static final int MIN_CUT_WIDTH = 12;

    private GenericTable() {
    }

    /** The table's rows as role-keyed cells, or why they cannot be read. */
    static Either<String, List<RowCells>> read(Document document, HeaderDiscovery.Header header) {
        List<ColumnSpec> specs = header.specs();
        Option<ColumnLayout> firstLayout = ColumnLayout.fromHeader(header.line(), specs);
        if (firstLayout.isEmpty()) {
            return Either.left("the discovered header does not lay out as columns");
        }
        ColumnLayout layout = firstLayout.get();
        String secondHeaderLine = header.second().map(l -> squeeze(l.text())).getOrElse("\u0000");
        TableReader reader = TableReader.of(specs)
                .anchor(GenericTable::isAnchor)
                .skip(line -> squeeze(line.text()).equals(secondHeaderLine));
        Document table = split(document, specs, layout, secondHeaderLine).table();
        Either<String, List<TableRow>> top = reader.alignment(RowAlignment.TOP).read(table);
        if (looksCentred(table, specs, layout, secondHeaderLine)) {
            Either<String, List<TableRow>> centred = reader.alignment(RowAlignment.CENTRED).read(table);
            if (centred.isRight()) {
                return centred.map(rows -> rows.map(GenericTable::toCells));
            }
        }
        return top.map(rows -> rows.map(GenericTable::toCells));
    }

    /**
     * The document with everything under the table header that is not table text taken out, so core's
     * reader sees rows only: footers and lines with text outside the narration and reference columns
     * that start no row ({@code Opening Balance : ...}, a header block repeated on every page), and
     * everything from a summary or closing-balance line on; on a page, text above the first row and
     * above such furniture (an address line under its label) goes too. Lines above the first header are
     * left alone.
     */
    private static Split split(Document document, List<ColumnSpec> specs, ColumnLayout first, String secondHeaderLine) {
        List<Page> out = List.empty();
        List<Line> furnitureLines = List.empty();
        boolean started = false;
        boolean ended = false;
        ColumnLayout layout = first;
        for (Page page : document.pages()) {
            Option<ColumnLayout.Header> h = ColumnLayout.find(page, specs);
            if (ended || (!started && h.isEmpty())) {
                out = out.append(ended ? new Page(page.number(), page.width(), page.height(), List.empty()) : page);
                furnitureLines = ended ? furnitureLines.appendAll(page.lines()) : furnitureLines;
                continue;
            }
            started = true;
            layout = h.map(ColumnLayout.Header::layout).getOrElse(layout);
            int from = h.map(x -> x.lineIndex() + 1).getOrElse(0);
            List<Line> kept = page.lines().take(from);
            List<Line> above = List.empty();
            boolean anchored = false;
            List<Line> body = page.lines().drop(from);
            for (int i = 0; i < body.size(); i++) {
                Line line = body.get(i);
                if (squeeze(line.text()).equals(secondHeaderLine)) {
                    kept = kept.append(line);
                    continue;
                }
                Cells c = repaired(layout.cells(page.number(), line));
                boolean anchor = isAnchor(c);
                boolean furniture = !anchor && (FOOTER.matcher(line.text()).matches() || stray(c));
                if (furniture && TABLE_END.matcher(line.text()).matches()) {
                    ended = true;
                    furnitureLines = furnitureLines.appendAll(body.drop(i));
                    break;
                }
                if (furniture) {
                    furnitureLines = furnitureLines.append(line).appendAll(anchored ? List.empty() : above);
                    above = anchored ? above : List.empty();
                    continue;
                }
                if (anchored) {
                    kept = kept.append(line);
                } else if (anchor) {
                    anchored = true;
                    kept = kept.appendAll(above).append(line);
                } else {
                    above = above.append(line);
                }
            }
            if (!anchored) {
                kept = kept.appendAll(above);
            }
            out = out.append(new Page(page.number(), page.width(), page.height(), kept));
        }
        return new Split(new Document(out, document.metadata(), document.forensics()), furnitureLines);
    }

    /** The document as core's reader should see it, and the lines taken out (footers, blocks, summaries). */
    private record Split(Document table, List<Line> furniture) {
    }

    /**
     * Lines printed under the table header that are not table text: footers ({@code HDFC BANK LIMITED}),
     * repeated header blocks, summaries. Where a statement names its bank only there, detection looks
     * there after the text above the table.
     */
    static List<Line> furniture(Document document, HeaderDiscovery.Header header) {
        List<ColumnSpec> specs = header.specs();
        String secondHeaderLine = header.second().map(l -> squeeze(l.text())).getOrElse("\u0000");
        return ColumnLayout.fromHeader(header.line(), specs)
                .map(layout -> split(document, specs, layout, secondHeaderLine).furniture())
                .getOrElse(List.empty());
    }

    /**
     * Whether rows look vertically centred on their date line (wrapped text above and below it):
     * some page's first line under the column header is wrapped narration rather than a dated row, or
     * a dated line sits closer to the narration line above it than that line sits to its own
     * predecessor (rows are spaced wider than the lines inside a row). A row continued from the
     * previous page looks like the first case, so the centred reading is only taken when its stricter
     * geometry then holds for the whole table.
     */
    private static boolean looksCentred(Document document, List<ColumnSpec> specs, ColumnLayout layout,
                                        String secondHeaderLine) {
        for (var page : document.pages()) {
            Option<ColumnLayout.Header> h = ColumnLayout.find(page, specs);
            List<Line> body = page.lines().drop(h.map(x -> x.lineIndex() + 1).getOrElse(0))
                    .filter(l -> !l.words().isEmpty() && !squeeze(l.text()).equals(secondHeaderLine));
            List<Cells> cells = body.map(l -> repaired(layout.cells(page.number(), l)));
            if (h.isDefined() && cells.headOption().exists(GenericTable::isFragment)) {
                return true;
            }
            for (int i = 2; i < cells.size(); i++) {
                double before = cells.get(i - 1).y() - cells.get(i - 2).y();
                double gap = cells.get(i).y() - cells.get(i - 1).y();
                if (isAnchor(cells.get(i)) && isFragment(cells.get(i - 1)) && before > gap + 0.5) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean isFragment(Cells c) {
        return !isAnchor(c) && !stray(c) && c.has(ColumnRole.NARRATION.name());
    }

    /**
     * Whether narrations are cut at a fixed width mid-word (HDFC's habit) rather than wrapped between
     * words: every non-final fragment of at least three wrapped narrations has the same length.
     */
    static boolean cutMidWord(List<RowCells> rows) {
        List<Integer> lengths = rows.map(r -> r.lines(ColumnRole.NARRATION)).filter(l -> l.size() > 1)
                .flatMap(l -> l.init().map(String::length));
        return lengths.size() >= 3 && lengths.distinct().size() == 1 && lengths.head() >= MIN_CUT_WIDTH;
    }

    /** A line that starts a row: a readable date, or an opening/closing/total phrase with a figure. */
    static boolean isAnchor(Cells raw) {
        Cells c = repaired(raw);
        if (CellText.date(c.text(ColumnRole.DATE.name())).isDefined()) {
            return true;
        }
        boolean figure = List.of(ColumnRole.BALANCE, ColumnRole.AMOUNT, ColumnRole.DEBIT, ColumnRole.CREDIT)
                .exists(r -> Amounts.isAmount(c.text(r.name())));
        return figure && SpecialRow.of(c.text(ColumnRole.NARRATION.name()), false).isDefined();
    }

    /** Not a row, and text outside the narration and reference columns: furniture, not table. */
    private static boolean stray(Cells raw) {
        Cells c = repaired(raw);
        return !isAnchor(c) && !c.onlyIn(TEXT_COLUMNS.toJavaArray(String[]::new));
    }

    /**
     * Words in a number column that are not numbers (nor Cr/Dr, currency marks) are narration that ran
     * past the half-way boundary; they move to the narration column.
     */
    static Cells repaired(Cells c) {
        Map<String, List<Word>> words = c.words();
        if (!words.containsKey(ColumnRole.NARRATION.name())) {
            return c;
        }
        List<Word> moved = List.empty();
        for (ColumnRole role : List.of(ColumnRole.DEBIT, ColumnRole.CREDIT, ColumnRole.AMOUNT, ColumnRole.BALANCE)) {
            List<Word> in = words.get(role.name()).getOrElse(List.empty());
            if (in.isEmpty() || Amounts.isAmount(in.map(Word::text).mkString(" "))) {
                continue;
            }
            List<Word> stay = in.filter(w -> isNumberPart(w.text()));
            if (stay.size() < in.size()) {
                moved = moved.appendAll(in.removeAll(stay));
                words = words.put(role.name(), stay);
            }
        }
        if (moved.isEmpty()) {
            return c;
        }
        List<Word> narration = words.get(ColumnRole.NARRATION.name()).get().appendAll(moved).sortBy(Word::x);
        return new Cells(c.page(), c.y(), words.put(ColumnRole.NARRATION.name(), narration));
    }

    private static boolean isNumberPart(String text) {
        String t = text.toUpperCase(Locale.ROOT);
        return Amounts.isAmount(t) || CellText.isPlaceholder(t) || t.matches("\\(?(CR|DR)\\.?\\)?|₹|RS\\.?|INR");
    }

    private static RowCells toCells(TableRow row) {
        List<Cells> lines = row.lines().map(GenericTable::repaired);
        RowCells out = RowCells.empty(row.page());
        for (ColumnRole role : ColumnRole.values()) {
            for (Cells line : lines) {
                String text = line.text(role.name());
                if (!text.isEmpty()) {
                    out = out.with(role, text);
                }
            }
        }
        return out;
    }

    private static String squeeze(String text) {
        return text.replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
    }
}
