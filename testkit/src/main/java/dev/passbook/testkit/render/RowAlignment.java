package dev.passbook.testkit.render;

/**
 * Where a cell with fewer lines than its row is drawn: on the row's first line ({@code TOP}), on its
 * last line ({@code BOTTOM}: the narration wraps upward, date and amounts close the row), or centred
 * on the row ({@code CENTRED}: every cell on its own baseline, half a line off when the counts differ by an even
 * number), or centred on one of the row's lines ({@code CENTRED_ON_A_LINE}: HDFC's newer export, where the date and
 * amounts stand level with the middle piece of a wrapped narration, with the last of two, the lower middle one of an
 * even count; the narration starts above the row's date).
 */
public enum RowAlignment {
    TOP, BOTTOM, CENTRED, CENTRED_ON_A_LINE
}
