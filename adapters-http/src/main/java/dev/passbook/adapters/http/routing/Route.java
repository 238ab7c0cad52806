package dev.passbook.adapters.http.routing;

import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.control.Option;

import java.util.Objects;

/**
 * One endpoint: a method and a path template such as
 * {@code /bank-connect/v1/session_data/{session_id}/progress/}. A template matches the path with
 * and without its trailing slash; a {@code {name}} segment matches one non-empty path segment.
 *
 * @param readsBody whether the endpoint consumes a request body (only those are size-checked and read)
 */
public record Route(String method, String template, AccessScope scope, boolean readsBody) {

    public Route {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(template, "template");
        Objects.requireNonNull(scope, "scope");
        if (!template.startsWith("/")) {
            throw new IllegalArgumentException("template must start with /: " + template);
        }
    }

    /** The path parameters when {@code path} fits this template, whatever the method. */
    public Option<Map<String, String>> match(String path) {
        List<String> expected = segments(template);
        List<String> actual = segments(path);
        if (expected.size() != actual.size()) {
            return Option.none();
        }
        Map<String, String> params = LinkedHashMap.empty();
        for (int i = 0; i < expected.size(); i++) {
            String want = expected.get(i);
            String got = actual.get(i);
            if (want.startsWith("{") && want.endsWith("}")) {
                if (got.isEmpty()) {
                    return Option.none();
                }
                params = params.put(want.substring(1, want.length() - 1), got);
            } else if (!want.equals(got)) {
                return Option.none();
            }
        }
        return Option.some(params);
    }

    /** Segments without the leading slash and without one trailing slash; inner empty segments are kept. */
    private static List<String> segments(String path) {
        String p = path.startsWith("/") ? path.substring(1) : path;
        if (p.endsWith("/")) {
            p = p.substring(0, p.length() - 1);
        }
        return List.of(p.split("/", -1));
    }
}
