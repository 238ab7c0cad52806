package dev.passbook.core.domain;

/**
 * A reason to doubt a statement. {@code type} is the wire fraud type ({@code author_fraud}),
 * {@code category} its family ({@code metadata}, {@code accounting}, {@code font}), {@code severity}
 * orders signals (higher is worse), {@code evidence} says what was expected and what was found.
 */
public record FraudSignal(String type, String category, int severity, String evidence) {
}
