package dev.passbook.parserkit;

/**
 * One column title of a table header: the role its words name ({@link Role#OTHER} for words the
 * vocabulary does not know), the x-range of those words in points, and their text.
 */
public record HeaderCell(Role role, double x0, double x1, String text) {

    public double centre() {
        return (x0 + x1) / 2;
    }

    /** How much of {@code [a, b]} lies inside this cell's x-range. */
    double overlap(double a, double b) {
        return Math.max(0, Math.min(b, x1) - Math.max(a, x0));
    }

    /** The horizontal distance from {@code [a, b]} to this cell, 0 when they overlap. */
    double distance(double a, double b) {
        return Math.max(0, Math.max(x0 - b, a - x1));
    }
}
