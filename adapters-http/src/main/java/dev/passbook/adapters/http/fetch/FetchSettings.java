package dev.passbook.adapters.http.fetch;

import io.vavr.collection.List;

import java.time.Duration;
import java.util.Objects;

/**
 * Limits for fetching a {@code file_url}.
 *
 * @param allowList    host names, IP addresses or CIDR blocks that may be fetched even though they
 *                     are loopback, private or otherwise internal (tests name 127.0.0.1)
 * @param maxBytes     the largest file accepted
 * @param maxRedirects how many redirects are followed, each re-checked
 * @param connectTimeout per connection
 * @param totalTimeout for the whole fetch, redirects and body included
 */
public record FetchSettings(List<String> allowList, long maxBytes, int maxRedirects, Duration connectTimeout,
                            Duration totalTimeout) {

    public FetchSettings {
        Objects.requireNonNull(allowList, "allowList");
        if (maxBytes <= 0 || maxRedirects < 0) {
            throw new IllegalArgumentException("maxBytes must be positive and maxRedirects not negative");
        }
    }

    public static FetchSettings defaults() {
        return new FetchSettings(List.empty(), 25L * 1024 * 1024, 3, Duration.ofSeconds(5), Duration.ofSeconds(30));
    }

    public FetchSettings withAllowList(List<String> entries) {
        return new FetchSettings(entries, maxBytes, maxRedirects, connectTimeout, totalTimeout);
    }

    public FetchSettings withMaxBytes(long limit) {
        return new FetchSettings(allowList, limit, maxRedirects, connectTimeout, totalTimeout);
    }

    public FetchSettings withTimeouts(Duration connect, Duration total) {
        return new FetchSettings(allowList, maxBytes, maxRedirects, connect, total);
    }
}
