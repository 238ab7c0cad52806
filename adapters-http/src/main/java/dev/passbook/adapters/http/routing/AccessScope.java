package dev.passbook.adapters.http.routing;

/**
 * Which organisation rules a route is subject to: every route needs a valid key and a live trial;
 * the session flow routes (session creation, upload, session reads) also need the session flow
 * enabled for the organisation.
 */
public enum AccessScope {
    SESSION_FLOW, ANY
}
