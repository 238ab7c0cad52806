package dev.passbook.adapters.pdf;

import java.time.Duration;
import java.util.Objects;

/**
 * Bounds on what one {@link PdfDocumentReader#read} call may consume. A file over {@code maxBytes} is
 * rejected before parsing; more than {@code maxPages} pages, or extraction running past
 * {@code timeBudget}, is reported as {@code PDF_TOO_COMPLEX}.
 *
 * <pre>{@code
 * new PdfDocumentReader(new ReaderLimits(20 * 1024 * 1024, 500, Duration.ofSeconds(20)));
 * }</pre>
 */
public record ReaderLimits(long maxBytes, int maxPages, Duration timeBudget) {

    public static final long DEFAULT_MAX_BYTES = 50L * 1024 * 1024;
    public static final int DEFAULT_MAX_PAGES = 2_000;
    public static final Duration DEFAULT_TIME_BUDGET = Duration.ofSeconds(60);

    public ReaderLimits {
        Objects.requireNonNull(timeBudget, "timeBudget");
        if (maxBytes <= 0 || maxPages <= 0 || timeBudget.isNegative() || timeBudget.isZero()) {
            throw new IllegalArgumentException("limits must be positive: " + maxBytes + ", " + maxPages + ", " + timeBudget);
        }
    }

    /** 50 MB, 2,000 pages, 60 seconds. */
    public static ReaderLimits defaults() {
        return new ReaderLimits(DEFAULT_MAX_BYTES, DEFAULT_MAX_PAGES, DEFAULT_TIME_BUDGET);
    }
}
