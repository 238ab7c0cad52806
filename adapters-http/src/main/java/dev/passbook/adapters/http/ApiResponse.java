package dev.passbook.adapters.http;

import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.Map;

/**
 * A status, a JSON body (maps, lists, strings, numbers, booleans, {@code null}) and any extra
 * headers.
 */
public record ApiResponse(int status, Object body, Map<String, String> headers) {

    public static ApiResponse ok(Object body) {
        return new ApiResponse(200, body, LinkedHashMap.empty());
    }

    public ApiResponse withHeader(String name, String value) {
        return new ApiResponse(status, body, headers.put(name, value));
    }
}
