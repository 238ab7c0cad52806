package dev.passbook.app.reading;

import dev.passbook.core.document.Document;
import dev.passbook.core.error.ErrorCode;
import dev.passbook.core.error.UploadError;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** --reader-isolation none: the same admission (reads in flight, a short wait, then SERVICE_BUSY) without processes. */
class InProcessReadersTest {

    @Test
    void readsBeyondThePermitsWaitBrieflyThenAreBusy() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch entered = new CountDownLatch(1);
        InProcessReaders readers = new InProcessReaders((file, password) -> {
            entered.countDown();
            try {
                release.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return Either.left(UploadError.of(ErrorCode.INVALID_FILE_OBJECT));
        }, new ReaderSettings(1, 64L * 1024 * 1024, Duration.ofSeconds(5), Duration.ofMillis(300), 1024, 10,
                Duration.ofSeconds(5), 10));
        CompletableFuture<Either<UploadError, Document>> first = CompletableFuture.supplyAsync(
                () -> readers.read(new byte[1], Option.none()));
        assertTrue(entered.await(10, TimeUnit.SECONDS));

        long t0 = System.nanoTime();
        Either<UploadError, Document> second = readers.read(new byte[1], Option.none());
        long millis = (System.nanoTime() - t0) / 1_000_000;

        assertEquals(ErrorCode.SERVICE_BUSY, second.getLeft().errorCode());
        assertTrue(millis >= 250 && millis < 5_000, "waited " + millis + " ms");
        release.countDown();
        assertEquals(ErrorCode.INVALID_FILE_OBJECT, first.get(10, TimeUnit.SECONDS).getLeft().errorCode());
        assertEquals(ErrorCode.INVALID_FILE_OBJECT, readers.read(new byte[1], Option.none()).getLeft().errorCode(),
                "the permit came back");
    }
}
