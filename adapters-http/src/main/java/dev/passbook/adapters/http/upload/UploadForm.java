package dev.passbook.adapters.http.upload;

import io.vavr.control.Option;

/** The upload request's parameters exactly as sent (raw strings; core validates them). */
public record UploadForm(Option<String> sessionId, Option<String> uploadType, Option<String> bankName,
                         Option<String> pdfPassword, ReceivedFile file) {

    /** Never prints the password. */
    @Override
    public String toString() {
        return "UploadForm[sessionId=" + sessionId + ", uploadType=" + uploadType + ", bankName=" + bankName
                + ", file=" + file + "]";
    }
}
