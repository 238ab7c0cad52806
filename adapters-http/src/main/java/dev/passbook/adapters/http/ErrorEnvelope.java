package dev.passbook.adapters.http;

import dev.passbook.core.error.ErrorCode;
import dev.passbook.core.error.UploadError;
import io.vavr.collection.LinkedHashMap;

import java.util.Map;

/**
 * The body of every non-2xx response:
 * {@code {"session_id", "statement_id", "error": {"code", "message"[, "fields"]}}}.
 * Ids are empty strings when unknown, as in the document's example.
 */
public final class ErrorEnvelope {

    private ErrorEnvelope() {
    }

    public static ApiResponse response(UploadError error) {
        return response(error, "", "");
    }

    public static ApiResponse response(UploadError error, String sessionId, String statementId) {
        return new ApiResponse(error.httpStatus(), body(error, sessionId, statementId), LinkedHashMap.empty());
    }

    public static ApiResponse response(ErrorCode code) {
        return response(UploadError.of(code));
    }

    public static Map<String, Object> body(UploadError error, String sessionId, String statementId) {
        Map<String, Object> inner = new java.util.LinkedHashMap<>();
        inner.put("code", error.code());
        inner.put("message", error.message());
        if (!error.fields().isEmpty()) {
            Map<String, Object> fields = new java.util.LinkedHashMap<>();
            error.fields().forEach((field, problems) -> fields.put(field, problems.toJavaList()));
            inner.put("fields", fields);
        }
        Map<String, Object> body = new java.util.LinkedHashMap<>();
        body.put("session_id", sessionId);
        body.put("statement_id", statementId);
        body.put("error", inner);
        return body;
    }
}
