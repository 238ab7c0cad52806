package dev.passbook.parsers.generic;

import io.vavr.collection.List;

/**
 * The labelled fields a statement prints around its table, each with the wordings banks use.
 * Matching is case-insensitive, tolerant to spacing and to dots after abbreviations
 * ({@code A/c No.}, {@code Cust. Reln. No.}); the longest wording wins, so {@code Account Name} is
 * not read as {@code Name}.
 */
enum Label {
    ACCOUNT_NUMBER("Account Number", "Account No", "A/c Number", "A/c No", "Acct No", "Account #", "Savings Account No",
            "SB Account No"),
    NAME("Account Name", "Account Holder Name", "Account Holder", "Customer Name", "Name of Customer", "Name"),
    ADDRESS("Address", "Customer Address", "Communication Address"),
    CUSTOMER_ID("Customer ID", "Customer No", "Cust ID", "CIF No", "CIF Number", "CIF ID", "CIF",
            "Cust Reln No", "Customer Relationship No", "CRN"),
    IFSC("IFSC Code", "IFS Code", "IFSC", "RTGS/NEFT IFSC", "NEFT IFSC"),
    MICR("MICR Code", "MICR No", "MICR"),
    BRANCH("Branch Name", "Account Branch", "Branch", "Home Branch"),
    OPENING_BALANCE("Opening Balance", "Balance B/F", "Balance Brought Forward", "Brought Forward"),
    CLOSING_BALANCE("Closing Balance", "Balance C/F", "Balance Carried Forward", "Carried Forward");

    private final List<String> wordings;

    Label(String... wordings) {
        this.wordings = List.of(wordings);
    }

    List<String> wordings() {
        return wordings;
    }
}
