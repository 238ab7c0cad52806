package dev.passbook.adapters.http;

import java.util.Objects;

/**
 * How the HTTP server listens. {@code port} 0 picks a free port (tests).
 *
 * @param maxBodyBytes the largest request body accepted; larger ones get 413 FILE_TOO_LARGE
 * @param connections  idle timeout, header deadline and minimum body rate
 * @param admission    how many uploads are taken on at once
 */
public record HttpSettings(String host, int port, long maxBodyBytes, ConnectionLimits connections,
                           AdmissionLimits admission) {

    public static final long DEFAULT_MAX_BODY_BYTES = 25L * 1024 * 1024;

    public HttpSettings {
        Objects.requireNonNull(connections, "connections");
        Objects.requireNonNull(admission, "admission");
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be 0..65535: " + port);
        }
        if (maxBodyBytes <= 0) {
            throw new IllegalArgumentException("maxBodyBytes must be positive: " + maxBodyBytes);
        }
    }

    /** Default connection limits, no admission limit. */
    public HttpSettings(String host, int port, long maxBodyBytes) {
        this(host, port, maxBodyBytes, ConnectionLimits.defaults(), AdmissionLimits.unlimited());
    }

    public static HttpSettings onPort(int port) {
        return new HttpSettings("0.0.0.0", port, DEFAULT_MAX_BODY_BYTES);
    }

    public HttpSettings withMaxBodyBytes(long limit) {
        return new HttpSettings(host, port, limit, connections, admission);
    }

    public HttpSettings withHost(String newHost) {
        return new HttpSettings(newHost, port, maxBodyBytes, connections, admission);
    }

    public HttpSettings withConnections(ConnectionLimits limits) {
        return new HttpSettings(host, port, maxBodyBytes, limits, admission);
    }

    public HttpSettings withAdmission(AdmissionLimits limits) {
        return new HttpSettings(host, port, maxBodyBytes, connections, limits);
    }
}
