package dev.passbook.adapters.http.upload;

/**
 * How the statement file arrived, as the transport saw it. The adapter only classifies; every
 * rule about the content (base64, emptiness, the URL) belongs to core.
 */
public sealed interface ReceivedFile {

    /** Neither {@code file} nor {@code file_url} was sent. */
    record Missing() implements ReceivedFile {
    }

    /** A file was sent, but not as a form field (JSON body, raw body, unknown content type). */
    record NotAFormField() implements ReceivedFile {
    }

    /** A multipart file part. */
    record Blob(byte[] bytes) implements ReceivedFile {
        @Override
        public String toString() {
            return "Blob[" + bytes.length + " bytes]";
        }
    }

    /** A text field {@code file}: base64 text. */
    record Text(String text) implements ReceivedFile {
        @Override
        public String toString() {
            return "Text[" + text.length() + " chars]";
        }
    }

    /** A {@code file_url} to fetch server-side. */
    record Url(String url) implements ReceivedFile {
    }
}
