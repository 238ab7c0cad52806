package dev.passbook.core.application;

import io.vavr.control.Option;

import java.util.Objects;

/**
 * One upload exactly as the caller sent it. Values are raw: the command only refuses nulls
 * (a programming mistake); every business check is a rule of {@link UploadRules} so that errors
 * come back in API.md's order, auth first.
 *
 * <pre>{@code
 * new UploadStatementCommand(Option.some(apiKey), Option.some(sessionId), Option.some("PDF"),
 *         Option.none(), FileSource.blob(bytes), Option.none());
 * }</pre>
 */
public record UploadStatementCommand(Option<String> apiKey, Option<String> sessionId, Option<String> uploadType,
                                     Option<String> bankName, FileSource source, Option<String> pdfPassword) {

    public UploadStatementCommand {
        Objects.requireNonNull(apiKey, "apiKey");
        Objects.requireNonNull(sessionId, "sessionId");
        Objects.requireNonNull(uploadType, "uploadType");
        Objects.requireNonNull(bankName, "bankName");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(pdfPassword, "pdfPassword");
    }

    /** Never prints the API key or the password. */
    @Override
    public String toString() {
        return "UploadStatementCommand[sessionId=" + sessionId + ", uploadType=" + uploadType + ", bankName="
                + bankName + ", source=" + source + "]";
    }
}
