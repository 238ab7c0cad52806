package dev.passbook.core.application;

import io.vavr.control.Option;

import java.util.Locale;

/** The request's {@code upload_type}: whether the file is a PDF blob or base64 text. */
public enum UploadType {
    PDF, BASE64;

    /** Reads the wire value, case-insensitively and ignoring surrounding spaces. */
    public static Option<UploadType> fromWire(String value) {
        String v = value.strip().toUpperCase(Locale.ROOT);
        for (UploadType t : values()) {
            if (t.name().equals(v)) {
                return Option.some(t);
            }
        }
        return Option.none();
    }
}
