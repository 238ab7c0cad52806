package dev.passbook.adapters.pdf;

import dev.passbook.core.document.Document;
import dev.passbook.core.error.ErrorCode;
import dev.passbook.core.error.UploadError;
import io.vavr.control.Either;
import io.vavr.control.Option;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Small assertion helpers shared by the reader tests. */
final class Results {

    static final PdfDocumentReader READER = new PdfDocumentReader();

    private Results() {
    }

    static Document readOk(byte[] pdf) {
        return readOk(pdf, Option.none());
    }

    static Document readOk(byte[] pdf, Option<String> password) {
        Either<UploadError, Document> result = READER.read(pdf, password);
        assertTrue(result.isRight(), () -> "expected a document but got " + result.getLeft());
        return result.get();
    }

    static UploadError readFails(byte[] pdf, Option<String> password, ErrorCode expected) {
        Either<UploadError, Document> result = READER.read(pdf, password);
        assertTrue(result.isLeft(), () -> "expected " + expected + " but got a document");
        assertEquals(expected, result.getLeft().errorCode());
        return result.getLeft();
    }

    static UploadError readFails(byte[] pdf, ErrorCode expected) {
        return readFails(pdf, Option.none(), expected);
    }
}
