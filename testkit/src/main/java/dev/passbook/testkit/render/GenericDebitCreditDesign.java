package dev.passbook.testkit.render;

import dev.passbook.core.spi.support.StatementDates.Form;
import dev.passbook.testkit.GeneratedStatement;
import io.vavr.collection.List;
import io.vavr.control.Option;

import java.math.BigDecimal;

import static dev.passbook.testkit.render.Align.LEFT;
import static dev.passbook.testkit.render.Align.RIGHT;

/** SBI-like: separate Debit and Credit columns, dates like {@code 1 Apr 2024}, balances optionally with CR/DR. */
final class GenericDebitCreditDesign extends GenericDesign {

    private static final TableSpec TABLE = new TableSpec(columns(
            List.of("Txn Date", "Value Date", "Description", "Ref No./Cheque No.", "Debit", "Credit", "Balance"),
            List.of(50f, 50f, 175f, 100f, 58f, 58f, 64f),
            List.of(LEFT, LEFT, LEFT, LEFT, RIGHT, RIGHT, RIGHT)), 7, 9, 3, false, false);
    private static final Form DATE = Form.D_MMM_YYYY_SPACE;

    @Override
    public TableSpec table() {
        return TABLE;
    }

    @Override
    Labels labels() {
        return new Labels("Account Name", "Address", "Account Number", "CIF No.", "IFS Code", "MICR Code");
    }

    @Override
    String periodLine(GeneratedStatement s) {
        return "Account Statement from " + DATE.format(s.declaredPeriod().from()) + " to " + DATE.format(s.declaredPeriod().to());
    }

    @Override
    Option<String> openingLine(GeneratedStatement s) {
        return Option.some("Opening Balance : " + balance(s, s.openingBalance()));
    }

    @Override
    List<String> trailerLines(GeneratedStatement s) {
        return List.of("Closing Balance : " + balance(s, s.closingBalance()));
    }

    @Override
    String balance(GeneratedStatement s, BigDecimal v) {
        return s.options().balanceMarkers() ? Formats.marked(v) : Formats.indian(v);
    }

    @Override
    public List<TableRow> rows(GeneratedStatement s) {
        return s.transactions().map(t -> TableRow.of(List.of(
                DATE.format(t.date()), t.valueDate().map(DATE::format).getOrElse(""), "", t.reference().getOrElse(""),
                Formats.debitColumn(t, ""),
                Formats.creditColumn(t, ""),
                t.balance().map(b -> balance(s, b)).getOrElse("")), 2, s.layout().wrap().wrap(t.note())));
    }
}
