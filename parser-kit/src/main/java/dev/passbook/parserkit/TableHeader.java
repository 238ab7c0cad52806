package dev.passbook.parserkit;

import io.vavr.collection.List;
import io.vavr.collection.Set;

/**
 * The column header of a statement table: the page it is on, the indexes of its lines in that page's
 * {@code lines()} (one to three baselines), and its cells left to right. The header only names the
 * columns; where they lie is found from the rows ({@link ColumnBands}).
 */
public record TableHeader(int page, List<Integer> lines, double top, double bottom, List<HeaderCell> cells) {

    /** The roles the header names (without {@link Role#OTHER}). */
    public Set<Role> roles() {
        return cells.map(HeaderCell::role).filter(r -> r != Role.OTHER).toSet();
    }

    /** A header of the same table (repeated on a later page): it names the same roles. */
    public boolean sameTableAs(TableHeader other) {
        return roles().equals(other.roles());
    }

    public String describe() {
        return cells.filter(c -> c.role() != Role.OTHER).map(c -> c.role().name().toLowerCase(java.util.Locale.ROOT))
                .mkString(", ") + " on " + lines.size() + " baseline" + (lines.size() == 1 ? "" : "s");
    }
}
