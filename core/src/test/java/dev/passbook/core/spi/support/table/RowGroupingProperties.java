package dev.passbook.core.spi.support.table;

import dev.passbook.core.document.Document;
import dev.passbook.core.document.Line;
import dev.passbook.core.document.Page;
import io.vavr.collection.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

import static dev.passbook.core.spi.support.table.Printed.at;
import static dev.passbook.core.spi.support.table.Printed.endingAt;
import static dev.passbook.core.spi.support.table.Printed.line;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Rows laid out the way statements print them — wrapped narrations of 1 to 6 lines, top-aligned or
 * centred on the date line, any gap between rows, split over pages — are grouped back exactly.
 */
class RowGroupingProperties {

    static final double PITCH = 10;

    @Property(tries = 200)
    void centredRowsAreRecoveredWhateverTheirHeightsAndGaps(@ForAll @Size(min = 1, max = 25) java.util.List<@IntRange(min = 1, max = 6) Integer> heights,
                                                           @ForAll @IntRange(min = 0, max = 8) int gap) {
        List<Line> lines = List.of(ColumnLayoutTest.header(100));
        double top = 120;
        for (int r = 0; r < heights.size(); r++) {
            int n = heights.get(r);
            double anchorY = top + (n - 1) * PITCH / 2;
            for (int i = 0; i < n; i++) {
                double y = top + i * PITCH;
                lines = lines.append(line(y, at(60, y, piece(r, i))));
            }
            lines = lines.append(line(anchorY, at(20, anchorY, "01/04/24"), endingAt(570, anchorY, "1.00")));
            top += n * PITCH + gap;
        }
        Document doc = Printed.document(new Page(1, 600, 5000, merge(lines)));
        List<TableRow> rows = TableReaderTest.TOP.alignment(RowAlignment.CENTRED).read(doc).get();
        assertEquals(expected(heights), rows.map(row -> row.fragments("narration")));
    }

    @Property(tries = 200)
    void topAlignedRowsAreRecoveredAcrossPageBreaksWithTheHeaderOnlyOnPageOne(
            @ForAll @Size(min = 1, max = 40) java.util.List<@IntRange(min = 1, max = 6) Integer> heights,
            @ForAll @IntRange(min = 3, max = 30) int linesPerPage) {
        java.util.List<Page> pages = new java.util.ArrayList<>();
        List<Line> current = List.of(ColumnLayoutTest.header(100));
        double y = 120;
        int used = 0;
        for (int r = 0; r < heights.size(); r++) {
            for (int i = 0; i < heights.get(r); i++) {
                if (used == linesPerPage) {
                    pages.add(new Page(pages.size() + 1, 600, 800, current));
                    current = List.of(line(30, at(500, 30, "Page No .: " + (pages.size() + 1))));
                    y = 60;
                    used = 0;
                }
                Line l = i == 0
                        ? line(y, at(20, y, "01/04/24"), at(60, y, piece(r, i)), endingAt(570, y, "1.00"))
                        : line(y, at(60, y, piece(r, i)));
                current = current.append(l);
                y += PITCH;
                used++;
            }
        }
        pages.add(new Page(pages.size() + 1, 600, 800, current));
        List<TableRow> rows = TableReaderTest.TOP.read(Printed.document(pages.toArray(new Page[0]))).get();
        assertEquals(expected(heights), rows.map(row -> row.fragments("narration")));
    }

    private static String piece(int row, int line) {
        return "R" + row + "L" + line;
    }

    private static List<List<String>> expected(java.util.List<Integer> heights) {
        return List.range(0, heights.size()).map(r -> List.range(0, heights.get(r)).map(i -> piece(r, i)));
    }

    /** Words on one baseline form one line, as the PDF reader would give them. */
    private static List<Line> merge(List<Line> lines) {
        return lines.groupBy(Line::y).values().map(group -> new Line(group.head().y(),
                group.flatMap(Line::words).sortBy(w -> w.x()))).toList().sortBy(Line::y);
    }
}
