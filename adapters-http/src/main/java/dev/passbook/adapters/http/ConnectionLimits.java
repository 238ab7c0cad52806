package dev.passbook.adapters.http;

import java.time.Duration;
import java.util.Objects;

/**
 * How long a client may take. {@code idleTimeout}: a connection on which nothing arrives for this
 * long is closed (also a request body that stalls). {@code headerTimeout}: a request whose line and
 * headers are still incomplete this long after its first byte arrived is cut off, however steadily
 * the bytes trickle in. {@code minBodyBytesPerSecond}: once a body has been arriving for
 * {@code minRateGrace}, it must keep up this average rate or the request is answered 408 and the
 * connection closed — the worker thread blocked on it is freed.
 */
public record ConnectionLimits(Duration idleTimeout, Duration headerTimeout, long minBodyBytesPerSecond,
                               Duration minRateGrace) {

    public static final Duration DEFAULT_IDLE_TIMEOUT = Duration.ofSeconds(30);
    public static final Duration DEFAULT_HEADER_TIMEOUT = Duration.ofSeconds(10);
    public static final long DEFAULT_MIN_BODY_BYTES_PER_SECOND = 4 * 1024;
    public static final Duration DEFAULT_MIN_RATE_GRACE = Duration.ofSeconds(5);

    public ConnectionLimits {
        Objects.requireNonNull(idleTimeout, "idleTimeout");
        Objects.requireNonNull(headerTimeout, "headerTimeout");
        Objects.requireNonNull(minRateGrace, "minRateGrace");
        if (idleTimeout.isNegative() || idleTimeout.isZero() || headerTimeout.isNegative() || headerTimeout.isZero()
                || minBodyBytesPerSecond < 0 || minRateGrace.isNegative()) {
            throw new IllegalArgumentException("invalid connection limits: " + idleTimeout + ", " + headerTimeout
                    + ", " + minBodyBytesPerSecond + ", " + minRateGrace);
        }
    }

    /** Idle 30 s, headers within 10 s, bodies at least 4 KB/s after 5 s. */
    public static ConnectionLimits defaults() {
        return new ConnectionLimits(DEFAULT_IDLE_TIMEOUT, DEFAULT_HEADER_TIMEOUT, DEFAULT_MIN_BODY_BYTES_PER_SECOND,
                DEFAULT_MIN_RATE_GRACE);
    }
}
