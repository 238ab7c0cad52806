package dev.passbook.analysis;

import dev.passbook.core.document.Document;
import dev.passbook.core.domain.Evidence;
import dev.passbook.core.domain.FraudSignal;
import dev.passbook.core.port.StatementAnalyzer;
import dev.passbook.core.spi.ParsedStatement;
import io.vavr.collection.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Objects;

/**
 * Runs every enabled {@link SignalRule} over a statement and returns its signals, most severe first
 * (rules' order breaks ties), at most {@code signals.max-per-type} per type. Balance breaks and summary
 * mismatches are not among them: core's {@code ReadStatement} always adds them with
 * {@link AnalysisSettings#accounting()}'s severities. The {@code fraud_type} is core's
 * {@code FraudSignal.fraudType}. The analyzer holds no state besides its settings and is safe to share
 * between threads.
 */
public final class FraudAnalyzer implements StatementAnalyzer {
    private static final Logger LOG = LoggerFactory.getLogger(FraudAnalyzer.class);
    private final AnalysisSettings settings;
    private final List<SignalRule> rules;

    public FraudAnalyzer() {
        this(AnalysisSettings.defaults());
    }

    public FraudAnalyzer(AnalysisSettings settings) {
        this(settings, SignalRules.all());
    }

    public FraudAnalyzer(AnalysisSettings settings, List<SignalRule> rules) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.rules = Objects.requireNonNull(rules, "rules");
    }

    public AnalysisSettings settings() {
        return settings;
    }

    /** Every signal found in {@code statement}, read from {@code document}, for bank {@code bankId}. */
    @Override
    public List<FraudSignal> analyse(Document document, ParsedStatement statement, String bankId) {
        AnalysisInput input = new AnalysisInput(document, statement, bankId, settings);
        List<FraudSignal> signals = rules.filter(r -> settings.enabled(r.type()))
                .flatMap(r -> findings(r, input).take(settings.maxSignalsPerType())
                        .map(e -> new FraudSignal(r.type(), r.category(), settings.severity(r.type()), e.render())));
        return signals.sortBy(s -> -s.severity()); // stable: ties keep the rules' order
    }

    /**
     * The contract says an analyzer never throws: a rule that fails (a bug, or a document shape no
     * test foresaw) is logged and contributes nothing, so one faulty rule cannot fail an upload.
     */
    private static List<Evidence> findings(SignalRule rule, AnalysisInput input) {
        try {
            return rule.findings(input);
        } catch (RuntimeException e) {
            LOG.warn("signal rule " + rule.type() + " failed; skipped", e);
            return List.empty();
        }
    }
}
