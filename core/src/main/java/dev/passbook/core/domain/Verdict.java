package dev.passbook.core.domain;

/**
 * Whether Passbook reproduced a statement's printed figures from its rows (see {@link Verification}).
 * A lender can route on it: {@link #VERIFIED} statements need no manual arithmetic check.
 */
public enum Verdict {
    /** Every printed balance, the closing balance and any printed summary follow from the opening balance and the rows. */
    VERIFIED,
    /** The statement was read, but its arithmetic does not hold, or nothing printed could be checked. */
    UNVERIFIED;

    /** The wire form, e.g. {@code VERIFIED}. */
    public String wire() {
        return name();
    }
}
