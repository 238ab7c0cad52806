package dev.passbook.testkit.render;

/**
 * A table column: its header text (lines separated by {@code \n}), left edge, width and the alignment
 * of its cells; the header is drawn with {@code headerAlign}, moved {@code headerShift} points to the
 * left (a positive shift makes right-aligned amounts stick out past their header).
 */
public record Column(String header, float left, float width, Align align, Align headerAlign, float headerShift) {

    /** Header aligned like the cells. */
    public Column(String header, float left, float width, Align align) {
        this(header, left, width, align, align, 0);
    }

    public float right() {
        return left + width;
    }
}
