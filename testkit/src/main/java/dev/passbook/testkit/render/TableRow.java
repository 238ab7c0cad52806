package dev.passbook.testkit.render;

import io.vavr.collection.List;

/** The printed lines of each cell of one row, in column order (an empty list for an empty cell). */
public record TableRow(List<List<String>> cells) {

    public static TableRow of(List<String> single, int narrationColumn, List<String> narration) {
        return new TableRow(single.map(s -> s.isEmpty() ? List.<String>empty() : List.of(s)).update(narrationColumn, narration));
    }

    public static TableRow ofSingles(List<String> single) {
        return new TableRow(single.map(s -> s.isEmpty() ? List.<String>empty() : List.of(s)));
    }

    public int lineCount() {
        return Math.max(1, cells.map(List::size).max().getOrElse(1));
    }

    /** The first {@code n} lines of every cell, and the rest. */
    io.vavr.Tuple2<TableRow, TableRow> split(int n) {
        return io.vavr.Tuple.of(new TableRow(cells.map(c -> c.take(n))), new TableRow(cells.map(c -> c.drop(n))));
    }
}
