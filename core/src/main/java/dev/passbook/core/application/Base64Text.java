package dev.passbook.core.application;

import io.vavr.control.Option;

import java.util.Base64;
import java.util.regex.Pattern;

/**
 * Decodes the base64 text of an upload. Accepted: the standard and the URL-safe alphabet (not both
 * in one text), optional padding, whitespace and line breaks anywhere, and an optional
 * {@code data:<type>;base64,} prefix. Anything else is not base64.
 */
public final class Base64Text {

    private static final Pattern DATA_URL = Pattern.compile("^data:[^,;]*(;[^,;]*)*;base64,", Pattern.CASE_INSENSITIVE);
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern STANDARD = Pattern.compile("^[A-Za-z0-9+/]*={0,2}$");
    private static final Pattern URL_SAFE = Pattern.compile("^[A-Za-z0-9_-]*={0,2}$");

    private Base64Text() {
    }

    /** The decoded bytes, or none when {@code text} is not base64. */
    public static Option<byte[]> decode(String text) {
        String body = DATA_URL.matcher(text.strip()).replaceFirst("");
        body = WHITESPACE.matcher(body).replaceAll("");
        if (body.length() % 4 == 1) {
            return Option.none();
        }
        Base64.Decoder decoder;
        if (STANDARD.matcher(body).matches()) {
            decoder = Base64.getDecoder();
        } else if (URL_SAFE.matcher(body).matches()) {
            decoder = Base64.getUrlDecoder();
        } else {
            return Option.none();
        }
        try {
            return Option.some(decoder.decode(body));
        } catch (IllegalArgumentException e) {
            return Option.none();
        }
    }
}
