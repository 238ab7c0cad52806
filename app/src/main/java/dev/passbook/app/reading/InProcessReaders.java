package dev.passbook.app.reading;

import dev.passbook.core.document.Document;
import dev.passbook.core.error.ErrorCode;
import dev.passbook.core.error.UploadError;
import dev.passbook.core.port.DocumentReader;
import io.vavr.control.Either;
import io.vavr.control.Option;

import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * {@code --reader-isolation none}: reads in the service's own JVM, at most {@code permits} at once,
 * waiting {@code queueWait} for a turn before {@code SERVICE_BUSY}. The reader's decode limits still
 * apply, but nothing bounds the heap one read takes; see docs/reliability.md.
 */
public final class InProcessReaders implements DocumentReader {

    private final DocumentReader reader;
    private final Semaphore permits;
    private final ReaderSettings settings;

    public InProcessReaders(DocumentReader reader, ReaderSettings settings) {
        this.reader = reader;
        this.settings = settings;
        this.permits = new Semaphore(settings.processes(), true);
    }

    @Override
    public Either<UploadError, Document> read(byte[] file, Option<String> password) {
        try {
            if (!permits.tryAcquire(settings.queueWait().toMillis(), TimeUnit.MILLISECONDS)) {
                return Either.left(UploadError.of(ErrorCode.SERVICE_BUSY));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Either.left(UploadError.of(ErrorCode.SERVICE_BUSY));
        }
        try {
            return reader.read(file, password);
        } finally {
            permits.release();
        }
    }
}
