package dev.passbook.testkit;

import io.vavr.collection.Set;
import io.vavr.collection.TreeSet;
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
 * @param offsetHolderBlock HDFC as some real exports print it: the holder block on baselines of its own between
 *                        the labelled fields, the period line on the left between {@code Cust ID} and the account
 *                        number, and the account-number label 2 pt below its value
 * @param leftAlignedAmounts amounts and balances flush left under their titles (one real export)
 * @param printVariants   the other printing variants switched on, those without a flag of their own
 *                        ({@link Layout.Variant#ONE_LINE_HEADER}, {@link Layout.Variant#OTHER_BROWSER_FURNITURE},
 *                        {@link Layout.Variant#INDIAN_GROUPING}); see {@link #has}
 */
public record StatementOptions(boolean overdraft, boolean balanceMarkers, boolean dottedDates, boolean alternateLabels,
                               LocalDateTime generatedOn, Option<Integer> editedBalanceRow, boolean offsetHolderBlock,
                               boolean leftAlignedAmounts, Set<Layout.Variant> printVariants) {

    /** Without the HDFC geometry variants (as before they existed). */
    public StatementOptions(boolean overdraft, boolean balanceMarkers, boolean dottedDates, boolean alternateLabels,
                            LocalDateTime generatedOn, Option<Integer> editedBalanceRow) {
        this(overdraft, balanceMarkers, dottedDates, alternateLabels, generatedOn, editedBalanceRow, false, false);
    }

    /** Without the browser-print variants. */
    public StatementOptions(boolean overdraft, boolean balanceMarkers, boolean dottedDates, boolean alternateLabels,
                            LocalDateTime generatedOn, Option<Integer> editedBalanceRow, boolean offsetHolderBlock,
                            boolean leftAlignedAmounts) {
        this(overdraft, balanceMarkers, dottedDates, alternateLabels, generatedOn, editedBalanceRow, offsetHolderBlock,
                leftAlignedAmounts, TreeSet.empty());
    }

    /** Whether {@code variant} is switched on, whether it has a flag of its own or is among {@link #printVariants}. */
    public boolean has(Layout.Variant variant) {
        return switch (variant) {
            case BALANCE_MARKERS -> balanceMarkers;
            case ALTERNATE_DATES -> dottedDates;
            case ALTERNATE_LABELS -> alternateLabels;
            case OFFSET_HOLDER_BLOCK -> offsetHolderBlock;
            case LEFT_ALIGNED_AMOUNTS -> leftAlignedAmounts;
            default -> printVariants.contains(variant);
        };
    }

    /** Plain options: no overdraft, the layout's usual wording, generated at {@code generatedOn}. */
    public static StatementOptions plain(LocalDateTime generatedOn) {
        return new StatementOptions(false, false, false, false, generatedOn, Option.none());
    }

    public StatementOptions withEditedBalanceRow(int row) {
        return new StatementOptions(overdraft, balanceMarkers, dottedDates, alternateLabels, generatedOn, Option.some(row),
                offsetHolderBlock, leftAlignedAmounts, printVariants);
    }

    /** The same with the HDFC geometry variants set as given. */
    public StatementOptions withGeometry(boolean offsetHolderBlock, boolean leftAlignedAmounts) {
        return new StatementOptions(overdraft, balanceMarkers, dottedDates, alternateLabels, generatedOn, editedBalanceRow,
                offsetHolderBlock, leftAlignedAmounts, printVariants);
    }

    /** The same with the variants of {@link #printVariants} set as given. */
    public StatementOptions withPrintVariants(Set<Layout.Variant> variants) {
        return new StatementOptions(overdraft, balanceMarkers, dottedDates, alternateLabels, generatedOn, editedBalanceRow,
                offsetHolderBlock, leftAlignedAmounts, variants);
    }
}
