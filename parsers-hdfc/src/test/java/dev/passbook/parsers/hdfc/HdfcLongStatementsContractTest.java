package dev.passbook.parsers.hdfc;

import dev.passbook.testkit.GeneratedStatement;
import dev.passbook.testkit.Layout;
import dev.passbook.testkit.arbitraries.StatementShape;
import dev.passbook.testkit.arbitraries.Statements;
import dev.passbook.testkit.contract.StatementParserContract;
import io.vavr.collection.List;
import net.jqwik.api.Arbitrary;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The TCK again with statements of 60 to 200 rows: several pages each, so legacy rows split over page
 * breaks and newer pages end on centred blocks in generated (not hand-picked) data. Two per layout in
 * the default build; {@code -Dpassbook.tck.tries=…} for more.
 */
class HdfcLongStatementsContractTest extends StatementParserContract {

    @Override
    protected List<Layout> layouts() {
        return List.of(Layout.HDFC_LEGACY, Layout.HDFC_NEWER);
    }

    @Override
    protected String expectedParserId() {
        return "hdfc";
    }

    @Override
    protected int defaultTries() {
        return 2;
    }

    @Override
    protected long seed() {
        return Long.getLong(SEED_PROPERTY, 5150L);
    }

    @Override
    protected Arbitrary<GeneratedStatement> statements(Layout layout) {
        return Statements.forLayout(layout, "hdfc", StatementShape.defaults().rows(60, 200));
    }

    @Test
    void theseStatementsReallySpanSeveralPages() {
        for (Layout layout : layouts()) {
            Case c = prepare(layout, 0);
            assertTrue(c.truth().transactions().size() >= 60, c.describe());
            assertTrue(c.document().pageCount() >= 2, c.describe() + ": " + c.document().pageCount() + " page(s)");
        }
    }
}
