package dev.passbook.adapters.http;

import java.time.Duration;
import java.util.Objects;

/**
 * How many uploads the service takes on at once. An upload is admitted after the access rules and
 * before its body is read; it counts until its answer is ready. At most {@code maxUploads} in
 * flight, at most {@code maxUploadsPerKey} of them for one API key (so that one organisation
 * cannot occupy every statement reader), and at most {@code maxUploads} more waiting. One that is
 * not admitted within {@code queueWait} — or finds the waiting room full — is answered 503
 * {@code SERVICE_BUSY} with {@code Retry-After: retryAfter}. Zero for {@code maxUploads} means
 * no limit (the default; {@code passbook serve} derives its limits from the reader processes).
 */
public record AdmissionLimits(int maxUploads, int maxUploadsPerKey, Duration queueWait, Duration retryAfter) {

    public static final Duration DEFAULT_RETRY_AFTER = Duration.ofSeconds(5);

    public AdmissionLimits {
        Objects.requireNonNull(queueWait, "queueWait");
        Objects.requireNonNull(retryAfter, "retryAfter");
        if (maxUploads < 0 || maxUploadsPerKey < 0 || queueWait.isNegative() || retryAfter.isNegative()) {
            throw new IllegalArgumentException("invalid admission limits: " + maxUploads + ", " + maxUploadsPerKey);
        }
    }

    public static AdmissionLimits unlimited() {
        return new AdmissionLimits(0, 0, Duration.ZERO, DEFAULT_RETRY_AFTER);
    }

    public boolean limited() {
        return maxUploads > 0;
    }

    /** Retry-After in whole seconds, at least 1. */
    public long retryAfterSeconds() {
        return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
    }
}
