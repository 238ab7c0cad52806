package dev.passbook.adapters.http.upload;

import dev.passbook.core.application.FileSource;
import dev.passbook.core.application.UploadStatementCommand;
import io.vavr.control.Option;

/** The upload request's parameters exactly as sent (raw strings; core validates them). */
public record UploadForm(Option<String> sessionId, Option<String> uploadType, Option<String> bankName,
                         Option<String> pdfPassword, FileSource file) {

    public UploadStatementCommand toCommand(Option<String> apiKey) {
        return new UploadStatementCommand(apiKey, sessionId, uploadType, bankName, file, pdfPassword);
    }

    /** Never prints the password. */
    @Override
    public String toString() {
        return "UploadForm[sessionId=" + sessionId + ", uploadType=" + uploadType + ", bankName=" + bankName
                + ", file=" + file + "]";
    }
}
