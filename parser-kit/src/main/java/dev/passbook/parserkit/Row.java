package dev.passbook.parserkit;

import dev.passbook.core.document.Word;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.control.Option;

/**
 * One row of a table: its anchor line (the line with its amounts), every line that belongs to it in
 * reading order, and for each column the words of each line that fall in it. {@code special} marks an
 * opening, closing, brought-forward or total row.
 */
public record Row(TableLine anchor, List<TableLine> lines, Map<Role, List<List<Word>>> cells, Option<SpecialRow> special) {

    public int page() {
        return anchor.page();
    }

    /** The non-empty pieces of a column, top to bottom: one per line that has words in it. */
    public List<String> fragments(Role role) {
        return cells.get(role).getOrElse(List.empty()).map(ws -> ws.map(Word::text).mkString(" ").strip())
                .filter(s -> !s.isEmpty());
    }

    /** The column's pieces on the anchor line only. */
    public String onAnchor(Role role) {
        int at = lines.indexOf(anchor);
        List<List<Word>> byLine = cells.get(role).getOrElse(List.empty());
        return at >= 0 && at < byLine.size() ? byLine.get(at).map(Word::text).mkString(" ").strip() : "";
    }

    public boolean has(Role role) {
        return !fragments(role).isEmpty();
    }

    /** {@code roles}: the column of each usable word of each line, as {@link ColumnBands#roles} gave it. */
    static Row of(TableLine anchor, List<TableLine> lines, java.util.Map<TableLine, java.util.Map<Word, Role>> roles,
                  Option<SpecialRow> special) {
        java.util.EnumMap<Role, java.util.List<List<Word>>> byRole = new java.util.EnumMap<>(Role.class);
        for (int i = 0; i < lines.size(); i++) {
            List<Word> usable = lines.get(i).line().words()
                    .filter(w -> Double.isFinite(w.x()) && Double.isFinite(w.width()) && !w.text().isBlank());
            java.util.Map<Word, Role> lineRoles = roles.get(lines.get(i));
            for (Word w : usable) {
                java.util.List<List<Word>> perLine = byRole.computeIfAbsent(lineRoles.get(w), r -> {
                    java.util.List<List<Word>> empty = new java.util.ArrayList<>();
                    for (int k = 0; k < lines.size(); k++) {
                        empty.add(List.empty());
                    }
                    return empty;
                });
                perLine.set(i, perLine.get(i).append(w));
            }
        }
        Map<Role, List<List<Word>>> cells = LinkedHashMap.empty();
        for (var e : byRole.entrySet()) {
            cells = cells.put(e.getKey(), List.ofAll(e.getValue()).map(ColumnBands::byX));
        }
        return new Row(anchor, lines, cells, special);
    }
}
