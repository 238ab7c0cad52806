package dev.passbook.core.port;

import dev.passbook.core.document.Document;
import dev.passbook.core.domain.FraudSignal;
import dev.passbook.core.spi.ParsedStatement;
import io.vavr.collection.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Looks for reasons to doubt a read statement (metadata, fonts, file structure...). Must not throw;
 * an analyzer that finds nothing returns an empty list (one that throws anyway is logged and ignored,
 * {@link dev.passbook.core.spi.PluginCalls}). {@code ReadStatement} always adds core's accounting
 * signals ({@code dev.passbook.core.application.AccountingAnalyzer}), so no analyzer can report a
 * statement whose balances do not reconcile as clean.
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

    /**
     * Every analyzer registered in {@code META-INF/services/dev.passbook.core.port.StatementAnalyzer}
     * on {@code loader}'s class path, with the parsers' discovery rules: a provider that fails to load
     * is logged and skipped, never fatal.
     */
    static List<StatementAnalyzer> installed(ClassLoader loader) {
        Logger log = LoggerFactory.getLogger(StatementAnalyzer.class);
        List<StatementAnalyzer> found = List.empty();
        java.util.Iterator<StatementAnalyzer> it = java.util.ServiceLoader.load(StatementAnalyzer.class, loader).iterator();
        while (true) {
            try {
                if (!it.hasNext()) {
                    return found;
                }
                found = found.append(it.next());
            } catch (java.util.ServiceConfigurationError | LinkageError | RuntimeException e) {
                log.warn("Skipping an analyzer provider that failed to load: " + e);
            }
        }
    }

    /** Every signal of every analyzer, in order. */
    static StatementAnalyzer combine(StatementAnalyzer... analyzers) {
        List<StatementAnalyzer> all = List.of(analyzers);
        return (d, s, b) -> all.flatMap(a -> a.analyse(d, s, b));
    }
}
