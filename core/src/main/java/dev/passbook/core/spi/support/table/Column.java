package dev.passbook.core.spi.support.table;

/**
 * A column found on a page: its role name ({@link #UNKNOWN} for header words no spec claimed), the
 * x-range {@code [left, right)} its cells own, in points, and its alignment.
 */
public record Column(String name, double left, double right, Alignment alignment) {

    /** Name of a column whose header no {@link ColumnSpec} recognised; its text is kept apart, not lost into a neighbour. */
    public static final String UNKNOWN = "?";

    /** How much of {@code [x0, x1]} lies inside this column. */
    double overlap(double x0, double x1) {
        return Math.max(0, Math.min(x1, right) - Math.max(x0, left));
    }

    boolean contains(double x) {
        return x >= left && x < right;
    }
}
