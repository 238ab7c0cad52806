package dev.passbook.adapters.http;

import dev.passbook.adapters.http.routing.AccessScope;
import dev.passbook.core.error.UploadError;
import io.vavr.control.Option;

/**
 * The authentication and organisation rules, applied before the body is read so that an
 * unauthenticated caller learns nothing about the body it sent. The rules themselves live in core;
 * this is the seam the adapter calls them through.
 */
@FunctionalInterface
public interface AccessCheck {

    /** The first rule the caller breaks, if any. */
    Option<UploadError> refusal(Option<String> apiKey, AccessScope scope);
}
