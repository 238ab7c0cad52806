package dev.passbook.testkit.render;

import io.vavr.collection.List;

/**
 * The transaction table of a layout. {@code centred}: a cell with fewer lines than its row is
 * vertically centred (HDFC newer); otherwise every cell starts on the row's first line.
 * {@code rowsMaySplit}: a row that does not fit may continue on the next page (HDFC legacy).
 */
record TableSpec(List<Column> columns, float fontSize, float lineHeight, float rowGap, boolean centred,
                 boolean rowsMaySplit) {

    float headerHeight() {
        int lines = columns.map(c -> c.header().split("\n").length).max().getOrElse(1);
        return lines * lineHeight + 6;
    }
}
