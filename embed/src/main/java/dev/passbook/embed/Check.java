package dev.passbook.embed;

import java.util.OptionalInt;

/**
 * How far the printed figures were reproduced from the rows: printed balances checked against the one
 * before plus the row's amount, how many broke and where the first break is (1-based row in print
 * order, page 0 when unknown), and whether the printed totals agree ({@code not_printed},
 * {@code matched}, {@code mismatched}). {@code description} is one sentence a person can act on.
 */
public record Check(int balancesChecked, int balanceBreaks, OptionalInt firstBreakRow, OptionalInt firstBreakPage,
                    String totals, String description) {
}
