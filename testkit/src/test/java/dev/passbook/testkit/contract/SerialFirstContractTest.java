package dev.passbook.testkit.contract;

import dev.passbook.testkit.Layout;
import io.vavr.collection.List;

/** Runs the whole TCK against testkit's small test parser: proof that the contract's plumbing works. */
class SerialFirstContractTest extends StatementParserContract {

    @Override
    protected List<Layout> layouts() {
        return List.of(Layout.GENERIC_SERIAL_FIRST);
    }

    @Override
    protected String expectedParserId() {
        return SerialFirstTestParser.ID;
    }

    @Override
    protected int defaultTries() {
        return 6;
    }
}
