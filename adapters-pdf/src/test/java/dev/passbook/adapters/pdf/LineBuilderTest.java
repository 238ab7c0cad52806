package dev.passbook.adapters.pdf;

import dev.passbook.core.document.Line;
import io.vavr.collection.List;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The grouping rules on synthetic glyphs, where a PDF could not easily produce the case. */
class LineBuilderTest {

    private static Glyph g(String text, double x, double y) {
        return new Glyph(text, x, y, 5 * text.length(), 7, "Helvetica", 10, 2.78);
    }

    @Test
    void slowlyDriftingBaselinesDoNotChainTwoLinesTogether() {
        // each step is inside the tolerance of its neighbour, but 100 -> 104 is a different line
        java.util.List<Glyph> glyphs = java.util.List.of(
                g("a", 10, 100), g("b", 20, 101.5), g("c", 30, 103), g("d", 40, 104.5));

        List<Line> lines = LineBuilder.lines(glyphs);

        assertEquals(2, lines.size());
    }

    @Test
    void aPageOfOnlyWhitespaceHasNoLines() {
        assertEquals(List.empty(), LineBuilder.lines(java.util.List.of(g(" ", 10, 100), g("\u00a0", 20, 200))));
    }

    @Test
    void ligaturesAreUnfolded() {
        assertEquals("financial", LineBuilder.lines(java.util.List.of(g("\uFB01", 10, 100), g("nancial", 15, 100)))
                .head().text());
    }

    @Test
    void toleranceGrowsWithFontSizeWithinBounds() {
        assertEquals(1.0, LineBuilder.tolerance(2));
        assertEquals(2.0, LineBuilder.tolerance(8));
        assertEquals(2.5, LineBuilder.tolerance(40));
    }
}
