package dev.passbook.adapters.http.api;

import dev.passbook.adapters.http.AccessCheck;
import dev.passbook.adapters.http.ApiRequest;
import dev.passbook.adapters.http.ApiResponse;
import dev.passbook.adapters.http.Endpoint;
import dev.passbook.adapters.http.ErrorEnvelope;
import dev.passbook.adapters.http.HttpApiServer;
import dev.passbook.adapters.http.HttpSettings;
import dev.passbook.adapters.http.Readiness;
import dev.passbook.adapters.http.body.MalformedBodyException;
import dev.passbook.adapters.http.json.JsonCodec;
import dev.passbook.adapters.http.routing.AccessScope;
import dev.passbook.adapters.http.routing.ApiRoutes;
import dev.passbook.adapters.http.routing.Route;
import dev.passbook.adapters.http.routing.Router;
import dev.passbook.adapters.http.upload.UploadForm;
import dev.passbook.adapters.http.upload.UploadFormReader;
import dev.passbook.core.application.AccessPolicy;
import dev.passbook.core.application.CreateSessionService;
import dev.passbook.core.application.SessionQueryService;
import dev.passbook.core.application.SessionReport;
import dev.passbook.core.application.UploadStatementService;
import dev.passbook.core.error.ErrorCode;
import dev.passbook.core.error.UploadError;
import io.vavr.Tuple;
import io.vavr.Tuple2;
import io.vavr.collection.HashSet;
import io.vavr.collection.List;
import io.vavr.collection.Set;
import io.vavr.control.Option;

import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * The Passbook API over HTTP: binds every route of {@link ApiRoutes} to a core use case. Each
 * endpoint only turns the request into a command, calls the service and formats its answer; the
 * rules and their order are core's.
 *
 * <pre>{@code
 * PassbookHttpApi api = new PassbookHttpApi(access, uploads, sessions, queries);
 * try (HttpApiServer server = api.start(HttpSettings.onPort(8080))) { server.join(); }
 * }</pre>
 */
public final class PassbookHttpApi {

    /**
     * Errors raised before the caller's session is established: their envelope carries an empty
     * {@code session_id}, as the document's SESSION_NOT_FOUND example does. Later errors echo it.
     */
    private static final Set<ErrorCode> BEFORE_SESSION = HashSet.of(ErrorCode.INVALID_API_KEY,
            ErrorCode.TRIAL_PERIOD_EXPIRED, ErrorCode.ROUTE_NOT_ALLOWED, ErrorCode.INVALID_REQUEST,
            ErrorCode.SESSION_NOT_FOUND);

    private final AccessPolicy access;
    private final UploadStatementService uploads;
    private final CreateSessionService sessions;
    private final SessionQueryService queries;
    private final JsonCodec json = new JsonCodec();
    private final UploadFormReader uploadForms = new UploadFormReader(json);
    private final CreateSessionRequestReader sessionRequests = new CreateSessionRequestReader(json);

    private final Readiness readiness;

    /** An API whose {@code /ready} has nothing to check (in-memory ports). */
    public PassbookHttpApi(AccessPolicy access, UploadStatementService uploads, CreateSessionService sessions,
                           SessionQueryService queries) {
        this(access, uploads, sessions, queries, Readiness.always());
    }

    /** @param readiness what {@code GET /ready} checks (the database, for {@code passbook serve}) */
    public PassbookHttpApi(AccessPolicy access, UploadStatementService uploads, CreateSessionService sessions,
                           SessionQueryService queries, Readiness readiness) {
        this.access = Objects.requireNonNull(access, "access");
        this.uploads = Objects.requireNonNull(uploads, "uploads");
        this.sessions = Objects.requireNonNull(sessions, "sessions");
        this.queries = Objects.requireNonNull(queries, "queries");
        this.readiness = Objects.requireNonNull(readiness, "readiness");
    }

    public HttpApiServer start(HttpSettings settings) {
        return HttpApiServer.start(settings, router(), accessCheck());
    }

    public Router<Endpoint> router() {
        List<Tuple2<Route, Endpoint>> bindings = List.of(
                Tuple.of(ApiRoutes.CREATE_SESSION, this::createSession),
                Tuple.of(ApiRoutes.UPLOAD_STATEMENT, this::upload),
                Tuple.of(ApiRoutes.SESSION_PROGRESS, read(SessionResponses::progress)),
                Tuple.of(ApiRoutes.SESSION_UPLOAD_STATUS, read(SessionResponses::uploadStatus)),
                Tuple.of(ApiRoutes.SESSION_IDENTITY, read(SessionResponses::identity)),
                Tuple.of(ApiRoutes.SESSION_TRANSACTIONS, read(SessionResponses::transactions)),
                Tuple.of(ApiRoutes.BANK_CATALOGUE, this::catalogue),
                Tuple.of(ApiRoutes.HEALTH, request -> ApiResponse.ok(Map.of("status", "up"))),
                Tuple.of(ApiRoutes.READY, this::ready),
                Tuple.of(ApiRoutes.OPENAPI, request -> ApiResponse.ok(OpenApiDocument.get())));
        return Router.of(bindings);
    }

    /** The organisation rules of core, checked before any body is read. */
    public AccessCheck accessCheck() {
        return (apiKey, scope) -> access.authorise(apiKey,
                        scope == AccessScope.SESSION_FLOW ? AccessPolicy.Route.SESSION : AccessPolicy.Route.OTHER)
                .swap().toOption();
    }

    private ApiResponse createSession(ApiRequest request) {
        return sessionRequests.read(request)
                .flatMap(sessions::create)
                .fold(ErrorEnvelope::response, session -> ApiResponse.ok(SessionResponses.created(session)));
    }

    private ApiResponse upload(ApiRequest request) {
        UploadForm form;
        try {
            form = uploadForms.read(request);
        } catch (MalformedBodyException e) {
            return ErrorEnvelope.response(UploadError.of(ErrorCode.INVALID_REQUEST).withField("body", e.getMessage()));
        }
        Option<String> sessionId = form.sessionId().map(String::strip);
        return uploads.upload(form.toCommand(request.apiKey())).fold(
                error -> envelope(error, sessionId),
                outcome -> ApiResponse.ok(UploadResponse.of(outcome, request.flag("identity"), request.flag("progress"))));
    }

    private Endpoint read(Function<SessionReport, Map<String, Object>> format) {
        return request -> {
            Option<String> sessionId = request.pathParam("session_id");
            return queries.report(request.apiKey(), sessionId.getOrElse(""))
                    .fold(error -> envelope(error, sessionId), report -> ApiResponse.ok(format.apply(report)));
        };
    }

    private ApiResponse catalogue(ApiRequest request) {
        return queries.catalogue(request.apiKey())
                .fold(ErrorEnvelope::response, entries -> ApiResponse.ok(SessionResponses.catalogue(entries)));
    }

    private ApiResponse ready(ApiRequest request) {
        java.util.Map<String, String> checks = readiness.check();
        boolean ready = Readiness.ready(checks);
        java.util.Map<String, Object> body = new java.util.LinkedHashMap<>();
        body.put("status", ready ? "ready" : "not_ready");
        body.put("checks", checks);
        return new ApiResponse(ready ? 200 : 503, body, io.vavr.collection.LinkedHashMap.empty());
    }

    private static ApiResponse envelope(UploadError error, Option<String> sessionId) {
        String echoed = BEFORE_SESSION.contains(error.errorCode()) ? "" : sessionId.getOrElse("");
        return ErrorEnvelope.response(error, echoed, "");
    }
}
