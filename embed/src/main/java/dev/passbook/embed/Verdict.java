package dev.passbook.embed;

/** Whether Passbook reproduced the statement's printed figures from its rows. */
public enum Verdict {
    /** Every printed balance, the closing balance and any printed summary follow from the rows. */
    VERIFIED,
    /** Read, but the arithmetic does not hold, or nothing printed could be checked. */
    UNVERIFIED
}
