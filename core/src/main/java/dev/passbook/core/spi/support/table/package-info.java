/**
 * Shared table machinery for statement parsers, so no two plugins copy column or row logic.
 *
 * <ul>
 * <li>{@link dev.passbook.core.spi.support.table.ColumnSpec} / {@link dev.passbook.core.spi.support.table.ColumnLayout}:
 *     find the header line by its column texts and derive each column's x-range from header word positions;</li>
 * <li>{@link dev.passbook.core.spi.support.table.Cells}: a line's words sorted into columns, with amount and date
 *     readers that delegate to {@code Amounts} and {@code StatementDates};</li>
 * <li>{@link dev.passbook.core.spi.support.table.TableReader}: body lines across pages (header possibly only on page 1,
 *     page furniture skipped), grouped into {@link dev.passbook.core.spi.support.table.TableRow}s around anchor lines,
 *     top-aligned or vertically centred ({@link dev.passbook.core.spi.support.table.RowAlignment});</li>
 * <li>{@link dev.passbook.core.spi.support.table.WrappedText}: join wrapped cell fragments (cut mid-word or between words);</li>
 * <li>{@link dev.passbook.core.spi.support.table.LabelledFields}: {@code Label : value} pairs of header blocks.</li>
 * </ul>
 */
package dev.passbook.core.spi.support.table;
