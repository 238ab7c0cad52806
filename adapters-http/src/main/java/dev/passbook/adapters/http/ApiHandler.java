package dev.passbook.adapters.http;

import dev.passbook.adapters.http.body.BodyTooLargeException;
import dev.passbook.adapters.http.json.JsonCodec;
import dev.passbook.adapters.http.routing.AccessScope;
import dev.passbook.adapters.http.routing.ApiRoutes;
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
    private final ConnectionLimits connections;
    private final UploadAdmission admission;
    private final long retryAfterSeconds;
    private final JsonCodec json;

    ApiHandler(Router<Endpoint> router, AccessCheck access, HttpSettings settings, JsonCodec json) {
        super(InvocationType.BLOCKING);
        this.router = router;
        this.access = access;
        this.maxBodyBytes = settings.maxBodyBytes();
        this.connections = settings.connections();
        this.admission = new UploadAdmission(settings.admission());
        this.retryAfterSeconds = settings.admission().retryAfterSeconds();
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
        if (result.status() == 503 && !result.headers().containsKey("Retry-After")) {
            // SERVICE_BUSY, from the waiting room or from the statement readers
            result = result.withHeader("Retry-After", String.valueOf(retryAfterSeconds));
        }
        if (result.status() == 408) {
            response.getHeaders().put(HttpHeader.CONNECTION, "close");
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
        if (probe(request)) {
            // an orchestrator asks every few seconds: one INFO line each would drown the upload lines
            LOG.debug("{} -> {} in {} ms", label, result.status(), (System.nanoTime() - started) / 1_000_000);
        } else {
            LOG.info("{} -> {} in {} ms", label, result.status(), (System.nanoTime() - started) / 1_000_000);
        }
        response.write(true, ByteBuffer.wrap(bytes), callback);
        return true;
    }

    private boolean probe(Request request) {
        RouteMatch<Endpoint> match = router.resolve(request.getMethod(), Request.getPathInContext(request));
        return match instanceof RouteMatch.Found<Endpoint> found && found.route().scope() == AccessScope.PUBLIC;
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
        Option<UploadError> refused = found.route().scope() == AccessScope.PUBLIC ? Option.none()
                : access.refusal(apiKey, found.route().scope());
        if (refused.isDefined()) {
            return ErrorEnvelope.response(refused.get());
        }
        if (found.route().equals(ApiRoutes.UPLOAD_STATEMENT)) {
            // admitted before the body is read: a refused upload costs no memory and no reader
            Option<UploadAdmission.Permit> permit = admission.enter(apiKey.getOrElse(""));
            if (permit.isEmpty()) {
                return ErrorEnvelope.response(ErrorCode.SERVICE_BUSY);
            }
            try (UploadAdmission.Permit admitted = permit.get()) {
                return withBody(request, found, path, headers);
            }
        }
        return withBody(request, found, path, headers);
    }

    private ApiResponse withBody(Request request, RouteMatch.Found<Endpoint> found, String path,
                                 Map<String, List<String>> headers) throws Exception {
        byte[] body = new byte[0];
        if (found.route().readsBody()) {
            if (request.getLength() > maxBodyBytes) {
                return ErrorEnvelope.response(ErrorCode.FILE_TOO_LARGE);
            }
            MinimumRateBody metered = MinimumRateBody.of(request, connections);
            try (InputStream in = metered.stream()) {
                body = dev.passbook.adapters.http.body.BoundedBody.read(in, maxBodyBytes);
                request.setAttribute(BODY_READ, Boolean.TRUE);
            } catch (BodyTooLargeException e) {
                return ErrorEnvelope.response(ErrorCode.FILE_TOO_LARGE);
            } catch (java.io.IOException e) {
                if (causedBy(e, MinimumRateBody.TooSlow.class)) {
                    LOG.debug("request body too slow, connection closed: {}", e.getCause() == null ? e : e.getCause().getMessage());
                    request.setAttribute(BODY_READ, Boolean.TRUE); // nothing more will be read from this connection
                    return ErrorEnvelope.response(UploadError.of(ErrorCode.INVALID_REQUEST).withStatus(408)
                            .withField("body", "Request body arrived too slowly"));
                }
                // the client closed early, lied in Content-Length or sent broken chunks: its request, not our bug
                LOG.debug("unreadable request body: {}", e.toString());
                return ErrorEnvelope.response(UploadError.of(ErrorCode.INVALID_REQUEST)
                        .withField("body", "Request body is incomplete or malformed"));
            } finally {
                metered.finish();
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

    /** Reads {@code in} to its end, dropping the bytes; false if it holds more than {@code limit}. */
    private static boolean drained(InputStream in, long limit) throws java.io.IOException {
        byte[] buffer = new byte[16 * 1024];
        long total = 0;
        for (int n; (n = in.read(buffer)) != -1; ) {
            total += n;
            if (total > limit) {
                return false;
            }
        }
        return true;
    }

    private static boolean causedBy(Throwable t, Class<? extends Throwable> type) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (type.isInstance(c)) {
                return true;
            }
        }
        return false;
    }

    private static final String BODY_READ = ApiHandler.class.getName() + ".bodyRead";

    private static boolean bodyRead(Request request) {
        return Boolean.TRUE.equals(request.getAttribute(BODY_READ));
    }

    /**
     * A request answered without reading its body (refused, or a route without a body) leaves bytes
     * on the connection. The body is drained, at the connection's minimum rate, when it is at most
     * twice the upload limit: closing a socket with unread bytes makes the kernel reset the connection,
     * and the client, still sending, then loses the response it was sent (seen as "header parser
     * received no bytes") — a file just over the limit would get no 413. A longer body, or one over the
     * limit that the client holds back until "100 Continue", is not read: that response says
     * {@code Connection: close} and may be lost. A chunked body is cut at the same point (the limit
     * read, then the limit drained).
     */
    private void keepConnectionUsable(Request request, Response response) {
        long length = request.getLength();
        boolean chunked = request.getHeaders().contains(HttpHeader.TRANSFER_ENCODING);
        if (length == 0 || (length < 0 && !chunked)) {
            return;
        }
        // over the limit, a client waiting for "100 Continue" has sent no body and sends none after the 413
        boolean waiting = request.getHeaders().contains(HttpHeader.EXPECT, "100-continue");
        if (length <= maxBodyBytes || (!waiting && length <= 2 * maxBodyBytes)) {
            MinimumRateBody metered = MinimumRateBody.of(request, connections);
            try (InputStream in = metered.stream()) {
                // read and dropped: a refused upload must not cost its size in memory
                if (drained(in, length < 0 ? maxBodyBytes : length)) {
                    return;
                }
            } catch (Exception e) {
                // fall through: the connection cannot be trusted any more
            } finally {
                metered.finish();
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
