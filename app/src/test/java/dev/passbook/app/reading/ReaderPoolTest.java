package dev.passbook.app.reading;

import dev.passbook.adapters.pdf.PdfDocumentReader;
import dev.passbook.core.document.Document;
import dev.passbook.core.error.ErrorCode;
import dev.passbook.core.error.UploadError;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The service's side of reader processes: answers pass through, a reader that dies or hangs
 * answers PDF_TOO_COMPLEX within the budget and is replaced, a full pool answers SERVICE_BUSY after
 * the queue wait. Stand-in readers ({@link StubReader}) misbehave on purpose; one test runs the real
 * {@link ReaderWorker}.
 */
class ReaderPoolTest {

    private static final byte[] FILE = "X-not-a-pdf".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    private static ReaderSettings settings(int processes, Duration budget, Duration wait) {
        return new ReaderSettings(processes, 64L * 1024 * 1024, budget, wait, 1024 * 1024, 100,
                Duration.ofSeconds(60), 1000);
    }

    private static List<String> stub(String mode) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx32m");
        command.add("-XX:TieredStopAtLevel=1");
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(StubReader.class.getName());
        command.add(mode);
        return command;
    }

    private static ErrorCode code(Either<UploadError, Document> answer) {
        assertTrue(answer.isLeft(), "expected an error");
        return answer.getLeft().errorCode();
    }

    @Test
    void answersComeBackFromTheReaderProcess() throws Exception {
        try (ReaderPool pool = ReaderPool.start(settings(1, Duration.ofSeconds(10), Duration.ofSeconds(30)), stub("echo"))) {
            assertEquals(ErrorCode.INVALID_FILE_OBJECT, code(pool.read(FILE, Option.none())));
            assertEquals(ErrorCode.EMPTY_FILE, code(pool.read("Y".getBytes(), Option.some("pw"))));
            assertEquals(1, pool.processesStarted(), "one process serves read after read");
        }
    }

    @Test
    void emptyAndOversizedFilesAreAnsweredWithoutAReader() throws Exception {
        try (ReaderPool pool = ReaderPool.start(settings(1, Duration.ofSeconds(10), Duration.ZERO), stub("mute"))) {
            assertEquals(ErrorCode.EMPTY_FILE, code(pool.read(new byte[0], Option.none())));
            assertEquals(ErrorCode.FILE_TOO_LARGE, code(pool.read(new byte[1024 * 1024 + 1], Option.none())));
        }
    }

    @Test
    void aHangingReaderIsKilledAtTheBudgetAndReplaced() throws Exception {
        try (ReaderPool pool = ReaderPool.start(settings(1, Duration.ofMillis(1500), Duration.ofSeconds(60)), stub("hang"))) {
            assertTrue(pool.awaitReady(1, Duration.ofSeconds(60)));
            long t0 = System.nanoTime();
            Either<UploadError, Document> answer = pool.read(FILE, Option.none());
            long millis = (System.nanoTime() - t0) / 1_000_000;

            assertEquals(ErrorCode.PDF_TOO_COMPLEX, code(answer));
            assertEquals("The PDF exceeds the processing limits (time budget of 1.5 s)", answer.getLeft().message());
            assertTrue(millis >= 1400 && millis < 1500 + 3000, "answered after " + millis + " ms");
            assertTrue(pool.awaitReady(1, Duration.ofSeconds(60)), "a replacement starts");
            assertEquals(2, pool.processesStarted());
        }
    }

    @Test
    void aReaderThatDiesOfOutOfMemoryIsReportedAsMemoryAndReplaced() throws Exception {
        try (ReaderPool pool = ReaderPool.start(settings(1, Duration.ofSeconds(20), Duration.ofSeconds(60)), stub("exit3"))) {
            Either<UploadError, Document> answer = pool.read(FILE, Option.none());

            assertEquals("The PDF exceeds the processing limits (memory)", answer.getLeft().message());
            assertEquals(ErrorCode.PDF_TOO_COMPLEX, code(pool.read(FILE, Option.none())), "the replacement reads");
            assertTrue(pool.processesStarted() >= 2);
        }
    }

    @Test
    void aReaderThatBreaksTheProtocolIsKilledAndTheUploadRefused() throws Exception {
        try (ReaderPool pool = ReaderPool.start(settings(1, Duration.ofSeconds(20), Duration.ofSeconds(60)), stub("garbage"))) {
            Either<UploadError, Document> answer = pool.read(FILE, Option.none());

            assertEquals("The PDF exceeds the processing limits (the reader process ended)", answer.getLeft().message());
        }
    }

    @Test
    void whenEveryReaderIsBusyTheUploadWaitsBrieflyThenIsBusy() throws Exception {
        try (ReaderPool pool = ReaderPool.start(settings(1, Duration.ofSeconds(2), Duration.ofMillis(300)), stub("hang"))) {
            assertTrue(pool.awaitReady(1, Duration.ofSeconds(60)));
            CompletableFuture<Either<UploadError, Document>> first = CompletableFuture.supplyAsync(() -> pool.read(FILE, Option.none()));
            while (pool.idleProcesses() > 0) {
                Thread.sleep(10); // until the first read holds the only reader
            }
            long t0 = System.nanoTime();
            Either<UploadError, Document> second = pool.read(FILE, Option.none());
            long millis = (System.nanoTime() - t0) / 1_000_000;

            assertEquals(ErrorCode.SERVICE_BUSY, code(second));
            assertEquals(503, second.getLeft().httpStatus());
            assertTrue(millis >= 250 && millis < 3000, "waited " + millis + " ms");
            assertEquals(1, pool.busyAnswers());
            assertEquals(ErrorCode.PDF_TOO_COMPLEX, code(first.get(30, TimeUnit.SECONDS)));
        }
    }

    @Test
    void readsInFlightNeverOutnumberTheProcesses() throws Exception {
        try (ReaderPool pool = ReaderPool.start(settings(2, Duration.ofSeconds(3), Duration.ofSeconds(60)), stub("hang"))) {
            assertTrue(pool.awaitReady(2, Duration.ofSeconds(60)), "every process starts with the pool");
            List<CompletableFuture<Either<UploadError, Document>>> reads = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                reads.add(CompletableFuture.supplyAsync(() -> pool.read(FILE, Option.none())));
            }
            Thread.sleep(1_000);
            assertEquals(2, pool.processesStarted(), "the third read waits for one of the two processes");
            for (CompletableFuture<Either<UploadError, Document>> read : reads) {
                assertEquals(ErrorCode.PDF_TOO_COMPLEX, code(read.get(60, TimeUnit.SECONDS)));
            }
        }
    }

    @Test
    void aReaderThatNeverStartsMakesUploadsBusyNotStuck() throws Exception {
        ReaderSettings quickStart = new ReaderSettings(1, 64L * 1024 * 1024, Duration.ofSeconds(5), Duration.ofMillis(500),
                1024 * 1024, 100, Duration.ofMillis(1500), 1000);
        try (ReaderPool pool = ReaderPool.start(quickStart, stub("mute"))) {
            assertEquals(ErrorCode.SERVICE_BUSY, code(pool.read(FILE, Option.none())));
        }
    }

    @Test
    void aReaderProcessGetsNoneOfTheServicesEnvironmentButItsOwnScratchDirectory() {
        Path scratch = Path.of("/tmp/passbook-reader-x");
        java.util.Map<String, String> env = ReaderProcess.readerEnvironment(java.util.Map.of("PATH", "/usr/bin",
                "HOME", "/home/p", "PASSBOOK_API_KEY", "secret", "PASSBOOK_DATABASE_PASSWORD", "secret",
                "AWS_SECRET_ACCESS_KEY", "secret", "TMPDIR", "/var/tmp"), scratch);

        assertEquals(java.util.Map.of("PATH", "/usr/bin", "HOME", "/home/p", "TMPDIR", scratch.toString()), env);
    }

    @Test
    void theScratchDirectoryOfAKilledReaderIsDeleted() throws Exception {
        java.util.concurrent.ScheduledExecutorService watchdog = java.util.concurrent.Executors.newSingleThreadScheduledExecutor();
        try {
            ReaderProcess process = ReaderProcess.start(stub("hang"), Duration.ofSeconds(60), watchdog);
            assertTrue(java.nio.file.Files.isDirectory(process.scratch()));

            Either<UploadError, Document> answer = process.read(FILE, Option.none(), Duration.ofMillis(500));

            assertEquals(ErrorCode.PDF_TOO_COMPLEX, code(answer));
            assertTrue(!process.alive());
            assertTrue(!java.nio.file.Files.exists(process.scratch()), "deleted with its process");
        } finally {
            watchdog.shutdownNow();
        }
    }

    @Test
    void theRealReaderProcessReturnsTheSameDocumentAsTheReaderInProcess() throws Exception {
        byte[] pdf = ReaderWorker.warmUpPdf();
        ReaderSettings real = new ReaderSettings(1, 128L * 1024 * 1024, Duration.ofSeconds(30), Duration.ofSeconds(60),
                1024 * 1024, 100, Duration.ofSeconds(60), 1000);
        try (ReaderPool pool = ReaderPool.start(real)) {
            Either<UploadError, Document> isolated = pool.read(pdf, Option.none());
            Either<UploadError, Document> local = new PdfDocumentReader().read(pdf, Option.none());

            assertTrue(isolated.isRight(), () -> isolated.getLeft().toString());
            assertEquals(local.get(), isolated.get());
            assertEquals("01/04/2024 Opening balance 1,000.00", isolated.get().text());
        }
    }
}
