package dev.passbook.parserkit;

/**
 * Where a row's one-line cells (date, amounts, balance: its anchor line) sit relative to the lines
 * its wrapped text takes. The engine chooses per table the alignment whose rows are tightest
 * ({@link RowGrouping}).
 */
public enum RowAlignment {
    /** Anchor first, wrapped text below (most banks; rows may continue on the next page). */
    TOP,
    /** Wrapped text above, anchor last (the text wraps upward). */
    BOTTOM,
    /** Wrapped text around the anchor, each line going to the nearest anchor (cells centred in their row). */
    CENTRE
}
