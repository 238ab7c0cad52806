package dev.passbook.analysis;

import dev.passbook.core.domain.Evidence;
import dev.passbook.analysis.fixtures.StatementFixture;
import io.vavr.collection.List;

/** Runs one rule over a fixture, the way {@link FraudAnalyzer} would. */
final class AnalysisTestSupport {

    private AnalysisTestSupport() {
    }

    static List<Evidence> findings(SignalRule rule, StatementFixture f) {
        return findings(rule, f, AnalysisSettings.defaults());
    }

    static List<Evidence> findings(SignalRule rule, StatementFixture f, AnalysisSettings settings) {
        return rule.findings(new AnalysisInput(f.document(), f.parsed(), "hdfc", settings));
    }

    static List<Evidence> findings(SignalRule rule, StatementFixture f, String bankId) {
        return rule.findings(new AnalysisInput(f.document(), f.parsed(), bankId, AnalysisSettings.defaults()));
    }

    static List<Evidence> findings(SignalRule rule, StatementFixture f, String bankId, AnalysisSettings settings) {
        return rule.findings(new AnalysisInput(f.document(), f.parsed(), bankId, settings));
    }

    static AnalysisSettings settings(String... keyValues) {
        java.util.Map<String, String> map = new java.util.HashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            map.put(keyValues[i], keyValues[i + 1]);
        }
        return AnalysisSettings.fromMap(map).getOrElseThrow(msg -> new AssertionError(msg));
    }
}
