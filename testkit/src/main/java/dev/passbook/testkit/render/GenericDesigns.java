package dev.passbook.testkit.render;

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
            .amounts(dev.passbook.core.spi.support.Amounts.Grouping.INDIAN, TableDesign.Markers.UPPER, Balances.SOMETIMES_MARKED);

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
}
