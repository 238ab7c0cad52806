package dev.passbook.core.spi;

import io.vavr.collection.List;

/**
 * What a parser can tell about how it read a statement, for diagnosis ({@code passbook parse --explain})
 * and for locating balance breaks:
 * <ul>
 * <li>{@code rowPages}: the page each transaction is printed on, parallel to the transactions (empty
 *     when the parser does not say);</li>
 * <li>{@code unplaced}: text inside the table region that belongs to no row, with its place — reported,
 *     never dropped silently;</li>
 * <li>{@code decisions}: the readings chosen, in structural words ({@code "rows newest first"},
 *     {@code "debit/credit from the Dr/Cr suffix"}); never statement data;</li>
 * <li>{@code reversals}: the 0-based indexes of transactions printed with a minus sign in the column of
 *     the other direction (a reversal printed as {@code -1.00} under Withdrawal raises the balance): a
 *     printed summary counts them in that column, with a negative amount.</li>
 * </ul>
 */
public record ParseNotes(List<Integer> rowPages, List<Unplaced> unplaced, List<String> decisions, List<Integer> reversals) {

    public ParseNotes(List<Integer> rowPages, List<Unplaced> unplaced, List<String> decisions) {
        this(rowPages, unplaced, decisions, List.empty());
    }

    /** Text of the table region that no row took. {@code text} is statement data: show it only when asked to. */
    public record Unplaced(Place place, String text) {
    }

    public static ParseNotes none() {
        return new ParseNotes(List.empty(), List.empty(), List.empty());
    }

    /** The page of the transaction at 0-based {@code index}, 0 when not known. */
    public int pageOf(int index) {
        return index >= 0 && index < rowPages.size() ? rowPages.get(index) : 0;
    }

    public ParseNotes withDecision(String decision) {
        return new ParseNotes(rowPages, unplaced, decisions.append(decision), reversals);
    }
}
