package dev.passbook.adapters.http.routing;

import io.vavr.collection.List;

/** Every route of the Passbook API (shared/spec/API.md) and the service's probes. docs/api.md must list each of them. */
public final class ApiRoutes {

    public static final String BASE = "/bank-connect/v1";

    public static final Route CREATE_SESSION =
            new Route("POST", BASE + "/session/", AccessScope.SESSION_FLOW, true);
    public static final Route UPLOAD_STATEMENT =
            new Route("POST", BASE + "/statement/upload_session/", AccessScope.SESSION_FLOW, true);
    public static final Route SESSION_PROGRESS =
            new Route("GET", BASE + "/session_data/{session_id}/progress/", AccessScope.SESSION_FLOW, false);
    public static final Route SESSION_UPLOAD_STATUS =
            new Route("GET", BASE + "/session_data/{session_id}/session_upload_status/", AccessScope.SESSION_FLOW, false);
    public static final Route SESSION_IDENTITY =
            new Route("GET", BASE + "/session_data/{session_id}/identity/", AccessScope.SESSION_FLOW, false);
    public static final Route SESSION_TRANSACTIONS =
            new Route("GET", BASE + "/session_data/{session_id}/transactions/", AccessScope.SESSION_FLOW, false);
    public static final Route BANK_CATALOGUE =
            new Route("GET", BASE + "/banks/catalogue/", AccessScope.ANY, false);

    /** Liveness: the process answers HTTP. No key. */
    public static final Route HEALTH = new Route("GET", "/health", AccessScope.PUBLIC, false);
    /** Readiness: the database answers and its migrations are applied. No key. */
    public static final Route READY = new Route("GET", "/ready", AccessScope.PUBLIC, false);
    /** The OpenAPI 3.1 description of every route here. No key. */
    public static final Route OPENAPI = new Route("GET", "/openapi.json", AccessScope.PUBLIC, false);

    private ApiRoutes() {
    }

    public static List<Route> all() {
        return List.of(CREATE_SESSION, UPLOAD_STATEMENT, SESSION_PROGRESS, SESSION_UPLOAD_STATUS, SESSION_IDENTITY,
                SESSION_TRANSACTIONS, BANK_CATALOGUE, HEALTH, READY, OPENAPI);
    }
}
