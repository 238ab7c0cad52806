package dev.passbook.parsers.generic;

import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import io.vavr.collection.Map;

/**
 * One table row after column assignment: for each column role, the printed lines of its cell
 * (a narration wraps over several lines; most cells have one). {@code page} is 1-based.
 */
record RowCells(int page, Map<ColumnRole, List<String>> cells) {

    static RowCells of(int page, Map<ColumnRole, List<String>> cells) {
        return new RowCells(page, cells);
    }

    /** Builder-style: the row with {@code text} appended as a new line of {@code role}'s cell. */
    RowCells with(ColumnRole role, String text) {
        return new RowCells(page, cells.put(role, cells.get(role).getOrElse(List.empty()).append(text)));
    }

    static RowCells empty(int page) {
        return new RowCells(page, LinkedHashMap.empty());
    }

    List<String> lines(ColumnRole role) {
        return cells.get(role).getOrElse(List.empty()).map(String::strip).filter(s -> !s.isEmpty());
    }

    /** The cell's lines joined by single spaces; empty when the cell is empty or a number cell prints a placeholder. */
    String text(ColumnRole role) {
        String text = lines(role).mkString(" ").replaceAll("\\s+", " ").strip();
        return role.numeric() && CellText.isPlaceholder(text) ? "" : text;
    }

    boolean isEmpty(ColumnRole role) {
        return text(role).isEmpty();
    }
}
