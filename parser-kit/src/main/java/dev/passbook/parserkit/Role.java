package dev.passbook.parserkit;

/**
 * What a column of a statement table holds. Header words name roles through the vocabulary
 * ({@code header-vocabulary.tsv}); the engine reads cells by role.
 */
public enum Role {
    /** The transaction (or posting) date. */
    DATE,
    VALUE_DATE,
    NARRATION,
    /** Cheque number, reference, transaction id. */
    REFERENCE,
    DEBIT,
    CREDIT,
    /** One amount column whose direction comes from a {@link #DIRECTION} column, a sign or a Cr/Dr marker. */
    AMOUNT,
    /** {@code Dr}/{@code Cr}, {@code DEBIT}/{@code CREDIT}: the direction of an {@link #AMOUNT}. */
    DIRECTION,
    BALANCE,
    SERIAL,
    /** A column the engine keeps apart but does not read (branch codes, posting times, modes). */
    OTHER;

    /** Columns that hold money: a line with an amount in one of them is a row's anchor line. */
    public boolean money() {
        return this == DEBIT || this == CREDIT || this == AMOUNT || this == BALANCE;
    }
}
