package dev.passbook.testkit.render;

import dev.passbook.core.domain.Money;
import dev.passbook.core.domain.TransactionType;
import dev.passbook.core.spi.support.StatementDates.Form;
import dev.passbook.testkit.GeneratedStatement;
import io.vavr.collection.List;
import io.vavr.control.Option;

import static dev.passbook.testkit.render.Align.LEFT;
import static dev.passbook.testkit.render.Align.RIGHT;

/**
 * Axis/Kotak-like: one Amount column plus Dr/Cr, dd-mm-yyyy dates, an {@code OPENING BALANCE} row
 * first and {@code TRANSACTION TOTAL} (debits, then credits) and {@code CLOSING BALANCE} rows last,
 * none of them transactions. {@code Init. Br} prints the branch code on every row.
 */
final class GenericAmountDrCrDesign extends GenericDesign {

    private static final TableSpec TABLE = new TableSpec(columns(
            List.of("Tran Date", "Chq No", "Particulars", "Amount", "Dr/Cr", "Balance", "Init. Br"),
            List.of(52f, 45f, 240f, 70f, 30f, 78f, 40f),
            List.of(LEFT, LEFT, LEFT, RIGHT, Align.CENTRE, RIGHT, RIGHT)), 7, 9, 3, false, false);
    private static final Form DATE = Form.DD_MM_YYYY_DASH;

    @Override
    public TableSpec table() {
        return TABLE;
    }

    @Override
    Labels labels() {
        return new Labels("Account Name", "Address", "A/c No", "Customer ID", "IFSC", "MICR");
    }

    @Override
    String periodLine(GeneratedStatement s) {
        return "Statement of Account for the period " + DATE.format(s.declaredPeriod().from()) + " to "
                + DATE.format(s.declaredPeriod().to());
    }

    @Override
    Option<String> openingLine(GeneratedStatement s) {
        return Option.none();
    }

    @Override
    List<String> trailerLines(GeneratedStatement s) {
        return List.empty();
    }

    @Override
    public List<TableRow> rows(GeneratedStatement s) {
        String branch = s.identity().ifsc().map(i -> i.substring(i.length() - 4)).getOrElse("");
        TableRow opening = TableRow.ofSingles(List.of("", "", "OPENING BALANCE", "", "", Formats.indian(s.openingBalance()), ""));
        List<TableRow> rows = s.transactions().map(t -> TableRow.of(List.of(
                DATE.format(t.date()), t.reference().getOrElse(""), "", Formats.indian(t.amount()),
                t.type() == TransactionType.DEBIT ? "DR" : "CR",
                t.balance().map(Formats::indian).getOrElse(""), branch), 2, s.layout().wrap().wrap(t.note())));
        TableRow debits = TableRow.ofSingles(List.of("", "", "TRANSACTION TOTAL",
                Formats.indian(s.summary().debits().max(Money.ZERO)), "DR", "", ""));
        TableRow credits = TableRow.ofSingles(List.of("", "", "TRANSACTION TOTAL",
                Formats.indian(s.summary().credits().max(Money.ZERO)), "CR", "", ""));
        TableRow closing = TableRow.ofSingles(List.of("", "", "CLOSING BALANCE", "", "", Formats.indian(s.closingBalance()), ""));
        return rows.prepend(opening).append(debits).append(credits).append(closing);
    }
}
