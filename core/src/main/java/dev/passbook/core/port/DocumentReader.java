package dev.passbook.core.port;

import dev.passbook.core.document.Document;
import dev.passbook.core.error.UploadError;
import io.vavr.control.Either;
import io.vavr.control.Option;

/**
 * Turns a file into the neutral {@link Document}. Implementations report every problem as a
 * catalogued error ({@code EMPTY_FILE}, {@code INVALID_FILE_OBJECT}, {@code PASSWORD_INCORRECT},
 * {@code PDF_IS_IMAGE}, ...) and never throw for bad input.
 */
public interface DocumentReader {

    Either<UploadError, Document> read(byte[] file, Option<String> password);
}
