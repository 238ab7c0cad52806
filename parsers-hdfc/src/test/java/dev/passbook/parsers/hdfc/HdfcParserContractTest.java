package dev.passbook.parsers.hdfc;

import dev.passbook.testkit.Layout;
import dev.passbook.testkit.contract.StatementParserContract;
import io.vavr.collection.List;

/**
 * The TCK over the HDFC layouts: the bank's two exports and a customer's browser print of the NetBanking page. The default build renders a few statements per layout; the
 * thousands-run is {@code -Dpassbook.tck.tries=1000} (see docs/parsers-hdfc.md).
 */
class HdfcParserContractTest extends StatementParserContract {

    @Override
    protected List<Layout> layouts() {
        return List.of(Layout.HDFC_LEGACY, Layout.HDFC_NEWER, Layout.HDFC_NETBANKING_PRINT);
    }

    @Override
    protected String expectedParserId() {
        return "hdfc";
    }
}
