package dev.passbook.core.application;

/** The required upload fields once present and valid. */
public record RequestShape(String sessionId, UploadType uploadType) {
}
