package dev.passbook.adapters.http.routing;

/**
 * Which organisation rules a route is subject to: every API route needs a valid key and a live trial;
 * the session flow routes (session creation, upload, session reads) also need the session flow
 * enabled for the organisation. {@link #PUBLIC} routes (the probes and the API description) need no
 * key: an orchestrator has none, and they reveal nothing about any organisation.
 */
public enum AccessScope {
    SESSION_FLOW, ANY, PUBLIC
}
