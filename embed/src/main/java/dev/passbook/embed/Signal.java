package dev.passbook.embed;

/**
 * A reason to doubt the statement: {@code type} is the wire fraud type ({@code inconsistent_transaction},
 * {@code author_fraud}, ...), {@code category} its family ({@code accounting}, {@code metadata},
 * {@code font}, {@code file}), {@code severity} orders signals (higher is worse) and {@code evidence}
 * says what was expected and what was found. Every type is described in {@code docs/analysis.md}.
 */
public record Signal(String type, String category, int severity, String evidence) {
}
