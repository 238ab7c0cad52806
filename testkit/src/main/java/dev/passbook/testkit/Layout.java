package dev.passbook.testkit;

import io.vavr.collection.List;
import io.vavr.collection.Set;
import io.vavr.collection.TreeSet;

import static dev.passbook.testkit.IdentityField.*;

/**
 * The statement layouts the renderer draws. HDFC layouts follow BANK-LAYOUTS.md trait by trait; the
 * generic ones imitate other banks' tables (SBI, Axis/Kotak, ICICI) for the fallback parser.
 */
public enum Layout {
    /** HDFC netbanking, 638 x 842 pt, PDF 1.3, dd/mm/yy rows, narrations cut mid-word. */
    HDFC_LEGACY("hdfc-legacy", List.of("hdfc"), NarrationWrap.cut(28), true, true,
            TreeSet.of(ACCOUNT_NUMBER, NAME, ADDRESS, IFSC, MICR, CUSTOMER_ID, BRANCH, ACCOUNT_OPENING_DATE, OD_LIMIT, CURRENCY)),
    /** HDFC newer, 786 x 982 pt, {@code Page N of M}, 0.00 placeholders, vertically centred narrations. */
    HDFC_NEWER("hdfc-newer", List.of("hdfc"), NarrationWrap.cut(36), true, true,
            TreeSet.of(ACCOUNT_NUMBER, NAME, ADDRESS, IFSC, MICR, CUSTOMER_ID, BRANCH, ACCOUNT_OPENING_DATE, OD_LIMIT, CURRENCY)),
    /** SBI-like: Txn Date | Value Date | Description | Ref No./Cheque No. | Debit | Credit | Balance. */
    GENERIC_DEBIT_CREDIT("generic-debit-credit", List.of("sbi", "icici", "axis", "kotak"), NarrationWrap.words(30), true, false,
            TreeSet.of(ACCOUNT_NUMBER, NAME, ADDRESS, IFSC, MICR, CUSTOMER_ID)),
    /** Axis/Kotak-like: one Amount column plus Dr/Cr, OPENING BALANCE and CLOSING BALANCE rows. */
    GENERIC_AMOUNT_DRCR("generic-amount-drcr", List.of("axis", "kotak", "sbi", "icici"), NarrationWrap.words(32), false, false,
            TreeSet.of(ACCOUNT_NUMBER, NAME, ADDRESS, IFSC, MICR, CUSTOMER_ID)),
    /** ICICI-like: S No. | Value Date | Transaction Date | Cheque Number | Transaction Remarks | ... */
    GENERIC_SERIAL_FIRST("generic-serial-first", List.of("icici", "sbi", "axis", "kotak"), NarrationWrap.words(30), true, false,
            TreeSet.of(ACCOUNT_NUMBER, NAME, ADDRESS, IFSC, MICR, CUSTOMER_ID));

    private final String id;
    private final List<String> banks;
    private final NarrationWrap wrap;
    private final boolean printsValueDate;
    private final boolean printsSummary;
    private final Set<IdentityField> printedIdentity;

    Layout(String id, List<String> banks, NarrationWrap wrap, boolean printsValueDate, boolean printsSummary,
           Set<IdentityField> printedIdentity) {
        this.id = id;
        this.banks = banks;
        this.wrap = wrap;
        this.printsValueDate = printsValueDate;
        this.printsSummary = printsSummary;
        this.printedIdentity = printedIdentity;
    }

    public String id() {
        return id;
    }

    /** Bank ids this layout is drawn for; the first is the default. */
    public List<String> banks() {
        return banks;
    }

    public String defaultBank() {
        return banks.head();
    }

    public NarrationWrap wrap() {
        return wrap;
    }

    public boolean printsValueDate() {
        return printsValueDate;
    }

    /** Whether a summary block (opening, counts, totals, closing) is printed, so parsers must return it. */
    public boolean printsSummary() {
        return printsSummary;
    }

    /** The identity fields printed, hence expected from a parser. */
    public Set<IdentityField> printedIdentity() {
        return printedIdentity;
    }

    public boolean isHdfc() {
        return this == HDFC_LEGACY || this == HDFC_NEWER;
    }
}
