package dev.passbook.examples.acme;

import dev.passbook.testkit.Layout;
import dev.passbook.testkit.contract.StatementParserContract;
import io.vavr.collection.List;

/** The TCK against Acme's layout: generated statements, rendered, read back, parsed exactly. */
// tag::contract[]
class AcmeParserContractTest extends StatementParserContract {

    @Override
    protected List<Layout> layouts() {
        return List.of(AcmeLayout.LAYOUT);
    }

    @Override
    protected String expectedParserId() {
        return "acme";
    }
}
// end::contract[]
