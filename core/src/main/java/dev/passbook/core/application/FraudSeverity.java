package dev.passbook.core.application;

/**
 * How signals are ordered ({@code fraud_type} reports the most severe). Arithmetic that does not add
 * up proves the numbers were changed; structure and metadata only suggest it. Higher is worse.
 * Analyzers added later pick one of these levels rather than inventing their own numbers.
 */
public final class FraudSeverity {

    /** A printed balance that does not follow from the previous balance and the row's amount. */
    public static final int BALANCE_BREAK = 100;
    /** A printed summary figure (totals, counts, closing balance) that the rows contradict. */
    public static final int SUMMARY_MISMATCH = 90;
    /** The file was edited after it was produced (incremental revisions, broken signature). */
    public static final int TAMPERING = 80;
    /** Fonts or page structure inconsistent with the bank's layout. */
    public static final int FONT = 60;
    /** Producer, author or dates unusual for the bank. */
    public static final int METADATA = 40;

    private FraudSeverity() {
    }
}
