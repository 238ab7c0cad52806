package dev.passbook.testkit.render;

/**
 * Where a cell with fewer lines than its row is drawn: on the row's first line ({@code TOP}), on its
 * last line ({@code BOTTOM}: the narration wraps upward, date and amounts close the row), or centred
 * on the row ({@code CENTRED}: every cell on its own baseline, HDFC newer).
 */
public enum RowAlignment {
    TOP, BOTTOM, CENTRED
}
