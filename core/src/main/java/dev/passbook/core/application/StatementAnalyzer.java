package dev.passbook.core.application;

import dev.passbook.core.document.Document;
import dev.passbook.core.domain.FraudSignal;
import dev.passbook.core.spi.ParsedStatement;
import io.vavr.collection.List;

/**
 * Looks for reasons to doubt an accepted statement (metadata, fonts, arithmetic...). Must not throw;
 * an analyzer that finds nothing returns an empty list. The upload service always adds
 * {@link AccountingAnalyzer}'s signals, so no analyzer can report a statement whose balances do not
 * reconcile as clean.
 *
 * <pre>{@code
 * StatementAnalyzer producerCheck = (doc, parsed, bank) -> doc.metadata().producer().exists(p -> p.contains("Word"))
 *         ? List.of(new FraudSignal("author_fraud", "metadata", FraudSeverity.METADATA, "producer is Word"))
 *         : List.empty();
 * }</pre>
 */
@FunctionalInterface
public interface StatementAnalyzer {

    List<FraudSignal> analyse(Document document, ParsedStatement statement, String bankId);

    /** Finds nothing. */
    static StatementAnalyzer none() {
        return (d, s, b) -> List.empty();
    }

    /** Every signal of every analyzer, in order. */
    static StatementAnalyzer combine(StatementAnalyzer... analyzers) {
        List<StatementAnalyzer> all = List.of(analyzers);
        return (d, s, b) -> all.flatMap(a -> a.analyse(d, s, b));
    }
}
