package dev.passbook.adapters.http;

import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.control.Option;

import java.util.Locale;

/**
 * A request as the endpoints see it: already routed, size-checked and read.
 *
 * @param headers    header values by lower-case name
 * @param query      query parameters in order of appearance
 * @param body       the whole body (empty for routes that do not read one)
 */
public record ApiRequest(String method, String path, Map<String, String> pathParams, Map<String, List<String>> headers,
                         Map<String, List<String>> query, byte[] body) {

    public Option<String> header(String name) {
        return headers.get(name.toLowerCase(Locale.ROOT)).flatMap(List::headOption);
    }

    public Option<String> apiKey() {
        return header("x-api-key");
    }

    public Option<String> contentType() {
        return header("content-type");
    }

    public Option<String> queryParam(String name) {
        return query.get(name).flatMap(List::headOption);
    }

    /** A query flag is on when its first value is {@code true} (any case). */
    public boolean flag(String name) {
        return queryParam(name).exists(v -> v.strip().equalsIgnoreCase("true"));
    }

    public Option<String> pathParam(String name) {
        return pathParams.get(name);
    }
}
