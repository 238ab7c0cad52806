package dev.passbook.analysis.e2e;

import dev.passbook.adapters.pdf.PdfDocumentReader;
import dev.passbook.analysis.FraudAnalyzer;
import dev.passbook.core.document.Document;
import dev.passbook.core.domain.FraudSignal;
import dev.passbook.core.spi.ParsedStatement;
import dev.passbook.testkit.GeneratedStatement;
import dev.passbook.testkit.render.RenderOptions;
import dev.passbook.testkit.render.StatementRenderer;
import io.vavr.collection.List;
import io.vavr.control.Option;

/**
 * A testkit statement rendered to PDF, read back by the real reader, and "parsed" from the truth
 * model (no dedicated parser is needed to judge the analysis: the truth is what a correct parser
 * returns, edited balance included).
 */
record Rendered(byte[] pdf, Document document, ParsedStatement parsed, String bankId) {

    private static final PdfDocumentReader READER = new PdfDocumentReader();

    static Rendered of(GeneratedStatement statement, RenderOptions options) {
        var rendered = StatementRenderer.renderWithTruth(statement, options);
        return read(rendered.pdf(), rendered.truth());
    }

    /** {@code pdf} read by the reader, parsed as {@code truth}. */
    static Rendered read(byte[] pdf, GeneratedStatement truth) {
        Document document = READER.read(pdf, Option.none())
                .getOrElseThrow(e -> new AssertionError("reader refused a rendered statement: " + e));
        return new Rendered(pdf, document, parsed(truth), truth.bank().id());
    }

    static ParsedStatement parsed(GeneratedStatement t) {
        return new ParsedStatement(t.layout().id(), t.identity(), Option.some(t.declaredPeriod()),
                Option.some(t.openingBalance()), Option.some(t.closingBalance()), t.transactions(),
                t.layout().printsSummary() ? Option.some(t.summary()) : Option.none());
    }

    /** What a reading reports: core's accounting signals with the analyzer's settings, then the analyzer's; most severe first. */
    List<FraudSignal> signals(FraudAnalyzer analyzer) {
        return analyzer.settings().accounting().analyse(document, parsed, bankId)
                .appendAll(analyzer.analyse(document, parsed, bankId)).sortBy(s -> -s.severity());
    }
}
