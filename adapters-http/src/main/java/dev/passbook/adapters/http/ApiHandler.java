package dev.passbook.adapters.http;

import dev.passbook.adapters.http.body.BodyTooLargeException;
import dev.passbook.adapters.http.json.JsonCodec;
import dev.passbook.adapters.http.routing.RouteMatch;
import dev.passbook.adapters.http.routing.Router;
import dev.passbook.core.error.ErrorCode;
import dev.passbook.core.error.UploadError;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.control.Option;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.Fields;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.InputStream;
import java.nio.ByteBuffer;
import java.util.Locale;
import java.util.UUID;

/**
 * The one Jetty handler: routes (404/405), applies the access rules, enforces the body limit (413)
 * both from {@code Content-Length} and while reading, calls the endpoint and writes JSON. Anything
 * thrown becomes 500 INTERNAL_ERROR with a correlation id that is logged with the stack trace; the
 * body never carries a stack trace, class name or SQL.
 */
final class ApiHandler extends Handler.Abstract {

    private static final Logger LOG = LoggerFactory.getLogger(ApiHandler.class);
    static final String JSON_UTF8 = "application/json; charset=utf-8";

    private final Router<Endpoint> router;
    private final AccessCheck access;
    private final long maxBodyBytes;
    private final JsonCodec json;

    ApiHandler(Router<Endpoint> router, AccessCheck access, long maxBodyBytes, JsonCodec json) {
        super(InvocationType.BLOCKING);
        this.router = router;
        this.access = access;
        this.maxBodyBytes = maxBodyBytes;
        this.json = json;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        long started = System.nanoTime();
        ApiResponse result;
        String label = request.getMethod() + " " + Request.getPathInContext(request);
        try {
            result = dispatch(request);
        } catch (Throwable t) {
            result = internalError(t, label);
        }
        byte[] bytes;
        try {
            bytes = json.write(result.body());
        } catch (RuntimeException e) {
            result = internalError(e, label);
            bytes = json.write(result.body());
        }
        if (!bodyRead(request)) {
            keepConnectionUsable(request, response);
        }
        response.setStatus(result.status());
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, JSON_UTF8);
        response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
        for (var header : result.headers()) {
            response.getHeaders().put(header._1, header._2);
        }
        LOG.info("{} -> {} in {} ms", label, result.status(), (System.nanoTime() - started) / 1_000_000);
        response.write(true, ByteBuffer.wrap(bytes), callback);
        return true;
    }

    private ApiResponse dispatch(Request request) throws Exception {
        String path = Request.getPathInContext(request);
        RouteMatch<Endpoint> match = router.resolve(request.getMethod(), path);
        if (match instanceof RouteMatch.NoRoute<Endpoint>) {
            return ErrorEnvelope.response(ErrorCode.NOT_FOUND);
        }
        if (match instanceof RouteMatch.WrongMethod<Endpoint> wrong) {
            return ErrorEnvelope.response(ErrorCode.METHOD_NOT_ALLOWED).withHeader("Allow", wrong.allowed().mkString(", "));
        }
        RouteMatch.Found<Endpoint> found = (RouteMatch.Found<Endpoint>) match;
        Map<String, List<String>> headers = headers(request);
        Option<String> apiKey = headers.get("x-api-key").flatMap(List::headOption);
        Option<UploadError> refused = access.refusal(apiKey, found.route().scope());
        if (refused.isDefined()) {
            return ErrorEnvelope.response(refused.get());
        }
        byte[] body = new byte[0];
        if (found.route().readsBody()) {
            if (request.getLength() > maxBodyBytes) {
                return ErrorEnvelope.response(ErrorCode.FILE_TOO_LARGE);
            }
            try (InputStream in = Request.asInputStream(request)) {
                body = dev.passbook.adapters.http.body.BoundedBody.read(in, maxBodyBytes);
                request.setAttribute(BODY_READ, Boolean.TRUE);
            } catch (BodyTooLargeException e) {
                return ErrorEnvelope.response(ErrorCode.FILE_TOO_LARGE);
            }
        }
        Map<String, List<String>> query;
        try {
            query = query(request);
        } catch (RuntimeException e) {
            return ErrorEnvelope.response(UploadError.of(ErrorCode.INVALID_REQUEST).withField("query", "Query string is malformed"));
        }
        ApiRequest apiRequest = new ApiRequest(request.getMethod(), path, found.pathParams(), headers, query, body);
        return found.endpoint().handle(apiRequest);
    }

    private static final String BODY_READ = ApiHandler.class.getName() + ".bodyRead";
    private static final long DRAIN_LIMIT = 64 * 1024;

    private static boolean bodyRead(Request request) {
        return Boolean.TRUE.equals(request.getAttribute(BODY_READ));
    }

    /**
     * A request answered without reading its body (refused, too large, or a route without a body)
     * leaves bytes on the connection. A small body is drained so the client can reuse the
     * connection; otherwise the response says {@code Connection: close}, as Jetty would close it
     * after an already-committed response and a client reusing it would see a dead connection.
     */
    private static void keepConnectionUsable(Request request, Response response) {
        long length = request.getLength();
        boolean chunked = request.getHeaders().contains(HttpHeader.TRANSFER_ENCODING);
        if (length == 0 || (length < 0 && !chunked)) {
            return;
        }
        if (length > 0 && length <= DRAIN_LIMIT) {
            try (InputStream in = Request.asInputStream(request)) {
                dev.passbook.adapters.http.body.BoundedBody.read(in, DRAIN_LIMIT);
                return;
            } catch (Exception e) {
                // fall through: the connection cannot be trusted any more
            }
        }
        response.getHeaders().put(HttpHeader.CONNECTION, "close");
    }

    private static Map<String, List<String>> headers(Request request) {
        Map<String, List<String>> headers = LinkedHashMap.empty();
        for (HttpField field : request.getHeaders()) {
            String name = field.getName().toLowerCase(Locale.ROOT);
            headers = headers.put(name, headers.get(name).getOrElse(List.empty()).append(field.getValue()));
        }
        return headers;
    }

    private static Map<String, List<String>> query(Request request) {
        Fields fields = Request.extractQueryParameters(request, java.nio.charset.StandardCharsets.UTF_8);
        Map<String, List<String>> query = LinkedHashMap.empty();
        for (Fields.Field field : fields) {
            query = query.put(field.getName(), List.ofAll(field.getValues()));
        }
        return query;
    }

    static ApiResponse internalError(Throwable t, String label) {
        String correlationId = UUID.randomUUID().toString();
        LOG.error("Unexpected failure on {} [correlation_id={}]", label, correlationId, t);
        return ErrorEnvelope.response(UploadError.of(ErrorCode.INTERNAL_ERROR, java.util.Map.of("correlation_id", correlationId)));
    }
}
