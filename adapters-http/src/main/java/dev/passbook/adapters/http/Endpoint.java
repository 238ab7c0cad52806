package dev.passbook.adapters.http;

/** Turns a routed request into a response. Expected failures become error envelopes, never exceptions. */
@FunctionalInterface
public interface Endpoint {

    ApiResponse handle(ApiRequest request);
}
