package dev.passbook.core.port;

import dev.passbook.core.error.UploadError;
import io.vavr.control.Either;

/** Downloads a {@code file_url}; any failure or refused address is {@code INVALID_FILE_URL}. */
public interface FileFetcher {

    Either<UploadError, byte[]> fetch(String url);
}
