package dev.passbook.core.application;

import java.util.Arrays;
import java.util.Objects;

/**
 * Where the statement file of an upload comes from, as the inbound adapter saw it.
 * The adapter only classifies; every rule about the content (base64, emptiness, URL) lives in core.
 */
public sealed interface FileSource {

    /** No {@code file} and no {@code file_url} in the request. */
    record Missing() implements FileSource {
    }

    /** A file was sent, but not as a form field (wrong content type, raw body, JSON...). */
    record NotAFormField() implements FileSource {
    }

    /** A multipart file part; with upload type BASE64 its bytes are base64 text. */
    record Blob(byte[] bytes) implements FileSource {
        public Blob {
            Objects.requireNonNull(bytes, "bytes");
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Blob b && Arrays.equals(bytes, b.bytes);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(bytes);
        }

        @Override
        public String toString() {
            return "Blob[" + bytes.length + " bytes]";
        }
    }

    /** A text form field {@code file} (base64 text). */
    record Text(String text) implements FileSource {
        public Text {
            Objects.requireNonNull(text, "text");
        }

        @Override
        public String toString() {
            return "Text[" + text.length() + " chars]";
        }
    }

    /** A {@code file_url} to fetch server-side. */
    record Url(String url) implements FileSource {
        public Url {
            Objects.requireNonNull(url, "url");
        }
    }

    static FileSource missing() {
        return new Missing();
    }

    static FileSource notAFormField() {
        return new NotAFormField();
    }

    static FileSource blob(byte[] bytes) {
        return new Blob(bytes);
    }

    static FileSource text(String text) {
        return new Text(text);
    }

    static FileSource url(String url) {
        return new Url(url);
    }
}
