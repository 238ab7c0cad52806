package dev.passbook.testkit.render;

import dev.passbook.core.spi.support.Amounts;
import dev.passbook.core.spi.support.StatementDates.Form;
import dev.passbook.testkit.render.TableDesign.Balances;
import dev.passbook.testkit.render.TableDesign.Labels;
import dev.passbook.testkit.render.TableDesign.TableColumn;
import dev.passbook.testkit.render.TableDesign.Totals;
import io.vavr.collection.List;
import io.vavr.control.Option;

import static dev.passbook.testkit.render.Align.LEFT;
import static dev.passbook.testkit.render.Align.RIGHT;
import static dev.passbook.testkit.render.TableDesign.Cell.*;

/** The built-in table designs of other banks than HDFC, imitating the traits in BANK-LAYOUTS.md. */
public final class GenericDesigns {

    private GenericDesigns() {
    }

    /** SBI-like: separate Debit and Credit columns, dates like {@code 1 Apr 2024}, balances sometimes with CR/DR. */
    public static final TableDesign DEBIT_CREDIT = TableDesign.of(
                    new Labels("Account Name", "Address", "Account Number", "CIF No.", "IFS Code", "MICR Code", true),
                    "Account Statement from %s to %s", Form.D_MMM_YYYY_SPACE, List.of(
                            TableColumn.of(DATE, "Txn Date", 50, LEFT),
                            TableColumn.of(VALUE_DATE, "Value Date", 50, LEFT),
                            TableColumn.of(NARRATION, "Description", 175, LEFT),
                            TableColumn.of(REFERENCE, "Ref No./Cheque No.", 100, LEFT),
                            TableColumn.of(DEBIT, "Debit", 58, RIGHT),
                            TableColumn.of(CREDIT, "Credit", 58, RIGHT),
                            TableColumn.of(BALANCE, "Balance", 64, RIGHT)))
            .amounts(Amounts.Grouping.INDIAN, TableDesign.Markers.UPPER, Balances.SOMETIMES_MARKED);

    /**
     * Axis/Kotak-like: one Amount column plus Dr/Cr, dd-mm-yyyy dates, an {@code OPENING BALANCE} row
     * first and {@code TRANSACTION TOTAL} (debits, then credits) and {@code CLOSING BALANCE} rows last,
     * none of them transactions. {@code Init. Br} prints the branch code on every row.
     */
    public static final TableDesign AMOUNT_DRCR = TableDesign.of(
                    new Labels("Account Name", "Address", "A/c No", "Customer ID", "IFSC", "MICR", true),
                    "Statement of Account for the period %s to %s", Form.DD_MM_YYYY_DASH, List.of(
                            TableColumn.of(DATE, "Tran Date", 52, LEFT),
                            TableColumn.of(CHEQUE, "Chq No", 45, LEFT),
                            TableColumn.of(NARRATION, "Particulars", 240, LEFT),
                            TableColumn.of(AMOUNT, "Amount", 70, RIGHT),
                            TableColumn.of(TYPE, "Dr/Cr", 30, Align.CENTRE),
                            TableColumn.of(BALANCE, "Balance", 78, RIGHT),
                            TableColumn.of(BRANCH, "Init. Br", 40, RIGHT)))
            .totals(Totals.ROWS).narrationWidth(32);

    /**
     * ICICI-like: a serial number first, value date before transaction date, a cheque-number column,
     * amounts in {@code (INR )} columns with headers over two lines, dates dd/mm/yyyy or dd.mm.yyyy.
     */
    public static final TableDesign SERIAL_FIRST = TableDesign.of(
                    new Labels("Account Name", "Address", "Account Number", "Customer ID", "IFSC Code", "MICR Code", true),
                    "Transactions for the period %s to %s", Form.DD_MM_YYYY_SLASH, List.of(
                            TableColumn.of(SERIAL, "S No.", 28, LEFT),
                            TableColumn.of(VALUE_DATE, "Value\nDate", 52, LEFT),
                            TableColumn.of(DATE, "Transaction\nDate", 56, LEFT),
                            TableColumn.of(CHEQUE, "Cheque\nNumber", 50, LEFT),
                            TableColumn.of(NARRATION, "Transaction Remarks", 170, LEFT),
                            TableColumn.of(DEBIT, "Withdrawal\nAmount (INR )", 64, RIGHT),
                            TableColumn.of(CREDIT, "Deposit\nAmount (INR )", 64, RIGHT),
                            TableColumn.of(BALANCE, "Balance (INR )", 71, RIGHT)))
            .dates(Form.DD_MM_YYYY_SLASH, Option.some(Form.DD_MM_YYYY_DOT), false);

    // Designs with the traits real exports showed (BANK-LAYOUTS.md, "What real exports showed"), one
    // group of traits each, so a failure names the trait.

    /**
     * Titles that do not sit where their cells do: the date and narration titles centred over wide
     * columns whose cells start at the left, amounts sticking out 10 pt past their right-aligned titles,
     * money titles split mid-word over two baselines ({@code Withdra} / {@code wal (Dr)}); dates
     * {@code 01-Apr-2021}, western grouping (Kotak-like).
     */
    public static final TableDesign SPLIT_HEADERS = TableDesign.of(
                    new Labels("Account Holder", "Address", "Account No", "Cust. Reln. No.", "IFSC Code", "MICR Code", true),
                    "Statement of account from %s to %s", Form.DD_MMM_YYYY_DASH, List.of(
                            TableColumn.of(DATE, "Date", 62, LEFT).headerCentred(),
                            TableColumn.of(NARRATION, "Narration", 190, LEFT).headerCentred(),
                            TableColumn.of(REFERENCE, "Chq/Ref No", 88, LEFT),
                            TableColumn.of(DEBIT, "Withdra\nwal (Dr)", 68, RIGHT).headerShort(10),
                            TableColumn.of(CREDIT, "Depo\nsit (Cr)", 68, RIGHT).headerShort(10),
                            TableColumn.of(BALANCE, "Balance", 76, RIGHT).headerShort(10)))
            .amounts(Amounts.Grouping.WESTERN, TableDesign.Markers.UPPER, Balances.SIGNED);

    /**
     * Rows aligned to the bottom (a long narration wraps upward; date and amounts on the row's last
     * line), labels without colons, dates {@code 01/04/21} (Axis-like, a NetBanking print).
     */
    public static final TableDesign BOTTOM_ALIGNED = TableDesign.of(
                    new Labels("Customer Name", "Address", "Account Number", "Customer ID", "IFSC", "MICR", false),
                    "Statement period %s to %s", Form.DD_MM_YY_SLASH, List.of(
                            TableColumn.of(DATE, "Tran Date", 50, LEFT),
                            TableColumn.of(CHEQUE, "Chq No", 50, LEFT),
                            TableColumn.of(NARRATION, "Particulars", 210, LEFT),
                            TableColumn.of(DEBIT, "Debit", 72, RIGHT),
                            TableColumn.of(CREDIT, "Credit", 72, RIGHT),
                            TableColumn.of(BALANCE, "Balance", 80, RIGHT)))
            .rowAlignment(RowAlignment.BOTTOM);

    /**
     * Every cell centred on its row (a one-line cell sits on the middle line of a taller row), dates like
     * {@code 01 Apr 2021}, a value date, Indian grouping. Dates are not wrapped here: a two-line date
     * centred on its row has no piece on the row's middle line, which the table engine cannot place yet
     * (docs/testkit.md, known limits).
     */
    public static final TableDesign CELL_CENTRED = TableDesign.of(
                    new Labels("Account Name", "Address", "Account Number", "Customer ID", "IFSC Code", "MICR Code", true),
                    "Account statement for the period %s to %s", Form.DD_MMM_YYYY_SPACE, List.of(
                            TableColumn.of(DATE, "Txn Date", 46, LEFT),
                            TableColumn.of(VALUE_DATE, "Value Date", 46, LEFT),
                            TableColumn.of(NARRATION, "Description", 186, LEFT),
                            TableColumn.of(REFERENCE, "Ref No", 88, LEFT),
                            TableColumn.of(DEBIT, "Withdrawals", 60, RIGHT),
                            TableColumn.of(CREDIT, "Deposits", 60, RIGHT),
                            TableColumn.of(BALANCE, "Balance", 66, RIGHT)))
            .rowAlignment(RowAlignment.CENTRED);

    /**
     * The newest row first, ISO dates ({@code 2021-04-01}), one amount column signed with a minus for
     * withdrawals.
     */
    public static final TableDesign NEWEST_FIRST = TableDesign.of(
                    new Labels("Name", "Address", "Account No", "Customer ID", "IFSC", "MICR", true),
                    "Transactions from %s to %s", Form.ISO, List.of(
                            TableColumn.of(DATE, "Date", 56, LEFT),
                            TableColumn.of(NARRATION, "Transaction Details", 230, LEFT),
                            TableColumn.of(REFERENCE, "Reference No", 96, LEFT),
                            TableColumn.of(SIGNED_AMOUNT, "Amount", 80, RIGHT),
                            TableColumn.of(BALANCE, "Balance", 90, RIGHT)))
            .newestFirst(true);

    /**
     * One amount column and a type column of {@code Dr} / {@code Cr}, dates {@code 01-Apr-21} wrapped
     * onto two lines ({@code 01-Apr-} / {@code 21}).
     */
    public static final TableDesign AMOUNT_TYPE = TableDesign.of(
                    new Labels("Account Name", "Address", "Account No", "Customer ID", "IFSC", "MICR", true),
                    "Statement from %s to %s", Form.DD_MMM_YY_DASH, List.of(
                            TableColumn.of(DATE, "Txn Date", 44, LEFT),
                            TableColumn.of(NARRATION, "Remarks", 220, LEFT),
                            TableColumn.of(REFERENCE, "Ref No", 90, LEFT),
                            TableColumn.of(AMOUNT, "Amount", 74, RIGHT),
                            TableColumn.of(TYPE, "Type", 36, Align.CENTRE),
                            TableColumn.of(BALANCE, "Balance", 84, RIGHT)))
            .dates(Form.DD_MMM_YY_DASH, Option.none(), true)
            .amounts(Amounts.Grouping.INDIAN, TableDesign.Markers.TITLE, Balances.SIGNED);

    /**
     * One amount column with a trailing {@code Cr} / {@code Dr}, balances marked the same way, labels
     * without colons, dates {@code 01/Apr/2021}, western grouping.
     */
    public static final TableDesign MARKED_AMOUNTS = TableDesign.of(
                    new Labels("Account Holder Name", "Address", "Account No", "CIF No", "IFSC", "MICR", false),
                    "Statement of transactions from %s to %s", Form.DD_MMM_YYYY_SLASH, List.of(
                            TableColumn.of(DATE, "Date", 60, LEFT),
                            TableColumn.of(NARRATION, "Description", 230, LEFT),
                            TableColumn.of(REFERENCE, "Reference", 90, LEFT),
                            TableColumn.of(MARKED_AMOUNT, "Amount", 84, RIGHT),
                            TableColumn.of(BALANCE, "Balance", 90, RIGHT)))
            .amounts(Amounts.Grouping.WESTERN, TableDesign.Markers.TITLE, Balances.MARKED);

    /**
     * A NetBanking page printed through a viewer: an account summary laid out as a one-row table (titles
     * naming a date, a type and a balance) above the transactions, and each row's wrapped narration lines
     * drawn again, in white, at the start of its other cells; an amount column with a {@code Type} column of
     * {@code DR} / {@code CR}, the balance titled {@code Current Balance} (Bank of Baroda-like).
     */
    public static final TableDesign VIEWER_PRINT = TableDesign.of(
                    new Labels("Name", "Address", "Account Number", "Customer ID", "IFSC", "MICR", true),
                    "Statement From : %s To : %s", Form.DD_MM_YYYY_SLASH, List.of(
                            TableColumn.of(DATE, "Txn Date", 56, LEFT),
                            TableColumn.of(NARRATION, "Narration", 170, LEFT),
                            TableColumn.of(TYPE, "Type", 36, Align.CENTRE),
                            TableColumn.of(AMOUNT, "Amount", 70, RIGHT),
                            TableColumn.of(BALANCE, "Current Balance", 80, RIGHT),
                            TableColumn.of(REFERENCE, "Reference", 90, LEFT)))
            .viewerPrint(true);
}
