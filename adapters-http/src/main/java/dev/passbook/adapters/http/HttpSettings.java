package dev.passbook.adapters.http;

/**
 * How the HTTP server listens. {@code port} 0 picks a free port (tests).
 *
 * @param maxBodyBytes the largest request body accepted; larger ones get 413 FILE_TOO_LARGE
 */
public record HttpSettings(String host, int port, long maxBodyBytes) {

    public static final long DEFAULT_MAX_BODY_BYTES = 25L * 1024 * 1024;

    public HttpSettings {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be 0..65535: " + port);
        }
        if (maxBodyBytes <= 0) {
            throw new IllegalArgumentException("maxBodyBytes must be positive: " + maxBodyBytes);
        }
    }

    public static HttpSettings onPort(int port) {
        return new HttpSettings("0.0.0.0", port, DEFAULT_MAX_BODY_BYTES);
    }

    public HttpSettings withMaxBodyBytes(long limit) {
        return new HttpSettings(host, port, limit);
    }

    public HttpSettings withHost(String newHost) {
        return new HttpSettings(newHost, port, maxBodyBytes);
    }
}
