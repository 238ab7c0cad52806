package dev.passbook.parsers.generic;

/** What a statement table column holds, as its header names it. */
enum ColumnRole {
    SERIAL, DATE, VALUE_DATE, NARRATION, REFERENCE, DEBIT, CREDIT,
    /** One amount column whose direction comes from a {@link #DR_CR} column or a Dr/Cr suffix. */
    AMOUNT,
    /** {@code Dr/Cr}, {@code Type}: the direction of the {@link #AMOUNT} column. */
    DR_CR, BALANCE,
    /** A column the parser does not use (e.g. {@code Init. Br}). */
    OTHER;

    boolean numeric() {
        return this == DEBIT || this == CREDIT || this == AMOUNT || this == BALANCE;
    }
}
