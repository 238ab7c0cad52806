package dev.passbook.testkit;

/** An {@link dev.passbook.core.domain.Identity} field a layout prints, so a parser is expected to read it. */
public enum IdentityField {
    ACCOUNT_NUMBER, NAME, ADDRESS, IFSC, MICR, CUSTOMER_ID, BRANCH, ACCOUNT_OPENING_DATE, OD_LIMIT, CURRENCY
}
