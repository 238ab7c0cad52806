package dev.passbook.examples.acme;

import dev.passbook.core.spi.support.StatementDates.Form;
import dev.passbook.testkit.Layout;
import dev.passbook.testkit.arbitraries.BankFormat;
import dev.passbook.testkit.render.TableDesign;
import dev.passbook.testkit.render.TableDesign.Labels;
import dev.passbook.testkit.render.TableDesign.TableColumn;
import io.vavr.collection.List;

import static dev.passbook.testkit.render.Align.LEFT;
import static dev.passbook.testkit.render.Align.RIGHT;
import static dev.passbook.testkit.render.TableDesign.Cell.*;

/** Acme Bank's statement, described for the testkit's renderer: what the bank prints, as data. */
// tag::layout[]
final class AcmeLayout {

    /** Account numbers of 12 digits starting with 7, IFSC ACME0 + 6 digits, MICR bank code 555. */
    static final BankFormat ACME = new BankFormat(AcmeBankParser.ACME, 12, "7", "555", 8,
            List.of("HIGH STREET", "RIVERSIDE", "OLD TOWN"));

    static final TableDesign DESIGN = TableDesign.of(
            new Labels("Customer Name", "Address", "Account No", "Customer ID", "IFSC", "MICR", true),
            "Statement for %s to %s", Form.DD_MMM_YYYY_DASH, List.of(
                    TableColumn.of(DATE, "Date", 52, LEFT),
                    TableColumn.of(NARRATION, "Details", 200, LEFT),
                    TableColumn.of(REFERENCE, "Reference", 90, LEFT),
                    TableColumn.of(DEBIT, "Withdrawals", 62, RIGHT),
                    TableColumn.of(CREDIT, "Deposits", 62, RIGHT),
                    TableColumn.of(BALANCE, "Balance", 74, RIGHT)));

    static final Layout LAYOUT = Layout.of("acme", List.of(ACME), DESIGN);

    private AcmeLayout() {
    }
}
// end::layout[]
