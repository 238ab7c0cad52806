package dev.passbook.core.spi.support.table;

import io.vavr.collection.List;

/**
 * One row of a statement table: the anchor line (the line that carries the row's date and amounts)
 * and every printed line of the row in reading order, the anchor included, possibly spanning a page
 * break.
 */
public record TableRow(Cells anchor, List<Cells> lines) {

    /** The page the row starts on. */
    public int page() {
        return lines.headOption().map(Cells::page).getOrElse(anchor.page());
    }

    /** The non-empty texts of one column, top to bottom: the pieces of a wrapped cell. */
    public List<String> fragments(String column) {
        return lines.map(c -> c.text(column)).filter(s -> !s.isEmpty());
    }

    /** True when a column other than {@code allowed} has text on a line other than the anchor. */
    public boolean strayTextOutside(String... allowed) {
        return lines.exists(c -> c != anchor && !c.onlyIn(allowed));
    }
}
