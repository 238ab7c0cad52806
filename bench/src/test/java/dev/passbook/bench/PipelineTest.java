package dev.passbook.bench;

import dev.passbook.testkit.GeneratedStatement;
import dev.passbook.testkit.Layout;
import dev.passbook.testkit.arbitraries.Seeded;
import dev.passbook.testkit.arbitraries.Statements;
import dev.passbook.testkit.render.RenderOptions;
import dev.passbook.testkit.render.StatementRenderer;
import dev.passbook.testkit.render.Tampering;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The benchmarked pipeline is core's ReadStatement: a rendered statement comes back whole, an edited one flagged. */
class PipelineTest {

    private final Pipeline pipeline = new Pipeline();

    @Test
    void aRenderedStatementIsReadWholeAndAnEditedOneIsFlagged() {
        GeneratedStatement truth = Seeded.sample(Statements.forLayout(Layout.HDFC_NEWER), 7);
        Pipeline.Result clean = pipeline.run(StatementRenderer.render(truth, RenderOptions.bankLike(Layout.HDFC_NEWER)));
        assertEquals("hdfc", clean.parserId());
        assertEquals(truth.transactions().size(), clean.transactions());
        assertTrue(clean.reconciled());
        assertTrue(clean.signals().isEmpty(), clean.signals()::toString);

        Pipeline.Result edited = pipeline.run(StatementRenderer.render(truth,
                RenderOptions.bankLike(Layout.HDFC_NEWER).tamper(Tampering.editedBalance(2))));
        assertFalse(edited.reconciled());
        assertEquals("inconsistent_transaction", edited.signals().head().type());

        Pipeline.Stages stages = pipeline.stages(StatementRenderer.render(truth, RenderOptions.bankLike(Layout.HDFC_NEWER)));
        assertTrue(stages.total() > 0);
    }
}
