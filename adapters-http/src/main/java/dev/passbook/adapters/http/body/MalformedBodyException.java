package dev.passbook.adapters.http.body;

/** The body does not follow its declared content type; answered with 400 INVALID_REQUEST. */
public final class MalformedBodyException extends Exception {

    public MalformedBodyException(String reason) {
        super(reason, null, false, false);
    }
}
