package dev.passbook.parsers.generic;

import dev.passbook.core.document.Document;
import dev.passbook.core.document.Line;
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
                .alignment(RowAlignment.TOP)
                .anchor(GenericTable::isAnchor)
                .skip(line -> squeeze(line.text()).equals(secondHeaderLine))
                .tableEnd(line -> TABLE_END.matcher(line.text()).matches())
                .pageEnd(line -> !squeeze(line.text()).equals(secondHeaderLine)
                        && (FOOTER.matcher(line.text()).matches() || stray(layout.cells(0, line))))
                .pageTop(line -> stray(layout.cells(0, line)));
        return reader.read(document).map(rows -> rows.map(GenericTable::toCells));
    }

    /** A line that starts a row: a readable date, or an opening/closing/total phrase with a figure. */
    static boolean isAnchor(Cells raw) {
        Cells c = repaired(raw);
        if (c.date(ColumnRole.DATE.name()).isDefined()) {
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
        return Amounts.isAmount(t) || t.matches("\\(?(CR|DR)\\.?\\)?|₹|RS\\.?|INR|-");
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

    /** Every line that is part of no page's table body is available to label readers; kept simple: all lines. */
    static List<Line> allLines(Document document) {
        return document.pages().flatMap(p -> p.lines());
    }
}
