package dev.passbook.parsers.generic;

import dev.passbook.testkit.Layout;
import dev.passbook.testkit.contract.StatementParserContract;
import io.vavr.collection.List;

/**
 * The parser TCK over the testkit's generic layouts: the SBI-, Axis/Kotak- and ICICI-like ones, and the
 * designs with the traits of real exports (split and offset titles, bottom-aligned and cell-centred rows,
 * wrapped dates, newest first, amount + type, marked amounts, labels without colons, date and amount forms).
 */
class GenericParserContractTest extends StatementParserContract {

    @Override
    protected List<Layout> layouts() {
        return List.of(Layout.GENERIC_DEBIT_CREDIT, Layout.GENERIC_AMOUNT_DRCR, Layout.GENERIC_SERIAL_FIRST)
                .appendAll(Layout.realWorldTraits());
    }

    @Override
    protected String expectedParserId() {
        return GenericStatementParser.ID;
    }
}
