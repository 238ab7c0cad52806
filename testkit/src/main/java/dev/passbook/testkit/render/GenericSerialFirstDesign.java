package dev.passbook.testkit.render;

import dev.passbook.core.spi.support.StatementDates.Form;
import dev.passbook.testkit.GeneratedStatement;
import io.vavr.collection.List;
import io.vavr.control.Option;

import static dev.passbook.testkit.render.Align.LEFT;
import static dev.passbook.testkit.render.Align.RIGHT;

/**
 * ICICI-like: a serial number first, value date before transaction date, a cheque-number column,
 * amounts in {@code (INR )} columns with headers over two lines, dates dd/mm/yyyy or dd.mm.yyyy.
 */
final class GenericSerialFirstDesign extends GenericDesign {

    private static final TableSpec TABLE = new TableSpec(columns(
            List.of("S No.", "Value\nDate", "Transaction\nDate", "Cheque\nNumber", "Transaction Remarks",
                    "Withdrawal\nAmount (INR )", "Deposit\nAmount (INR )", "Balance (INR )"),
            List.of(28f, 52f, 56f, 50f, 170f, 64f, 64f, 71f),
            List.of(LEFT, LEFT, LEFT, LEFT, LEFT, RIGHT, RIGHT, RIGHT)), 7, 9, 3, false, false);

    private static Form form(GeneratedStatement s) {
        return s.options().dottedDates() ? Form.DD_MM_YYYY_DOT : Form.DD_MM_YYYY_SLASH;
    }

    @Override
    public TableSpec table() {
        return TABLE;
    }

    @Override
    Labels labels() {
        return new Labels("Account Name", "Address", "Account Number", "Customer ID", "IFSC Code", "MICR Code");
    }

    @Override
    String periodLine(GeneratedStatement s) {
        return "Transactions for the period " + form(s).format(s.declaredPeriod().from()) + " to "
                + form(s).format(s.declaredPeriod().to());
    }

    @Override
    Option<String> openingLine(GeneratedStatement s) {
        return Option.some("Opening Balance : " + Formats.indian(s.openingBalance()));
    }

    @Override
    List<String> trailerLines(GeneratedStatement s) {
        return List.of("Closing Balance : " + Formats.indian(s.closingBalance()));
    }

    @Override
    public List<TableRow> rows(GeneratedStatement s) {
        Form f = form(s);
        return s.transactions().zipWithIndex().map(ti -> TableRow.of(List.of(
                Integer.toString(ti._2 + 1), ti._1.valueDate().map(f::format).getOrElse(""), f.format(ti._1.date()),
                ti._1.reference().getOrElse(""), "",
                Formats.debitColumn(ti._1, ""),
                Formats.creditColumn(ti._1, ""),
                ti._1.balance().map(Formats::indian).getOrElse("")), 4, s.layout().wrap().wrap(ti._1.note())));
    }
}
