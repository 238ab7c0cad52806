package dev.passbook.core.spi.support.table;

/**
 * Where a multi-line row puts its single-line cells (date, amounts) relative to its wrapped text.
 * <ul>
 * <li>{@link #TOP}: on the row's first line; wrapped text follows below, and a row may continue on the
 *     next page (HDFC legacy, most banks).</li>
 * <li>{@link #CENTRED}: vertically centred on the row, so wrapped text lies above and below the anchor
 *     line in equal numbers (HDFC newer). Rows do not split over pages.</li>
 * </ul>
 */
public enum RowAlignment {
    TOP, CENTRED
}
