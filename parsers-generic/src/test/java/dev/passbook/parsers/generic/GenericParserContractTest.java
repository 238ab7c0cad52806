package dev.passbook.parsers.generic;

import dev.passbook.testkit.Layout;
import dev.passbook.testkit.contract.StatementParserContract;
import io.vavr.collection.List;

/** The parser TCK over the testkit's three generic layouts (SBI-, Axis/Kotak- and ICICI-like). */
class GenericParserContractTest extends StatementParserContract {

    @Override
    protected List<Layout> layouts() {
        return List.of(Layout.GENERIC_DEBIT_CREDIT, Layout.GENERIC_AMOUNT_DRCR, Layout.GENERIC_SERIAL_FIRST);
    }

    @Override
    protected String expectedParserId() {
        return GenericStatementParser.ID;
    }
}
