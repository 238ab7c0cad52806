package dev.passbook.adapters.http.body;

/** The request body passed the configured limit; answered with 413 FILE_TOO_LARGE. */
public final class BodyTooLargeException extends Exception {

    public BodyTooLargeException(long limit) {
        super("request body exceeds " + limit + " bytes", null, false, false);
    }
}
