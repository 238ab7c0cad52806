package dev.passbook.adapters.http;

import dev.passbook.adapters.http.json.JsonCodec;
import dev.passbook.core.error.ErrorCode;
import dev.passbook.core.error.UploadError;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

import java.nio.ByteBuffer;

/**
 * Errors Jetty raises itself (a malformed request line, an ambiguous URI, headers too large, a
 * failure outside our handler) also get the JSON envelope instead of Jetty's HTML page.
 */
final class JsonErrorHandler extends ErrorHandler {

    private final JsonCodec json;

    JsonErrorHandler(JsonCodec json) {
        this.json = json;
    }

    /**
     * Jetty writes an error body only for GET, POST and HEAD; every other method (an HTTP/2 preface's
     * {@code PRI}, {@code OPTIONS}, ...) got an empty 4xx. Every answer carries the envelope.
     */
    @Override
    public boolean errorPageForMethod(String method) {
        return true;
    }

    @Override
    protected void generateResponse(Request request, Response response, int code, String message, Throwable cause,
                                    Callback callback) {
        ApiResponse result = code >= 500
                ? ApiHandler.internalError(cause == null ? new IllegalStateException("status " + code) : cause,
                        request.getMethod() + " " + request.getHttpURI().getPath())
                : ErrorEnvelope.response(forStatus(code));
        response.setStatus(result.status());
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, ApiHandler.JSON_UTF8);
        // Jetty closes the connection after these (414, a bad URI, ...): say so, or a client pools the
        // dead connection and its next request gets no answer at all
        response.getHeaders().put(HttpHeader.CONNECTION, "close");
        response.write(true, ByteBuffer.wrap(json.write(result.body())), callback);
    }

    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        fields.put(HttpHeader.CONTENT_TYPE, ApiHandler.JSON_UTF8);
        fields.put(HttpHeader.CONNECTION, "close");
        return ByteBuffer.wrap(json.write(ErrorEnvelope.body(forStatus(status), "", "")));
    }

    static UploadError forStatus(int status) {
        return switch (status) {
            case 404 -> UploadError.of(ErrorCode.NOT_FOUND);
            case 405 -> UploadError.of(ErrorCode.METHOD_NOT_ALLOWED);
            case 413 -> UploadError.of(ErrorCode.FILE_TOO_LARGE);
            default -> UploadError.of(ErrorCode.INVALID_REQUEST).withStatus(status);
        };
    }
}
