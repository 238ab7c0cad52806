package dev.passbook.app;

import dev.passbook.adapters.http.ConnectionLimits;
import picocli.CommandLine.Option;

import java.time.Duration;

/** How long {@code serve} lets a client take (see docs/http.md). */
final class ConnectionOptions {

    @Option(names = "--idle-timeout", paramLabel = "DURATION", converter = DurationConverter.class,
            defaultValue = "${env:PASSBOOK_IDLE_TIMEOUT:-30s}",
            description = "Close a connection on which nothing arrives for this long (env PASSBOOK_IDLE_TIMEOUT, default 30s).")
    Duration idleTimeout;

    @Option(names = "--header-timeout", paramLabel = "DURATION", converter = DurationConverter.class,
            defaultValue = "${env:PASSBOOK_HEADER_TIMEOUT:-10s}",
            description = "Close a connection whose request line and headers are not complete this long after they "
                    + "started (env PASSBOOK_HEADER_TIMEOUT, default 10s).")
    Duration headerTimeout;

    @Option(names = "--min-body-rate", paramLabel = "SIZE", converter = ByteSize.class,
            defaultValue = "${env:PASSBOOK_MIN_BODY_RATE:-4KB}",
            description = "Least average bytes per second of a request body once --min-body-rate-grace has passed; slower "
                    + "ones get 408 and are closed (env PASSBOOK_MIN_BODY_RATE, default 4KB).")
    long minBodyRate;

    @Option(names = "--min-body-rate-grace", paramLabel = "DURATION", converter = DurationConverter.class,
            defaultValue = "${env:PASSBOOK_MIN_BODY_RATE_GRACE:-5s}",
            description = "How long a body may arrive at any rate before the minimum applies (env "
                    + "PASSBOOK_MIN_BODY_RATE_GRACE, default 5s).")
    Duration minBodyRateGrace;

    ConnectionLimits limits() {
        return new ConnectionLimits(idleTimeout, headerTimeout, minBodyRate, minBodyRateGrace);
    }
}
