package dev.passbook.analysis.e2e;

import dev.passbook.analysis.FraudAnalyzer;
import dev.passbook.core.domain.FraudSignal;
import dev.passbook.testkit.GeneratedStatement;
import dev.passbook.testkit.Layout;
import dev.passbook.testkit.arbitraries.Statements;
import dev.passbook.testkit.arbitraries.GeneratorInfos;
import dev.passbook.testkit.render.PdfInfo;
import dev.passbook.testkit.render.RenderOptions;
import io.vavr.collection.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;

/**
 * Genuine testkit statements of every layout and bank, rendered as the bank issues them and read by
 * the real PDF reader, raise no signal at all. Tries follow {@code jqwik.tries.default} (50 here);
 * {@code -Djqwik.tries.default=5000} runs thousands.
 */
class CleanRenderedStatementProperties {

    private final FraudAnalyzer analyzer = new FraudAnalyzer();

    @Property
    void genuineRenderedStatementsRaiseNoSignal(@ForAll("genuine") GeneratedStatement statement) {
        List<FraudSignal> signals = Rendered.of(statement, RenderOptions.bankLike(statement.layout())).signals(analyzer);
        if (!signals.isEmpty()) {
            throw new AssertionError(statement.layout() + " statement for " + statement.bank().id() + " flagged:\n"
                    + signals.mkString("\n"));
        }
    }

    /**
     * The metadata genuine generators write (a report engine's names, a ModDate stamped later by the
     * generator, dates in UTC or without an offset, a system Author, a re-save that removed the password)
     * raises nothing either.
     */
    @Property
    void genuineGeneratorMetadataRaisesNoSignal(@ForAll("genuineWithInfo") Tuple2<GeneratedStatement, PdfInfo> drawn) {
        GeneratedStatement statement = drawn.get1();
        List<FraudSignal> signals = Rendered.of(statement, RenderOptions.bankLike(statement.layout()).info(drawn.get2()))
                .signals(analyzer);
        if (!signals.isEmpty()) {
            throw new AssertionError(statement.layout() + " statement with " + drawn.get2() + " flagged:\n"
                    + signals.mkString("\n"));
        }
    }

    @Provide
    Arbitrary<GeneratedStatement> genuine() {
        return Arbitraries.of(Layout.builtIn().asJava()).flatMap(Statements::forLayout);
    }

    @Provide
    Arbitrary<Tuple2<GeneratedStatement, PdfInfo>> genuineWithInfo() {
        return genuine().flatMap(s -> GeneratorInfos.genuine(s).map(info -> Tuple.of(s, info)));
    }
}
