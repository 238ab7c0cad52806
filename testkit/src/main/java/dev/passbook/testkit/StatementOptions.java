package dev.passbook.testkit;

import io.vavr.control.Option;

import java.time.LocalDateTime;

/**
 * How a generated statement was shaped, beyond the figures: whether it is an overdraft account,
 * which printing variant the layout uses, when the bank "generated" it, and which row's printed
 * balance was edited (a tampered statement, see {@link GeneratedStatement#withEditedBalance}).
 *
 * @param balanceMarkers  balances printed with a {@code CR}/{@code DR} suffix (generic debit/credit layout)
 * @param dottedDates     dates printed {@code dd.mm.yyyy} instead of {@code dd/mm/yyyy} (serial-first layout)
 * @param alternateLabels HDFC's other label wording: legacy prints {@code Statement From :}, {@code Account Number :}
 *                        and {@code Limit :}; newer prints {@code Account No :} and {@code Limit :}
 * @param generatedOn     printed as HDFC's {@code Generated On:} and used as the PDF creation date
 * @param editedBalanceRow 0-based row whose printed balance no longer follows from the row before
 */
public record StatementOptions(boolean overdraft, boolean balanceMarkers, boolean dottedDates, boolean alternateLabels,
                               LocalDateTime generatedOn, Option<Integer> editedBalanceRow) {

    /** Plain options: no overdraft, the layout's usual wording, generated at {@code generatedOn}. */
    public static StatementOptions plain(LocalDateTime generatedOn) {
        return new StatementOptions(false, false, false, false, generatedOn, Option.none());
    }

    public StatementOptions withEditedBalanceRow(int row) {
        return new StatementOptions(overdraft, balanceMarkers, dottedDates, alternateLabels, generatedOn, Option.some(row));
    }
}
