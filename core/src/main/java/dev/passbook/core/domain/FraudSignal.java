package dev.passbook.core.domain;

import io.vavr.collection.List;
import io.vavr.control.Option;

/**
 * A reason to doubt a statement. {@code type} is the wire fraud type ({@code author_fraud}),
 * {@code category} its family ({@code metadata}, {@code accounting}, {@code font}), {@code severity}
 * orders signals (higher is worse), {@code evidence} says what was expected and what was found.
 */
public record FraudSignal(String type, String category, int severity, String evidence) {

    /**
     * The most severe of {@code signals} (the first of equals), none when there are none. The one
     * definition of the {@code fraud_type} every answer reports.
     */
    public static Option<FraudSignal> mostSevere(List<FraudSignal> signals) {
        return signals.foldLeft(Option.<FraudSignal>none(),
                (best, s) -> best.isEmpty() || s.severity() > best.get().severity() ? Option.some(s) : best);
    }

    /** The {@code fraud_type} of a statement with {@code signals}: the most severe signal's type. */
    public static Option<String> fraudType(List<FraudSignal> signals) {
        return mostSevere(signals).map(FraudSignal::type);
    }
}
