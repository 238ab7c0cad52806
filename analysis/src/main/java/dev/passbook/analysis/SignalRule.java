package dev.passbook.analysis;

import dev.passbook.core.domain.Evidence;
import io.vavr.collection.List;

import java.util.function.Function;

/**
 * One named check: the wire {@code type} it reports, its {@code category}, and the function that
 * finds the evidence for it (none when the statement is clean in this respect). Severity is not
 * part of the rule: it comes from {@link AnalysisSettings} so operators can reorder signals.
 */
public record SignalRule(String type, String category, Function<AnalysisInput, List<Evidence>> check) {

    public List<Evidence> findings(AnalysisInput input) {
        return check.apply(input);
    }
}
