package dev.passbook.testkit.render;

import io.vavr.collection.List;

/**
 * The transaction table of a layout: columns, type size, line pitch, the gap between rows, where
 * short cells sit in a taller row ({@link RowAlignment}), whether a row that does not fit may
 * continue on the next page (HDFC legacy) rather than move there whole, and the column whose wrapped
 * lines a viewer print draws again, in white, at the start of every other cell of its row ({@code -1}: none).
 */
public record TableSpec(List<Column> columns, float fontSize, float lineHeight, float rowGap, RowAlignment rowAlignment,
                        boolean rowsMaySplit, int hiddenCopiesOf) {

    public TableSpec(List<Column> columns, float fontSize, float lineHeight, float rowGap, RowAlignment rowAlignment,
                     boolean rowsMaySplit) {
        this(columns, fontSize, lineHeight, rowGap, rowAlignment, rowsMaySplit, -1);
    }

    /** {@code centred}: short cells vertically centred (HDFC newer), else on the row's first line. */
    public TableSpec(List<Column> columns, float fontSize, float lineHeight, float rowGap, boolean centred,
                     boolean rowsMaySplit) {
        this(columns, fontSize, lineHeight, rowGap, centred ? RowAlignment.CENTRED : RowAlignment.TOP, rowsMaySplit);
    }

    public float headerHeight() {
        int lines = columns.map(c -> c.header().split("\n").length).max().getOrElse(1);
        return lines * lineHeight + 6;
    }
}
