package dev.passbook.parsers.generic;

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
 * The TCK again with statements of 60 to 200 rows, so every generic layout meets page breaks, footers
 * between rows and (every other case) a header printed on page 1 only. Two per layout by default;
 * {@code -Dpassbook.tck.tries=…} for more.
 */
class GenericLongStatementsContractTest extends StatementParserContract {

    @Override
    protected List<Layout> layouts() {
        return List.of(Layout.GENERIC_DEBIT_CREDIT, Layout.GENERIC_AMOUNT_DRCR, Layout.GENERIC_SERIAL_FIRST);
    }

    @Override
    protected String expectedParserId() {
        return GenericStatementParser.ID;
    }

    @Override
    protected int defaultTries() {
        return 3;
    }

    @Override
    protected long seed() {
        return Long.getLong(SEED_PROPERTY, 6061L);
    }

    @Override
    protected Arbitrary<GeneratedStatement> statements(Layout layout) {
        return Statements.forLayout(layout, StatementShape.defaults().rows(60, 200));
    }

    @Test
    void theseStatementsReallySpanSeveralPages() {
        for (Layout layout : layouts()) {
            Case c = prepare(layout, 0);
            assertTrue(c.truth().transactions().size() >= 60, c.describe());
            assertTrue(c.document().pageCount() >= 3, c.describe() + ": " + c.document().pageCount() + " page(s)");
        }
    }
}
