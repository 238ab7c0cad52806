package dev.passbook.app.reading;

import dev.passbook.core.document.Document;
import dev.passbook.core.error.ErrorCode;
import dev.passbook.core.error.UploadError;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.BufferedReader;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * One reader process as the service sees it: a child JVM running {@link ReaderWorker}, a request
 * pipe and an answer pipe. {@link #read} sends one PDF and waits for the answer; a watchdog kills the
 * process when the time budget runs out. A process that died (killed, or exited on
 * OutOfMemoryError) answers {@code PDF_TOO_COMPLEX} for the read that killed it and must be replaced.
 * Used by one thread at a time (the pool hands a process to one read).
 */
final class ReaderProcess {

    private static final Logger LOG = LoggerFactory.getLogger(ReaderProcess.class);
    /** The JVM's exit code after {@code -XX:+ExitOnOutOfMemoryError}. */
    static final int OUT_OF_MEMORY_EXIT = 3;
    private static final long MAX_ANSWER_BYTES = 512L * 1024 * 1024;

    /** The only environment variables a reader process gets: never the service's secrets. */
    static final java.util.Set<String> ENVIRONMENT = java.util.Set.of("PATH", "HOME", "LANG", "LC_ALL", "TZ");

    private final Process process;
    private final java.nio.file.Path scratch;
    private final DataOutputStream requests;
    private final Limited answerBytes;
    private final DataInputStream answers;
    private final ScheduledExecutorService watchdog;
    private volatile boolean timedOut;
    private int reads;

    private ReaderProcess(Process process, java.nio.file.Path scratch, ScheduledExecutorService watchdog) {
        this.process = process;
        this.scratch = scratch;
        this.watchdog = watchdog;
        this.requests = new DataOutputStream(new BufferedOutputStream(process.getOutputStream(), 1 << 16));
        this.answerBytes = new Limited(new BufferedInputStream(process.getInputStream(), 1 << 16));
        this.answers = new DataInputStream(answerBytes);
    }

    /** Starts a reader process and waits until it has warmed up. */
    static ReaderProcess start(List<String> command, Duration startTimeout, ScheduledExecutorService watchdog)
            throws IOException {
        return start(command, startTimeout, watchdog, spawned -> { });
    }

    /** {@code spawned} learns of the process before its greeting arrives (so that a closing pool can kill it). */
    static ReaderProcess start(List<String> command, Duration startTimeout, ScheduledExecutorService watchdog,
                               java.util.function.Consumer<Process> spawned) throws IOException {
        // a scratch directory of its own: PDFBox's spill files of a killed process are deleted with it
        java.nio.file.Path scratch = java.nio.file.Files.createTempDirectory("passbook-reader-");
        java.util.List<String> withScratch = new java.util.ArrayList<>(command);
        withScratch.add(1, "-Djava.io.tmpdir=" + scratch);
        ProcessBuilder builder = new ProcessBuilder(withScratch);
        Map<String, String> inherited = Map.copyOf(builder.environment());
        builder.environment().clear();
        builder.environment().putAll(readerEnvironment(inherited, scratch));
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            deleteQuietly(scratch);
            throw e;
        }
        spawned.accept(process);
        pumpErrors(process);
        ReaderProcess reader = new ReaderProcess(process, scratch, watchdog);
        ScheduledFuture<?> kill = watchdog.schedule(process::destroyForcibly, startTimeout.toMillis(), TimeUnit.MILLISECONDS);
        try {
            reader.answerBytes.allow(4);
            if (reader.answers.readInt() != ReaderWorker.HELLO) {
                throw new IOException("unexpected greeting");
            }
        } catch (IOException e) {
            process.destroyForcibly();
            try {
                process.waitFor(5, TimeUnit.SECONDS);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            }
            reader.cleanUpAfterExit();
            throw new IOException("the reader process did not start (" + e.getMessage() + ")", e);
        } finally {
            kill.cancel(false);
        }
        return reader;
    }

    /**
     * What a reader process may see of the service's environment: nothing secret (the API key and
     * the database password live in the environment of {@code serve}), only what the JVM and
     * PDFBox's font lookup use, and its own temp directory.
     */
    static Map<String, String> readerEnvironment(Map<String, String> service, java.nio.file.Path scratch) {
        Map<String, String> kept = new java.util.HashMap<>();
        service.forEach((name, value) -> {
            if (ENVIRONMENT.contains(name)) {
                kept.put(name, value);
            }
        });
        kept.put("TMPDIR", scratch.toString());
        return kept;
    }

    /** Reads one PDF; never throws for what the file does to the process. */
    Either<UploadError, Document> read(byte[] file, Option<String> password, Duration budget) {
        reads++;
        ScheduledFuture<?> kill = watchdog.schedule(() -> {
            timedOut = true;
            process.destroyForcibly();
        }, budget.toMillis(), TimeUnit.MILLISECONDS);
        try {
            requests.writeInt(ReaderWorker.REQUEST);
            requests.writeInt(file.length);
            requests.write(file);
            requests.writeBoolean(password.isDefined());
            if (password.isDefined()) {
                DocumentCodec.writeString(requests, password.get());
            }
            requests.flush();
            answerBytes.allow(MAX_ANSWER_BYTES);
            if (answers.readInt() != ReaderWorker.ANSWER) {
                throw new IOException("not an answer");
            }
            return DocumentCodec.read(answers);
        } catch (IOException | RuntimeException died) {
            return Either.left(whyItDied(budget));
        } finally {
            kill.cancel(false);
        }
    }

    private UploadError whyItDied(Duration budget) {
        try {
            if (!process.waitFor(2, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                process.waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
        cleanUpAfterExit();
        String limit;
        if (timedOut) {
            limit = "time budget of " + seconds(budget);
        } else if (!process.isAlive() && process.exitValue() == OUT_OF_MEMORY_EXIT) {
            limit = "memory";
        } else {
            limit = "the reader process ended";
        }
        LOG.info("reader process " + process.pid() + " ended during a read (" + limit + ")");
        return UploadError.of(ErrorCode.PDF_TOO_COMPLEX, Map.of("limit", limit));
    }

    /** {@code 60 s}, {@code 1.5 s}: the budget as the reader itself words it. */
    static String seconds(Duration budget) {
        long millis = budget.toMillis();
        return millis % 1000 == 0 ? millis / 1000 + " s" : String.format(java.util.Locale.ROOT, "%.1f s", millis / 1000.0);
    }

    boolean alive() {
        return process.isAlive() && !timedOut;
    }

    int reads() {
        return reads;
    }

    long pid() {
        return process.pid();
    }

    /** Closes the request pipe (the process exits on its own) and kills it if it does not. */
    void stop() {
        try {
            requests.close();
        } catch (IOException ignored) {
            // it is going away either way
        }
        try {
            if (!process.waitFor(2, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                process.waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
        cleanUpAfterExit();
    }

    /** Deletes the scratch directory once the process is gone (a live one may still write to it). */
    private void cleanUpAfterExit() {
        if (!process.isAlive()) {
            deleteQuietly(scratch);
        }
    }

    private static void deleteQuietly(java.nio.file.Path dir) {
        try (java.util.stream.Stream<java.nio.file.Path> paths = java.nio.file.Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException | RuntimeException ignored) {
            // a temp directory left behind is not worth failing a read for
        }
    }

    java.nio.file.Path scratch() {
        return scratch;
    }

    /** The reader's stderr (warm-up problems, the JVM's own last words) at DEBUG, one line each. */
    private static void pumpErrors(Process process) {
        Thread pump = new Thread(() -> {
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = lines.readLine()) != null; ) {
                    if (LOG.isDebugEnabled()) {
                        LOG.debug("reader " + process.pid() + ": "
                                + (line.length() > 300 ? line.substring(0, 300) + "..." : line));
                    }
                }
            } catch (IOException ignored) {
                // the process ended
            }
        }, "passbook-reader-stderr-" + process.pid());
        pump.setDaemon(true);
        pump.start();
    }

    /** An answer may not be longer than it is allowed to be: a broken reader cannot make the service allocate without end. */
    private static final class Limited extends FilterInputStream {
        private long left;

        Limited(InputStream in) {
            super(in);
        }

        void allow(long bytes) {
            left = bytes;
        }

        @Override
        public int read() throws IOException {
            if (left <= 0) {
                throw new IOException("answer too long");
            }
            int b = super.read();
            if (b >= 0) {
                left--;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (left <= 0) {
                throw new IOException("answer too long");
            }
            int n = super.read(b, off, (int) Math.min(len, left));
            if (n > 0) {
                left -= n;
            }
            return n;
        }
    }
}
