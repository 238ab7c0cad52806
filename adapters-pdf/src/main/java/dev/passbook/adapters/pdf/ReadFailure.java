package dev.passbook.adapters.pdf;

import dev.passbook.core.error.ErrorCode;
import dev.passbook.core.error.UploadError;

import java.util.Map;

/**
 * Unwinds from deep inside PDFBox callbacks (content-stream operators, page loops) to the reader's
 * boundary, where it becomes a Left. Never leaves this package.
 */
final class ReadFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient UploadError error;

    ReadFailure(UploadError error) {
        super(error.code(), null, false, false);
        this.error = error;
    }

    static ReadFailure tooComplex(String limit) {
        return new ReadFailure(UploadError.of(ErrorCode.PDF_TOO_COMPLEX, Map.of("limit", limit)));
    }

    UploadError error() {
        return error;
    }
}
