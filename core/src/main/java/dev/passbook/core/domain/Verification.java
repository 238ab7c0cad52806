package dev.passbook.core.domain;

import io.vavr.control.Option;

/**
 * How far a statement's printed figures were reproduced from its rows: how many printed balances
 * were checked against the balance before them plus the row's signed amount, how many of those
 * broke (and where the first break is), and whether the printed totals (closing balance, summary
 * block) agree with the rows.
 *
 * <p>The verdict is derived, never stored apart: {@link Verdict#VERIFIED} when at least one printed
 * balance was checked, none broke and the totals did not disagree. A statement that prints no
 * balances, or only the first row's (no opening balance to check it against), is
 * {@link Verdict#UNVERIFIED}: nothing printed was reproduced.
 *
 * <pre>{@code
 * Verification v = parsed.reconciliation().verification();
 * if (v.verdict() == Verdict.VERIFIED) { ... }
 * v.describe();   // "3 balance breaks in 41 checked balances; the first at row 17 on page 3"
 * }</pre>
 */
public record Verification(int balancesChecked, int balanceBreaks, Option<RowLocation> firstBreak, Totals totals) {

    /** Whether the printed totals (closing balance, summary counts and sums) agree with the rows. */
    public enum Totals {
        /** The statement prints no closing balance or summary to compare. */
        NOT_PRINTED,
        MATCHED,
        MISMATCHED;

        public String wire() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** A row by its 1-based position in print order and the page it is printed on (0 when the parser did not say). */
    public record RowLocation(int row, int page) {

        @Override
        public String toString() {
            return "row " + row + (page > 0 ? " on page " + page : "");
        }
    }

    public Verification {
        if (balancesChecked < 0 || balanceBreaks < 0 || balanceBreaks > balancesChecked) {
            throw new IllegalArgumentException("breaks " + balanceBreaks + " of " + balancesChecked + " checked");
        }
        if ((balanceBreaks > 0) != firstBreak.isDefined()) {
            throw new IllegalArgumentException("a first break is given exactly when there are breaks");
        }
    }

    public Verdict verdict() {
        return balancesChecked > 0 && balanceBreaks == 0 && totals != Totals.MISMATCHED
                ? Verdict.VERIFIED : Verdict.UNVERIFIED;
    }

    public boolean verified() {
        return verdict() == Verdict.VERIFIED;
    }

    /** One sentence a person can act on. */
    public String describe() {
        String totalsText = switch (totals) {
            case NOT_PRINTED -> "no printed totals to compare";
            case MATCHED -> "printed totals match the rows";
            case MISMATCHED -> "printed totals do not match the rows";
        };
        if (balancesChecked == 0) {
            return "no printed balance could be checked against the one before it; " + totalsText;
        }
        if (balanceBreaks == 0) {
            return balancesChecked + " printed balance" + (balancesChecked == 1 ? "" : "s") + " reproduced; " + totalsText;
        }
        return balanceBreaks + " balance break" + (balanceBreaks == 1 ? "" : "s") + " in " + balancesChecked
                + " checked balances, the first at " + firstBreak.get() + "; " + totalsText;
    }
}
